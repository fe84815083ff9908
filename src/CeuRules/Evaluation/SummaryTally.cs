using System;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>
/// The summary evaluation: one pass over a compiled transcript that adds up, per category, the
/// approved credit and the non-approved credit of the activities that pass the dates, then applies
/// the caps to the sums. The caps' totals and every shortfall do not depend on which activities
/// fill the caps (the explained evaluation's <see cref="Allocation"/> decides that), so the sums
/// are enough: a short category's minimum is served from the non-approved cap first, and whatever
/// room is left can only go to categories already met or without a minimum. Allocates nothing for
/// policies of up to 15 categories
/// and 16 minimums.
/// </summary>
internal static class SummaryTally
{
    private const int StackSlots = 16;

    /// <summary>Summarizes a compiled transcript (a one-shot summary), or, when <paramref name="compiled"/> is null, the dated pieces of a prepared evaluation.</summary>
    internal static CertificationSummary Run(PreparedPolicy prepared, in CycleDates cycle, CompiledTranscript? compiled, DatedPiece[]? dated, Certification certification,
        LocalDate asOf, Span<RequirementSummary> requirements)
    {
        var policy = prepared.Policy;
        int requirementCount = prepared.OutcomeCount;
        if (!requirements.IsEmpty && requirements.Length < requirementCount)
        {
            throw new ArgumentException(
                $"The span for the requirement outcomes has {requirements.Length} places; the policy {policy.PolicyId} has {requirementCount} minimums and caps.", nameof(requirements));
        }
        var dates = cycle.AsOf(asOf);
        int slots = prepared.CategorySlots;
        Span<long> approved = slots <= StackSlots ? stackalloc long[StackSlots].Slice(0, slots) : new long[slots];
        Span<long> pool = slots <= StackSlots ? stackalloc long[StackSlots].Slice(0, slots) : new long[slots];
        Span<long> taken = slots <= StackSlots ? stackalloc long[StackSlots].Slice(0, slots) : new long[slots];
        approved.Clear();
        pool.Clear();
        taken.Clear();

        int asOfDay = DayNumber.Of(asOf);
        int windowStart = DayNumber.Of(dates.WindowStart);
        int windowEnd = DayNumber.Of(dates.WindowEnd);
        int cards = 0;
        if (compiled is not null)
        {
            var entries = compiled.Entries.AsSpan(0, compiled.Count);
            var pieces = compiled.Pieces;
            foreach (ref readonly var entry in entries)
            {
                if (Admission.Gate(entry, asOfDay, windowStart, windowEnd) != Admission.GateResult.Passed)
                {
                    continue;
                }
                int end = entry.PieceStart + entry.PieceCount;
                for (int p = entry.PieceStart; p < end; p++)
                {
                    ref readonly var piece = ref pieces[p];
                    if (piece.IsCpr)
                    {
                        cards++;
                    }
                    else if (piece.Approved)
                    {
                        approved[piece.CategoryIndex + 1] += piece.Amount;
                    }
                    else
                    {
                        pool[piece.CategoryIndex + 1] += piece.Amount;
                    }
                }
            }
        }
        else
        {
            // Prepared: only the pieces of activities no rule refused and no duplicate, with their day.
            foreach (ref readonly var piece in dated.AsSpan())
            {
                if (piece.Day > asOfDay || piece.Day < windowStart || piece.Day > windowEnd)
                {
                    continue;
                }
                if (piece.IsCpr)
                {
                    cards++;
                }
                else if (piece.Approved)
                {
                    approved[piece.Slot] += piece.Amount;
                }
                else
                {
                    pool[piece.Slot] += piece.Amount;
                }
            }
        }

        // CPR cards are all worth the same, so which ones are over the cap does not change a sum.
        long cpr = 0;
        long cprExcluded = 0;
        if (cards > 0 && policy.CprCards is { } cprRule)
        {
            int counted = Math.Min(cards, cprRule.MaxCards);
            cpr = counted * prepared.CprValue;
            cprExcluded = (cards - counted) * prepared.CprValue;
            if (cprRule.CountsAsApproved)
            {
                approved[prepared.CprCategory + 1] += cpr;
            }
            else
            {
                pool[prepared.CprCategory + 1] += cpr;
            }
        }

        long approvedTotal = Sum(approved);
        long poolTotal = Sum(pool);
        long nonApproved = poolTotal;
        long excluded = 0;
        if (prepared.CapLimit == PreparedPolicy.NoCap || poolTotal <= prepared.CapLimit)
        {
            pool.CopyTo(taken);
        }
        else
        {
            // The cap's room goes first to the categories still short, in policy order.
            long budget = prepared.CapLimit;
            for (int r = 0; r < prepared.Targets.Length && budget > 0; r++)
            {
                if (prepared.Targets[r] != RequirementTarget.Category)
                {
                    continue;
                }
                int slot = prepared.TargetCategory[r] + 1;
                long need = prepared.Minimums[r] - approved[slot] - taken[slot];
                long take = Math.Min(Math.Min(need, budget), pool[slot] - taken[slot]);
                if (take > 0)
                {
                    taken[slot] += take;
                    budget -= take;
                }
            }
            nonApproved = prepared.CapLimit;
            excluded = poolTotal - prepared.CapLimit;
        }
        long total = approvedTotal + nonApproved;

        Span<long> shortfalls = prepared.Targets.Length <= StackSlots ? stackalloc long[StackSlots].Slice(0, prepared.Targets.Length) : new long[prepared.Targets.Length];
        for (int r = 0; r < shortfalls.Length; r++)
        {
            long counted = prepared.Targets[r] switch
            {
                RequirementTarget.Total => total,
                RequirementTarget.Approved => approvedTotal,
                _ => approved[prepared.TargetCategory[r] + 1] + taken[prepared.TargetCategory[r] + 1],
            };
            shortfalls[r] = Math.Max(0, prepared.Minimums[r] - counted);
        }
        bool met = !shortfalls.ContainsAnyExcept(0L);
        int failed = CertificationEvaluator.FailedAttempts(policy, certification, asOf);
        var (status, _) = CertificationEvaluator.StatusFor(policy, dates, failed, asOf, met);
        var (needed, neededApproved) = CertificationEvaluator.PlanTotals(prepared, shortfalls, nonApproved, status);

        if (!requirements.IsEmpty)
        {
            int k = 0;
            for (int r = 0; r < shortfalls.Length; r++)
            {
                var requirement = policy.Requirements[r];
                requirements[k++] = new RequirementSummary(requirement.RequirementId, false, requirement.Minimum, CreditAmount.FromHundredths(shortfalls[r]), CreditAmount.Zero);
            }
            if (policy.NonApprovedCap is { } cap)
            {
                requirements[k++] = new RequirementSummary(Policies.NonApprovedCap.Id, true, cap.Limit, CreditAmount.Zero, CreditAmount.FromHundredths(excluded));
            }
            if (policy.CprCards is { } cards2)
            {
                requirements[k] = new RequirementSummary(Policies.CprCardRule.Id, true, cards2.Limit, CreditAmount.Zero, CreditAmount.FromHundredths(cprExcluded));
            }
        }

        var route = policy.ExamRoute;
        return new CertificationSummary(
            policy,
            status,
            asOf,
            dates.Expiration,
            dates.LastCeDay,
            dates.LastCreditDay,
            dates.WindowStart,
            dates.WindowEnd,
            route?.LastDayToApply(dates.Expiration),
            route?.LastDayToPass(dates.Expiration),
            policy.FeeOf(Policies.FeeKind.Annual) is null ? null : CertificationEvaluator.AnnualFeeDue(dates, asOf),
            route is null ? null : Math.Max(0, route.MaxAttempts - failed),
            CreditAmount.FromHundredths(total),
            CreditAmount.FromHundredths(approvedTotal),
            CreditAmount.FromHundredths(needed),
            CreditAmount.FromHundredths(neededApproved),
            requirements.IsEmpty ? 0 : requirementCount,
            met);
    }

    private static long Sum(ReadOnlySpan<long> values)
    {
        long sum = 0;
        foreach (long value in values)
        {
            sum += value;
        }
        return sum;
    }
}

/// <summary>
/// An admissible piece of a prepared evaluation with its activity's day: what the summary of a
/// prepared evaluation walks, in one flat array, since pieces of refused and duplicate activities never
/// pass the dates.
/// </summary>
internal struct DatedPiece
{
    internal int Day;
    internal int Slot;
    internal long Amount;
    internal bool Approved;
    internal bool IsCpr;

    /// <summary>The dated pieces of the activities of a compiled transcript that can pass the dates.</summary>
    internal static DatedPiece[] From(CompiledTranscript compiled)
    {
        int count = 0;
        for (int i = 0; i < compiled.Count; i++)
        {
            var entry = compiled.Entries[i];
            count += entry.RefusedBeforeDates || entry.DuplicateOf >= 0 ? 0 : entry.PieceCount;
        }
        var dated = new DatedPiece[count];
        int k = 0;
        for (int i = 0; i < compiled.Count; i++)
        {
            var entry = compiled.Entries[i];
            if (entry.RefusedBeforeDates || entry.DuplicateOf >= 0)
            {
                continue;
            }
            for (int p = entry.PieceStart; p < entry.PieceStart + entry.PieceCount; p++)
            {
                var piece = compiled.Pieces[p];
                dated[k++] = new DatedPiece { Day = entry.Day, Slot = piece.CategoryIndex + 1, Amount = piece.Amount, Approved = piece.Approved, IsCpr = piece.IsCpr };
            }
        }
        return dated;
    }
}
