using System;
using System.Collections.Generic;
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

    /// <summary>The amount counted of each piece, by the piece's index in <see cref="AdmittedTranscript.Pieces"/>.</summary>
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
    internal static Allocated Run(CredentialPolicy policy, AdmittedTranscript admitted)
    {
        var pieces = admitted.Pieces;
        int categoryCount = policy.Categories?.Categories.Length ?? 0;
        var result = new Allocated(pieces.Count, categoryCount);
        var order = CanonicalOrder(pieces);
        var nonApprovedPool = new List<int>();
        var cpr = policy.CprCards;
        int cards = 0;

        foreach (int p in order)
        {
            var piece = pieces[p];
            if (piece.IsCpr && cpr is not null)
            {
                if (cards >= cpr.MaxCards)
                {
                    result.CprExcluded += piece.Amount;
                    admitted.Refuse(piece.Activity, piece.Amount, NotCountedReason.OverCap, cpr,
                        $"At most {cpr.MaxCards} CPR cards ({cpr.Limit} points) count; {cards} earlier cards already do.");
                    continue;
                }
                cards++;
            }
            if (piece.Approved)
            {
                Count(result, piece, p, piece.Amount);
            }
            else
            {
                nonApprovedPool.Add(p);
            }
        }

        if (policy.NonApprovedCap is not { } cap)
        {
            foreach (int p in nonApprovedPool)
            {
                Count(result, pieces[p], p, pieces[p].Amount);
            }
            return result;
        }

        long budget = cap.Limit.Hundredths;
        var remaining = new long[pieces.Count];
        foreach (int p in nonApprovedPool)
        {
            remaining[p] = pieces[p].Amount;
        }

        // First the categories still short of their minimums, in policy order.
        foreach (var requirement in policy.Requirements)
        {
            if (requirement is not CategoryMinimum minimum || budget == 0)
            {
                continue;
            }
            int category = policy.Categories!.IndexOf(minimum.Category);
            long need = minimum.Minimum.Hundredths - result.ByCategory[category];
            foreach (int p in nonApprovedPool)
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
        foreach (int p in nonApprovedPool)
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
                admitted.Refuse(pieces[p].Activity, over, NotCountedReason.OverCap, cap,
                    $"At most {cap.Limit} points from activities not approved by the {policy.Credential.Body.Acronym} count, and the cap is reached.");
            }
        }
        return result;
    }

    private static void Count(Allocated result, CreditPiece piece, int index, long amount)
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

    private static int[] CanonicalOrder(List<CreditPiece> pieces)
    {
        var order = new int[pieces.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (x, y) =>
        {
            int c = pieces[x].Rank.CompareTo(pieces[y].Rank);
            return c != 0 ? c : pieces[x].Line.CompareTo(pieces[y].Line);
        });
        return order;
    }
}
