using System;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation.Engine;

/// <summary>
/// The sums the kernel decides from, by category slot (slot 0 for credit without a category, slot
/// <c>c + 1</c> for the policy's category <c>c</c>), in the policy's exact parts
/// (<see cref="PreparedPolicy.PartsPerHundredth"/>). Filled from the pieces that pass the dates.
/// </summary>
internal ref struct Sums
{
    /// <summary>Approved credit by slot; CPR cards are folded in by <see cref="Kernel.Decide"/>.</summary>
    internal Span<long> Approved;

    /// <summary>Non-approved credit by slot, before the non-approved cap; CPR cards are folded in by <see cref="Kernel.Decide"/>.</summary>
    internal Span<long> Pool;

    /// <summary>The kernel's output: non-approved credit counted by slot to close a category minimum, before the rest of the cap's room.</summary>
    internal Span<long> Taken;

    /// <summary>The kernel's output: each minimum's shortfall, in policy order.</summary>
    internal Span<long> Shortfalls;

    /// <summary>The kernel's output: the least new credit each minimum needs in any completion (zero for others), in policy order.</summary>
    internal Span<long> PlanNeeds;

    /// <summary>CPR cards that passed the dates and count as cards.</summary>
    internal int Cards;

    /// <summary>
    /// The sums of a policy, zeroed, over <paramref name="storage"/> (a caller's <see cref="SumsStorage"/>
    /// on its stack) when the policy's categories and minimums fit, else over arrays of their own.
    /// </summary>
    internal static Sums For(PreparedPolicy prepared, Span<long> storage)
    {
        int slots = prepared.CategorySlots;
        int targets = prepared.Targets.Length;
        bool small = slots <= Kernel.StackSlots && targets <= Kernel.StackSlots;
        storage.Clear();
        return new Sums
        {
            Approved = small ? storage.Slice(0, slots) : new long[slots],
            Pool = small ? storage.Slice(Kernel.StackSlots, slots) : new long[slots],
            Taken = small ? storage.Slice(2 * Kernel.StackSlots, slots) : new long[slots],
            Shortfalls = small ? storage.Slice(3 * Kernel.StackSlots, targets) : new long[targets],
            PlanNeeds = small ? storage.Slice(4 * Kernel.StackSlots, targets) : new long[targets],
        };
    }

    /// <summary>
    /// The one loop that fills the sums, read by every path (the explained evaluation, both summaries and
    /// the recommender's probe): each piece whose activity can count and passes the dates.
    /// </summary>
    internal void Tally(ReadOnlySpan<CreditPiece> pieces, in DateGate gate)
    {
        foreach (ref readonly var piece in pieces)
        {
            if (!piece.Live || !gate.Passes(piece.Day))
            {
                continue;
            }
            if (piece.IsCpr)
            {
                Cards++;
            }
            else if (piece.Approved)
            {
                Approved[piece.CategoryIndex + 1] += piece.Amount;
            }
            else
            {
                Pool[piece.CategoryIndex + 1] += piece.Amount;
            }
        }
    }
}

/// <summary>Room on a caller's stack for the five spans of <see cref="Sums"/>.</summary>
[System.Runtime.CompilerServices.InlineArray(5 * Kernel.StackSlots)]
internal struct SumsStorage
{
    private long element;
}

/// <summary>
/// The kernel's whole answer for one certification, transcript and as-of date: the sums, each minimum's
/// shortfall, the non-approved credit counted toward each category, the least plan, the status, the
/// routes and the dates that apply. Its spans lie in the caller's <see cref="SumsStorage"/>.
/// </summary>
internal readonly ref struct Verdict
{
    /// <summary>Each minimum's shortfall, in policy order.</summary>
    internal ReadOnlySpan<long> Shortfalls { get; init; }

    /// <summary>Non-approved credit counted by slot to close a category minimum, before the rest of the cap's room.</summary>
    internal ReadOnlySpan<long> Taken { get; init; }

    /// <summary>The least new credit each minimum needs in any completion (zero for others), in policy order.</summary>
    internal ReadOnlySpan<long> PlanNeeds { get; init; }

    /// <summary>The last day to apply for the exam, when the exam route sets one.</summary>
    internal LocalDate? ExamApplyBy { get; init; }

    /// <summary>The last day to pass the exam, when the exam route sets one.</summary>
    internal LocalDate? ExamPassBy { get; init; }

    /// <summary>While the credential is current and the policy has an annual fee, the day it is due.</summary>
    internal LocalDate? AnnualFeeDue { get; init; }

    internal long Total { get; init; }

    internal long ApprovedTotal { get; init; }

    internal long NonApproved { get; init; }

    internal long NonApprovedExcluded { get; init; }

    internal long Cpr { get; init; }

    internal long CprExcluded { get; init; }

    internal bool Met { get; init; }

    internal CertificationStatus Status { get; init; }

    internal PolicyRule StatusRule { get; init; }

    internal int FailedAttempts { get; init; }

    internal long PlanTotal { get; init; }

    internal long PlanApproved { get; init; }

    /// <summary>The routes and the next step.</summary>
    internal RouteDecision Routes { get; init; }
}

/// <summary>
/// The one kernel behind every answer: from the sums of the credit that passed the dates, the
/// allocation under the caps, each minimum's shortfall, the status, and the least plan. The explained
/// evaluation, the summary, the prepared summary and the workforce summaries all read this; the
/// explained evaluation then assigns each piece consistently with it (see <see cref="Allocation"/>).
/// It allocates nothing.
/// </summary>
internal static class Kernel
{
    /// <summary>How many slots fit on the stack; policies with more categories use the heap.</summary>
    internal const int StackSlots = 16;

    /// <summary>
    /// Decides from the pieces that pass the dates (tallied by <see cref="Sums.Tally"/> into
    /// <paramref name="storage"/>, a caller's <see cref="SumsStorage"/>; CPR cards are folded into the sums
    /// first). The whole answer is the returned value.
    /// </summary>
    internal static Verdict Decide(PreparedPolicy prepared, in CycleDates dates, Certification certification, LocalDate asOf, ReadOnlySpan<CreditPiece> pieces, Span<long> storage)
    {
        var sums = Sums.For(prepared, storage);
        sums.Tally(pieces, new DateGate(dates, asOf));
        return FromSums(prepared, dates, certification, asOf, ref sums);
    }

    private static Verdict FromSums(PreparedPolicy prepared, in CycleDates dates, Certification certification, LocalDate asOf, scoped ref Sums sums)
    {
        var policy = prepared.Policy;

        // CPR cards are all worth the same, so which ones are over the cap does not change a sum.
        long cpr = 0;
        long cprExcluded = 0;
        if (sums.Cards > 0 && policy.CprCards is { } cprRule)
        {
            int counted = Math.Min(sums.Cards, cprRule.MaxCards);
            cpr = counted * prepared.CprValue;
            cprExcluded = (sums.Cards - counted) * prepared.CprValue;
            (cprRule.CountsAsApproved ? sums.Approved : sums.Pool)[prepared.CprCategory + 1] += cpr;
        }

        long approvedTotal = Sum(sums.Approved);
        long poolTotal = Sum(sums.Pool);
        long nonApproved = poolTotal;
        long excluded = 0;
        var taken = sums.Taken;
        taken.Clear();
        bool capped = prepared.CapLimit != PreparedPolicy.NoCap && poolTotal > prepared.CapLimit;
        if (!capped)
        {
            sums.Pool.CopyTo(taken);
        }
        else
        {
            // The cap's room goes first to the categories still short, in policy order; the rest of
            // the room goes to credit that closes no minimum, so which credit takes it changes no sum
            // that decides anything (every category still short has no non-approved credit left).
            long budget = prepared.CapLimit;
            for (int r = 0; r < prepared.Targets.Length && budget > 0; r++)
            {
                if (prepared.Targets[r] != RequirementTarget.Category)
                {
                    continue;
                }
                int slot = prepared.TargetCategory[r] + 1;
                long need = prepared.Minimums[r] - sums.Approved[slot] - taken[slot];
                long take = Math.Min(Math.Min(need, budget), sums.Pool[slot] - taken[slot]);
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

        var shortfalls = sums.Shortfalls;
        bool met = true;
        for (int r = 0; r < prepared.Targets.Length; r++)
        {
            long counted = prepared.Targets[r] switch
            {
                RequirementTarget.Total => total,
                RequirementTarget.Approved => approvedTotal,
                _ => sums.Approved[prepared.TargetCategory[r] + 1] + taken[prepared.TargetCategory[r] + 1],
            };
            shortfalls[r] = Math.Max(0, prepared.Minimums[r] - counted);
            met &= shortfalls[r] == 0;
        }
        int failed = FailedAttempts(policy, certification, asOf);
        var (status, statusRule) = StatusFor(policy, dates, failed, asOf, met);
        var routes = RouteDecision.Decide(policy, dates, asOf, met, failed);
        var (planTotal, planApproved) = Plan(prepared, ref sums, approvedTotal, status);
        var exam = policy.ExamRoute;
        return new Verdict
        {
            Shortfalls = sums.Shortfalls,
            Taken = sums.Taken,
            PlanNeeds = sums.PlanNeeds,
            ExamApplyBy = exam?.LastDayToApply(dates.Expiration),
            ExamPassBy = exam?.LastDayToPass(dates.Expiration),
            AnnualFeeDue = policy.FeeOf(FeeKind.Annual) is null ? null : AnnualFeeDue(dates, asOf),
            Total = total,
            ApprovedTotal = approvedTotal,
            NonApproved = nonApproved,
            NonApprovedExcluded = excluded,
            Cpr = cpr,
            CprExcluded = cprExcluded,
            Met = met,
            Status = status,
            StatusRule = statusRule,
            FailedAttempts = failed,
            PlanTotal = planTotal,
            PlanApproved = planApproved,
            Routes = routes,
        };
    }

    /// <summary>
    /// The least new credit that any completion of the cycle needs, figure by figure, when new credit
    /// may be approved or not (new non-approved credit counts only within the cap's room, and may take
    /// the room of non-approved credit that closes no minimum):
    /// <list type="bullet">
    /// <item>in total: the largest of the total shortfall, the approved shortfall and the category
    /// shortfalls together, after the cap's room has gone first to the categories short;</item>
    /// <item>approved: the approved shortfall, and whatever the cap's whole room cannot carry of the
    /// total and of the category minimums;</item>
    /// <item>per category: its minimum less its approved credit and what non-approved credit in it the
    /// cap's whole room could carry.</item>
    /// </list>
    /// Nothing once the CE route is closed. (Within the CE time limit the plan still states what the
    /// cycle lacks; whether it can still be earned is the CE route's <see cref="RouteVerdict.CanSucceed"/>.)
    /// </summary>
    private static (long Total, long Approved) Plan(PreparedPolicy prepared, scoped ref Sums sums, long approvedTotal, CertificationStatus status)
    {
        var needs = sums.PlanNeeds;
        needs.Clear();
        if (status is CertificationStatus.LapsedExamRequired or CertificationStatus.Ineligible)
        {
            return (0, 0);
        }
        long room = prepared.CapLimit == PreparedPolicy.NoCap ? long.MaxValue / 4 : prepared.CapLimit;
        long totalShortfall = 0;
        long approvedShortfall = 0;
        long categoryShortfalls = 0;
        long totalNeedApproved = 0;
        long categoryDeficits = 0;
        for (int r = 0; r < prepared.Targets.Length; r++)
        {
            long shortfall = sums.Shortfalls[r];
            switch (prepared.Targets[r])
            {
                case RequirementTarget.Total:
                    totalShortfall = Math.Max(totalShortfall, shortfall);
                    totalNeedApproved = Math.Max(totalNeedApproved, prepared.Minimums[r] - approvedTotal - room);
                    needs[r] = shortfall;
                    break;
                case RequirementTarget.Approved:
                    approvedShortfall = Math.Max(approvedShortfall, shortfall);
                    needs[r] = shortfall;
                    break;
                default:
                    int slot = prepared.TargetCategory[r] + 1;
                    long deficit = Math.Max(0, prepared.Minimums[r] - sums.Approved[slot]);
                    categoryShortfalls += shortfall;
                    categoryDeficits += deficit;
                    needs[r] = Math.Max(0, deficit - Math.Min(sums.Pool[slot], room));
                    break;
            }
        }
        long total = Math.Max(totalShortfall, Math.Max(approvedShortfall, categoryShortfalls));
        long approved = Math.Max(approvedShortfall, Math.Max(totalNeedApproved, categoryDeficits - room));
        return (total, Math.Max(0, approved));
    }

    /// <summary>Failed exam attempts that count: from the start of the cycle, or from the last pass after it, through the as-of date.</summary>
    internal static int FailedAttempts(CredentialPolicy policy, Certification certification, LocalDate asOf)
    {
        if (policy.ExamRoute is null)
        {
            return 0;
        }
        var since = certification.CertifiedOn;
        foreach (var attempt in certification.ExamAttempts)
        {
            if (attempt.Passed && attempt.On <= asOf && attempt.On > since)
            {
                since = attempt.On;
            }
        }
        int failed = 0;
        foreach (var attempt in certification.ExamAttempts)
        {
            if (!attempt.Passed && attempt.On > since && attempt.On <= asOf)
            {
                failed++;
            }
        }
        return failed;
    }

    /// <summary>The status and the rule that decided it.</summary>
    internal static (CertificationStatus Status, PolicyRule Rule) StatusFor(CredentialPolicy policy, in CycleDates dates, int failedAttempts, LocalDate asOf, bool met)
    {
        if (policy.ExamRoute is { } route && failedAttempts >= route.MaxAttempts)
        {
            return (CertificationStatus.Ineligible, route);
        }
        if (asOf > dates.LastCeDay)
        {
            return (CertificationStatus.LapsedExamRequired, dates.LastCeDayRule);
        }
        if (met)
        {
            return (CertificationStatus.RequirementsMet, policy.Requirements.IsEmpty ? policy.Window : policy.Requirements[0]);
        }
        return asOf <= dates.Expiration
            ? (CertificationStatus.InProgress, policy.Expiration)
            : (CertificationStatus.WithinCeTimeLimit, dates.LastCeDayRule);
    }

    /// <summary>
    /// While the credential is current, the day the annual fee is due: the last day of the
    /// anniversary month, this year's or next year's once it has passed.
    /// </summary>
    private static LocalDate? AnnualFeeDue(in CycleDates dates, LocalDate asOf)
    {
        if (asOf > dates.Expiration)
        {
            return null;
        }
        var due = AnniversaryMonthEnd(asOf.Year, dates.CycleStart.Month);
        if (due < asOf)
        {
            due = AnniversaryMonthEnd(asOf.Year + 1, dates.CycleStart.Month);
        }
        return due;
    }

    private static LocalDate AnniversaryMonthEnd(int year, int month) =>
        new LocalDate(Math.Min(year, LocalDate.MaxIsoValue.Year), month, 1).With(DateAdjusters.EndOfMonth);

    private static long Sum(ReadOnlySpan<long> values)
    {
        long sum = 0;
        foreach (long value in values)
        {
            sum = checked(sum + value);
        }
        return sum;
    }
}

/// <summary>
/// The summary read of the kernel: the kernel's verdict on the pieces that pass the dates, and the
/// summary struct; no piece is assigned and nothing is allocated.
/// </summary>
internal static class SummaryRead
{
    internal static CertificationSummary Run(PreparedPolicy prepared, in CycleDates cycle, ReadOnlySpan<CreditPiece> pieces, Certification certification,
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
        var storage = default(SumsStorage);
        var verdict = Kernel.Decide(prepared, dates, certification, asOf, pieces, storage);
        if (!requirements.IsEmpty)
        {
            RequirementRows.Write(prepared, verdict, requirements);
        }
        return new CertificationSummary(
            policy,
            verdict.Status,
            asOf,
            dates.Expiration,
            dates.LastCeDay,
            dates.LastCreditDay,
            dates.WindowStart,
            dates.WindowEnd,
            verdict.ExamApplyBy,
            verdict.ExamPassBy,
            verdict.AnnualFeeDue,
            policy.ExamRoute is { } route ? Math.Max(0, route.MaxAttempts - verdict.FailedAttempts) : null,
            prepared.Amount(verdict.Total),
            prepared.Amount(verdict.ApprovedTotal),
            prepared.Amount(verdict.PlanTotal),
            prepared.Amount(verdict.PlanApproved),
            requirements.IsEmpty ? 0 : requirementCount,
            verdict.Met,
            verdict.Routes.Action,
            verdict.Routes.By,
            verdict.Routes.Route);
    }
}

/// <summary>The requirement rows of a verdict, once for every path: the minimums in policy order with the kernel's shortfalls, then the caps with what they kept from counting.</summary>
internal static class RequirementRows
{
    /// <summary>Writes the rows to <paramref name="rows"/>, at least <see cref="PreparedPolicy.OutcomeCount"/> long.</summary>
    internal static void Write(PreparedPolicy prepared, in Verdict verdict, Span<RequirementSummary> rows)
    {
        var policy = prepared.Policy;
        int k = 0;
        for (int r = 0; r < prepared.Targets.Length; r++)
        {
            var requirement = policy.Requirements[r];
            rows[k++] = new RequirementSummary(requirement, requirement.RequirementId, false, requirement.Minimum, prepared.Amount(verdict.Shortfalls[r]), CreditAmount.Zero);
        }
        if (policy.NonApprovedCap is { } cap)
        {
            rows[k++] = new RequirementSummary(cap, NonApprovedCap.Id, true, cap.Limit, CreditAmount.Zero, prepared.Amount(verdict.NonApprovedExcluded));
        }
        if (policy.CprCards is { } cards)
        {
            rows[k] = new RequirementSummary(cards, CprCardRule.Id, true, cards.Limit, CreditAmount.Zero, prepared.Amount(verdict.CprExcluded));
        }
    }

    /// <summary>What counted toward row <paramref name="row"/>: the kernel's sums, and for a category minimum what the assignment counted there.</summary>
    internal static long Counted(PreparedPolicy prepared, in Verdict verdict, ReadOnlySpan<long> byCategory, int row)
    {
        if (row < prepared.Targets.Length)
        {
            return prepared.Targets[row] switch
            {
                RequirementTarget.Total => verdict.Total,
                RequirementTarget.Category => byCategory[prepared.TargetCategory[row]],
                _ => verdict.ApprovedTotal,
            };
        }
        return row == prepared.Targets.Length && prepared.Policy.NonApprovedCap is not null ? verdict.NonApproved : verdict.Cpr;
    }
}
