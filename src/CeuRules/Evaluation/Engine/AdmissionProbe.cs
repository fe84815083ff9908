using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation.Engine;

/// <summary>
/// The engine's admission read as numbers, for a caller that must reason about activities not yet
/// taken (the course recommender): under one certification's policy version and dates, the sums the
/// kernel decides from (before the caps) of a transcript, what one more activity completed on the
/// as-of date adds to them, and which added activities the admission decides together (duplicates,
/// recurring training). It decides nothing itself: every number is <see cref="Admission"/>'s and the
/// gate's, and the kernel's requirements are the prepared policy's.
/// </summary>
/// <remarks>Not thread-safe: one instance per thread (it uses the thread's <see cref="Workspace"/>).</remarks>
internal sealed class AdmissionProbe
{
    private readonly PreparedPolicy prepared;
    private readonly ImmutableArray<LearningActivity> transcript;
    private readonly DateGate gate;
    private readonly HashSet<string> transcriptIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> transcriptTitles = new(StringComparer.OrdinalIgnoreCase);

    internal AdmissionProbe(PreparedPolicy prepared, in CycleDates dates, ImmutableArray<LearningActivity> transcript, LocalDate asOf)
    {
        this.prepared = prepared;
        this.transcript = transcript;
        gate = new DateGate(dates, asOf);
        foreach (var activity in transcript)
        {
            transcriptIds.Add(activity.Id);
            if (activity.Title is { } title)
            {
                transcriptTitles.Add(title.Trim());
            }
        }
        Base = SumsOf(transcript);
        var minimums = ImmutableArray.CreateBuilder<ProbeMinimum>(prepared.Targets.Length);
        for (int r = 0; r < prepared.Targets.Length; r++)
        {
            minimums.Add(new ProbeMinimum(prepared.Targets[r], prepared.TargetCategory[r] + 1, prepared.Minimums[r]));
        }
        Minimums = minimums.MoveToImmutable();
    }

    /// <summary>The policy version that governs the cycle.</summary>
    internal CredentialPolicy Policy => prepared.Policy;

    /// <summary>The number of category slots (slot 0 for credit without a category).</summary>
    internal int Slots => prepared.CategorySlots;

    /// <summary>The sums of the transcript as it is.</summary>
    internal ProbeSums Base { get; }

    /// <summary>The kernel's minimums, in the policy's parts, in policy order.</summary>
    internal ImmutableArray<ProbeMinimum> Minimums { get; }

    /// <summary>The non-approved cap in parts, or -1.</summary>
    internal long Cap => prepared.CapLimit;

    /// <summary>The most CPR cards that count, 0 when the policy values none.</summary>
    internal int MaxCards => prepared.Policy.CprCards?.MaxCards ?? 0;

    /// <summary>The value of a card in parts.</summary>
    internal long CardValue => prepared.CprValue;

    /// <summary>The slot cards count in.</summary>
    internal int CardSlot => prepared.CprCategory + 1;

    /// <summary>Whether cards count as approved credit.</summary>
    internal bool CardsApproved => prepared.Policy.CprCards?.CountsAsApproved ?? false;

    /// <summary>An amount in parts as a credit amount.</summary>
    internal CreditAmount Amount(long parts) => prepared.Amount(parts);

    /// <summary>
    /// What <paramref name="activity"/> adds to <see cref="Base"/> when it joins the transcript: its own
    /// admission when no transcript activity shares its id or title (nothing else makes two activities'
    /// admissions depend on each other), otherwise the difference the whole transcript's admission makes.
    /// </summary>
    internal ProbeSums Contribution(LearningActivity activity)
    {
        if (!transcriptIds.Contains(activity.Id) && (activity.Title is null || !transcriptTitles.Contains(activity.Title.Trim())))
        {
            return SumsOf([activity]);
        }
        return SumsOf(transcript.Add(activity)).Minus(Base);
    }

    /// <summary>
    /// Groups activities completed on the same day whose admissions depend on each other: those with the
    /// same content (duplicates) and, for a recurring training, those with the same title. Of a group,
    /// admission counts at most the first in <see cref="Precedes"/> order; activities in different groups
    /// (or in none, -1) are admitted independently.
    /// </summary>
    internal int[] Groups(IReadOnlyList<LearningActivity> activities)
    {
        var byTitle = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var byContent = new Dictionary<LearningActivity, int>(Workspace.SameContent.Instance);
        var recurring = prepared.Policy.RecurringTraining;
        var key = new int[activities.Count];
        var counts = new List<int>();
        for (int i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            int group;
            if (recurring is not null && activity.Kind == recurring.Kind && !string.IsNullOrWhiteSpace(activity.Title))
            {
                group = Slot(byTitle, activity.Title.Trim(), counts);
            }
            else if (activity.Title is not null)
            {
                group = Slot(byContent, activity, counts);
            }
            else
            {
                key[i] = -1;
                continue;
            }
            counts[group]++;
            key[i] = group;
        }
        for (int i = 0; i < key.Length; i++)
        {
            if (key[i] >= 0 && counts[key[i]] < 2)
            {
                key[i] = -1;
            }
        }
        return key;
    }

    /// <summary>Whether admission takes <paramref name="x"/> before <paramref name="y"/> (the transcript's canonical order, then the position).</summary>
    internal static bool Precedes(LearningActivity x, int xIndex, LearningActivity y, int yIndex)
    {
        int c = TranscriptOrder.Compare(x, y);
        return c != 0 ? c < 0 : xIndex < yIndex;
    }

    private static int Slot<TKey>(Dictionary<TKey, int> map, TKey key, List<int> counts)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out int group))
        {
            group = counts.Count;
            counts.Add(0);
            map.Add(key, group);
        }
        return group;
    }

    /// <summary>The sums of the activities that pass the dates, as the kernel receives them (before the caps; cards counted, not valued).</summary>
    private ProbeSums SumsOf(ImmutableArray<LearningActivity> activities)
    {
        var workspace = Workspace.Current;
        var compiled = workspace.Compiled;
        Admission.Compile(prepared, activities, compiled, workspace, explain: false);
        var result = new ProbeSums(prepared.CategorySlots);
        var sums = new Sums { Approved = result.Approved, Pool = result.Pool };
        sums.Tally(compiled.Pieces.AsSpan(0, compiled.PieceCount), gate);
        result.Cards = sums.Cards;
        workspace.Release();
        return result;
    }
}

/// <summary>A kernel minimum as numbers: what it counts, its slot (for a category) and its amount in parts.</summary>
internal readonly record struct ProbeMinimum(RequirementTarget Target, int Slot, long Amount);

/// <summary>Sums by category slot, in the policy's parts, before the caps; CPR cards as a count.</summary>
internal sealed class ProbeSums
{
    internal ProbeSums(int slots)
    {
        Approved = new long[slots];
        Pool = new long[slots];
    }

    /// <summary>Approved credit by slot.</summary>
    internal long[] Approved { get; }

    /// <summary>Non-approved credit by slot.</summary>
    internal long[] Pool { get; }

    /// <summary>CPR cards that pass the dates.</summary>
    internal int Cards { get; set; }

    /// <summary>Whether nothing is added.</summary>
    internal bool IsZero => Cards == 0 && Array.TrueForAll(Approved, a => a == 0) && Array.TrueForAll(Pool, p => p == 0);

    internal ProbeSums Minus(ProbeSums other)
    {
        var result = new ProbeSums(Approved.Length) { Cards = Cards - other.Cards };
        for (int s = 0; s < Approved.Length; s++)
        {
            result.Approved[s] = Approved[s] - other.Approved[s];
            result.Pool[s] = Pool[s] - other.Pool[s];
        }
        return result;
    }
}
