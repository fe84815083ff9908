using System;
using CeuRules.Model;

namespace CeuRules.Evaluation.Engine;

/// <summary>
/// The canonical order of a transcript's activities. Whatever order the transcript comes in,
/// choices that need an order (which of two duplicates counts, which card is the fourth) follow
/// this one, so that shuffling a transcript changes nothing.
/// </summary>
internal static class TranscriptOrder
{
    /// <summary>Compares two activities in canonical order: by completion date, id, then every other field.</summary>
    internal static int Compare(LearningActivity x, LearningActivity y)
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
