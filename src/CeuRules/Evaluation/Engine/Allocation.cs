using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CeuRules.Model;
using CeuRules.Policies;

namespace CeuRules.Evaluation.Engine;

/// <summary>The allocation step's output: how much of each admissible piece counts, and the totals per requirement.</summary>
internal sealed class Allocated
{
    internal Allocated(long[] counted, int categoryCount)
    {
        Counted = counted;
        ByCategory = new long[categoryCount];
    }

    /// <summary>
    /// What each piece counts, in the policy's parts: the workspace's scratch buffer (cleared, at least as
    /// long as the pieces), valid until the workspace is released.
    /// </summary>
    internal long[] Counted { get; }

    /// <summary>What counts in each of the policy's categories, in the policy's parts.</summary>
    internal long[] ByCategory { get; }
}

/// <summary>
/// Credit of an activity refused by a cap in the explained allocation: the activity's index, the order in
/// which it was decided, and the refusal.
/// </summary>
internal readonly record struct CapRefusal(int Activity, int Sequence, NotCountedCredit Credit);

/// <summary>
/// The assignment read of the kernel, for the explained evaluation: which piece's credit counts, given
/// what <see cref="Kernel.Decide"/> decided on the sums. The non-approved credit the kernel counts
/// toward each category short of its minimum is taken from that category's pieces in canonical
/// order; the rest of the cap's room goes to the remaining pieces in canonical order, and what is
/// left is over the cap. CPR cards beyond the most that count are the latest in canonical order.
/// Its sums are the kernel's: a property test holds them together.
/// </summary>
internal static class Allocation
{
    internal static Allocated Assign(PreparedPolicy prepared, CompiledTranscript compiled, ReadOnlySpan<Admission.GateResult> gates, ImmutableArray<LearningActivity> activities,
        Workspace workspace, ReadOnlySpan<long> taken)
    {
        var policy = prepared.Policy;
        var pieces = compiled.Pieces;
        var result = new Allocated(workspace.CountedFor(compiled.PieceCount), prepared.Categories.Length);
        var cpr = policy.CprCards;
        var cards = workspace.Cards;
        var pool = workspace.Pool;
        cards.Clear();
        pool.Clear();
        var refusals = workspace.CapRefusals;
        refusals.Clear();
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
                Refuse(refusals, prepared, pieces[p].Activity, pieces[p].Amount, NotCountedReason.OverCap, DecisionCodes.CprOverCap, cpr,
                    Decision.Args(ArgumentKeys.MaxCards.With(cpr.MaxCards), ArgumentKeys.Limit.With(new Credit(cpr.Limit, policy.Units.Unit))));
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

        if (policy.NonApprovedCap is not { } cap || poolTotal <= prepared.CapLimit)
        {
            // Everything fits: the order does not matter.
            foreach (int p in pool)
            {
                Count(result, pieces[p], p, pieces[p].Amount);
            }
            ByActivity(refusals);
            return result;
        }

        Sort(pool, compiled, activities, workspace);
        long budget = prepared.CapLimit;
        Span<long> toTake = taken.Length <= Kernel.StackSlots ? stackalloc long[Kernel.StackSlots].Slice(0, taken.Length) : new long[taken.Length];
        taken.CopyTo(toTake);
        var remaining = workspace.RemainingFor(compiled.PieceCount);
        foreach (int p in pool)
        {
            int slot = pieces[p].CategoryIndex + 1;
            long take = Math.Min(toTake[slot], pieces[p].Amount);
            remaining[p] = pieces[p].Amount - take;
            if (take > 0)
            {
                Count(result, pieces[p], p, take);
                toTake[slot] -= take;
                budget -= take;
            }
        }

        var capArguments = Decision.Args(ArgumentKeys.Limit.With(new Credit(cap.Limit, policy.Units.Unit)));
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
                Refuse(refusals, prepared, pieces[p].Activity, over, NotCountedReason.OverCap, DecisionCodes.NonApprovedOverCap, cap, capArguments);
            }
        }
        ByActivity(refusals);
        return result;
    }

    private static void Refuse(List<CapRefusal> refusals, PreparedPolicy prepared, int activity, long amount, NotCountedReason reason, string code,
        PolicyRule rule, ImmutableArray<DecisionArgument> arguments) =>
        refusals.Add(new CapRefusal(activity, refusals.Count, new NotCountedCredit(prepared.Amount(amount), reason, code, rule.RuleId, rule.Source, arguments, prepared.Policy)));

    /// <summary>Orders the refusals by activity, each activity's in the order they were decided, for the decisions to read in one pass.</summary>
    private static void ByActivity(List<CapRefusal> refusals)
    {
        if (refusals.Count > 1)
        {
            CollectionsMarshal.AsSpan(refusals).Sort(static (x, y) => x.Activity != y.Activity ? x.Activity.CompareTo(y.Activity) : x.Sequence.CompareTo(y.Sequence));
        }
    }

    private static void Count(Allocated result, in CreditPiece piece, int index, long amount)
    {
        result.Counted[index] += amount;
        if (piece.CategoryIndex >= 0)
        {
            result.ByCategory[piece.CategoryIndex] += amount;
        }
    }

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
