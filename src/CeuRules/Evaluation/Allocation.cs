using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;

namespace CeuRules.Evaluation;

/// <summary>The allocation step's output: how much of each admissible piece counts, and the totals per requirement.</summary>
internal sealed class Allocated
{
    internal Allocated(int pieceCount, int categoryCount)
    {
        Counted = new long[pieceCount];
        ByCategory = new long[categoryCount];
    }

    /// <summary>The amount counted of each piece, by the piece's index in <see cref="CompiledTranscript.Pieces"/>.</summary>
    internal long[] Counted { get; }

    /// <summary>The amount counted per category, by the category's index in the policy.</summary>
    internal long[] ByCategory { get; }

    internal long Total { get; set; }

    internal long Approved { get; set; }

    internal long NonApproved { get; set; }

    internal long NonApprovedExcluded { get; set; }

    internal long Cpr { get; set; }

    internal long CprExcluded { get; set; }
}

/// <summary>
/// The allocation step: which admissible credit counts under the caps, choosing as an applicant
/// would. Approved credit always counts. CPR cards count up to the card limit. When the
/// non-approved cap forces a choice, its budget goes first to the categories whose minimums are
/// still short, then to the rest; what remains over the cap is refused. Where a choice does not
/// change any requirement, the canonical order decides, so the result does not depend on the order
/// of the transcript.
/// </summary>
internal static class Allocation
{
    /// <summary>
    /// Allocates the pieces of the activities that passed the dates. Refusals by the caps go to
    /// <paramref name="refusals"/>, per activity. The canonical order is consulted only where a cap
    /// forces a choice, so allocation is linear unless it binds.
    /// </summary>
    internal static Allocated Run(PreparedPolicy prepared, CompiledTranscript compiled, ReadOnlySpan<Admission.GateResult> gates, ImmutableArray<LearningActivity> activities,
        Workspace workspace, out List<NotCountedCredit>?[]? refusals)
    {
        var policy = prepared.Policy;
        var pieces = compiled.Pieces;
        var result = new Allocated(compiled.PieceCount, prepared.Categories.Length);
        var cpr = policy.CprCards;
        var cards = workspace.Cards;
        var pool = workspace.Pool;
        cards.Clear();
        pool.Clear();
        refusals = null;
        long poolTotal = 0;
        for (int i = 0; i < compiled.Count; i++)
        {
            if (gates[i] != Admission.GateResult.Passed)
            {
                continue;
            }
            var entry = compiled.Entries[i];
            for (int p = entry.PieceStart; p < entry.PieceStart + entry.PieceCount; p++)
            {
                if (pieces[p].IsCpr && cpr is not null)
                {
                    cards.Add(p);
                }
                else if (pieces[p].Approved)
                {
                    Count(result, pieces[p], p, pieces[p].Amount);
                }
                else
                {
                    pool.Add(p);
                    poolTotal += pieces[p].Amount;
                }
            }
        }

        if (cpr is not null && cards.Count > cpr.MaxCards)
        {
            Sort(cards, compiled, activities, workspace);
        }
        for (int k = 0; k < cards.Count; k++)
        {
            int p = cards[k];
            if (k >= cpr!.MaxCards)
            {
                result.CprExcluded += pieces[p].Amount;
                Refuse(ref refusals, compiled.Count, pieces[p].Activity, pieces[p].Amount, NotCountedReason.OverCap, cpr,
                    () => $"At most {cpr.MaxCards} CPR cards ({cpr.Limit} points) count; {cpr.MaxCards} earlier cards already do.");
            }
            else if (pieces[p].Approved)
            {
                Count(result, pieces[p], p, pieces[p].Amount);
            }
            else
            {
                pool.Add(p);
                poolTotal += pieces[p].Amount;
            }
        }

        if (policy.NonApprovedCap is not { } cap || poolTotal <= cap.Limit.Hundredths)
        {
            // Everything fits: the order does not matter.
            foreach (int p in pool)
            {
                Count(result, pieces[p], p, pieces[p].Amount);
            }
            return result;
        }

        Sort(pool, compiled, activities, workspace);
        Func<string> capReached = () => $"At most {cap.Limit} points from activities not approved by the {policy.Credential.Body.Acronym} count, and the cap is reached.";
        long budget = cap.Limit.Hundredths;
        var remaining = new long[compiled.PieceCount];
        foreach (int p in pool)
        {
            remaining[p] = pieces[p].Amount;
        }

        // First the categories still short of their minimums, in policy order.
        for (int r = 0; r < prepared.Targets.Length; r++)
        {
            if (prepared.Targets[r] != RequirementTarget.Category || budget == 0)
            {
                continue;
            }
            int category = prepared.TargetCategory[r];
            long need = prepared.Minimums[r] - result.ByCategory[category];
            foreach (int p in pool)
            {
                if (need <= 0 || budget == 0)
                {
                    break;
                }
                if (pieces[p].CategoryIndex != category || remaining[p] == 0)
                {
                    continue;
                }
                long take = Math.Min(Math.Min(need, budget), remaining[p]);
                Count(result, pieces[p], p, take);
                remaining[p] -= take;
                need -= take;
                budget -= take;
            }
        }

        // Then whatever budget is left, in canonical order; the rest is over the cap.
        foreach (int p in pool)
        {
            long take = Math.Min(budget, remaining[p]);
            if (take > 0)
            {
                Count(result, pieces[p], p, take);
                budget -= take;
            }
            long over = remaining[p] - take;
            if (over > 0)
            {
                result.NonApprovedExcluded += over;
                Refuse(ref refusals, compiled.Count, pieces[p].Activity, over, NotCountedReason.OverCap, cap, capReached);
            }
        }
        return result;
    }

    private static void Refuse(ref List<NotCountedCredit>?[]? refusals, int activities, int activity, long amount, NotCountedReason reason, PolicyRule rule, Func<string> message) =>
        ((refusals ??= new List<NotCountedCredit>?[activities])[activity] ??= new List<NotCountedCredit>(1))
            .Add(new NotCountedCredit(CreditAmount.FromHundredths(amount), reason, rule.RuleId, rule.Source, message));

    private static void Count(Allocated result, in CreditPiece piece, int index, long amount)
    {
        result.Counted[index] += amount;
        result.Total += amount;
        if (piece.CategoryIndex >= 0)
        {
            result.ByCategory[piece.CategoryIndex] += amount;
        }
        if (piece.Approved)
        {
            result.Approved += amount;
        }
        else
        {
            result.NonApproved += amount;
        }
        if (piece.IsCpr)
        {
            result.Cpr += amount;
        }
    }

    /// <summary>
    /// Sorts piece indices in canonical order: by the activity's canonical order, then by line. The
    /// completion day settles most comparisons, so the indices are first sorted as plain numbers
    /// keyed by day, and only the runs that share a day are then sorted by the full order.
    /// </summary>
    private static void Sort(List<int> indices, CompiledTranscript compiled, ImmutableArray<LearningActivity> activities, Workspace workspace)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(indices);
        var keys = workspace.SortKeysFor(span.Length);
        var pieces = compiled.Pieces;
        var entries = compiled.Entries;
        for (int i = 0; i < span.Length; i++)
        {
            keys[i] = ((long)entries[pieces[span[i]].Activity].Day << 32) | (uint)span[i];
        }
        keys.Sort();
        for (int i = 0; i < span.Length; i++)
        {
            span[i] = (int)(uint)keys[i];
        }
        var order = new PieceOrder(compiled, activities);
        int start = 0;
        for (int i = 1; i <= span.Length; i++)
        {
            if (i == span.Length || keys[i] >> 32 != keys[start] >> 32)
            {
                if (i - start > 1)
                {
                    span[start..i].Sort(order);
                }
                start = i;
            }
        }
    }

    private readonly struct PieceOrder : IComparer<int>
    {
        private readonly CreditPiece[] pieces;
        private readonly ActivityEntry[] entries;
        private readonly ImmutableArray<LearningActivity> activities;

        internal PieceOrder(CompiledTranscript compiled, ImmutableArray<LearningActivity> activities)
        {
            pieces = compiled.Pieces;
            entries = compiled.Entries;
            this.activities = activities;
        }

        public int Compare(int x, int y)
        {
            int a = pieces[x].Activity;
            int b = pieces[y].Activity;
            int c = entries[a].Day.CompareTo(entries[b].Day);
            if (c != 0)
            {
                return c;
            }
            c = a == b ? 0 : TranscriptOrder.Compare(activities[a], activities[b]);
            if (c != 0)
            {
                return c;
            }
            c = pieces[x].Line.CompareTo(pieces[y].Line);
            return c != 0 ? c : a.CompareTo(b);
        }
    }
}
