using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using CeuRules.Model;

namespace CeuRules.Evaluation;

/// <summary>
/// The canonical order of a transcript's activities and its duplicates. Whatever order the
/// transcript comes in, choices that need an order (which of two duplicates counts, which card is
/// the fourth) follow this one, so that shuffling a transcript changes nothing.
/// </summary>
internal static class TranscriptOrder
{
    /// <summary>The rank of each activity in canonical order: by completion date, id, then every other field.</summary>
    internal static int[] Ranks(ImmutableArray<LearningActivity> activities)
    {
        var indices = new int[activities.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }
        Array.Sort(indices, (x, y) => Compare(activities[x], activities[y]));
        var ranks = new int[activities.Length];
        for (int rank = 0; rank < indices.Length; rank++)
        {
            ranks[indices[rank]] = rank;
        }
        return ranks;
    }

    /// <summary>
    /// For each activity, the index of the activity it duplicates, or -1. Two activities are
    /// duplicates when they share an id, or when they state the same kind, completion date, title,
    /// provider and credit (the title compared without case or surrounding space). The first in
    /// canonical order is kept.
    /// </summary>
    internal static int[] DuplicateOf(ImmutableArray<LearningActivity> activities, int[] ranks)
    {
        var duplicateOf = new int[activities.Length];
        var byRank = new int[activities.Length];
        for (int i = 0; i < activities.Length; i++)
        {
            duplicateOf[i] = -1;
            byRank[ranks[i]] = i;
        }
        var seenIds = new Dictionary<string, int>(activities.Length, StringComparer.Ordinal);
        var seenContent = new Dictionary<string, int>(activities.Length, StringComparer.Ordinal);
        foreach (int i in byRank)
        {
            var activity = activities[i];
            if (seenIds.TryGetValue(activity.Id, out int kept))
            {
                duplicateOf[i] = kept;
                continue;
            }
            seenIds.Add(activity.Id, i);
            if (activity.Title is not null)
            {
                var key = ContentKey(activity);
                if (seenContent.TryGetValue(key, out kept))
                {
                    duplicateOf[i] = kept;
                }
                else
                {
                    seenContent.Add(key, i);
                }
            }
        }
        return duplicateOf;
    }

    private static string ContentKey(LearningActivity activity)
    {
        var parts = new List<string>(4 + activity.Credits.Length)
        {
            activity.Kind.Id,
            activity.CompletedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            Normalize(activity.Title),
            Normalize(activity.Provider),
        };
        foreach (var line in activity.Credits)
        {
            parts.Add(line.ToString());
        }
        return string.Join("\u001f", parts);
    }

    private static string Normalize(string? text) => text is null ? string.Empty : text.Trim().ToUpperInvariant();

    private static int Compare(LearningActivity x, LearningActivity y)
    {
        int c = x.CompletedOn.CompareTo(y.CompletedOn);
        if (c != 0)
        {
            return c;
        }
        c = string.CompareOrdinal(x.Id, y.Id);
        if (c != 0)
        {
            return c;
        }
        c = x.Kind.CompareTo(y.Kind);
        if (c != 0)
        {
            return c;
        }
        c = string.CompareOrdinal(x.Title, y.Title);
        if (c != 0)
        {
            return c;
        }
        c = string.CompareOrdinal(x.Provider, y.Provider);
        if (c != 0)
        {
            return c;
        }
        c = Nullable.Compare(x.DurationMinutes, y.DurationMinutes);
        if (c != 0)
        {
            return c;
        }
        c = Nullable.Compare(x.PurchasedOn, y.PurchasedOn);
        if (c != 0)
        {
            return c;
        }
        c = Nullable.Compare(x.ValidMonths, y.ValidMonths);
        if (c != 0)
        {
            return c;
        }
        c = x.Credits.Length.CompareTo(y.Credits.Length);
        for (int i = 0; c == 0 && i < x.Credits.Length; i++)
        {
            c = string.CompareOrdinal(x.Credits[i].ToString() + "|" + x.Credits[i].ApprovalReference, y.Credits[i].ToString() + "|" + y.Credits[i].ApprovalReference);
        }
        return c;
    }
}
