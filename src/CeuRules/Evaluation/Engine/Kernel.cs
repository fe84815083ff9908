using System;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation;

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

    /// <summary>Adds a piece that passed the dates.</summary>
    internal void Add(int slot, long amount, bool approved, bool isCpr)
    {
        if (isCpr)
        {
            Cards++;
        }
        else if (approved)
        {
            Approved[slot] += amount;
        }
        else
        {
            Pool[slot] += amount;
        }
    }
}

/// <summary>Room on a caller's stack for the five spans of <see cref="Sums"/>.</summary>
[System.Runtime.CompilerServices.InlineArray(5 * Kernel.StackSlots)]
internal struct SumsStorage
{
    private long element;
}

/// <summary>What the kernel decided for one certification, transcript and as-of date, at the level of sums.</summary>
internal readonly struct Verdict
{
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

    /// <summary>Decides from the sums (CPR cards are folded into them first).</summary>
    internal static Verdict Decide(PreparedPolicy prepared, in CycleDates dates, Certification certification, LocalDate asOf, ref Sums sums)
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
        return new Verdict
        {
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
    private static (long Total, long Approved) Plan(PreparedPolicy prepared, ref Sums sums, long approvedTotal, CertificationStatus status)
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
    internal static LocalDate? AnnualFeeDue(in CycleDates dates, LocalDate asOf)
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
/// The summary read of the kernel: the sums of the pieces that pass the dates, the kernel's verdict,
/// and the summary struct; no piece is assigned and nothing is allocated.
/// </summary>
internal static class SummaryRead
{
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
        int targets = prepared.Targets.Length;
        var storage = default(SumsStorage);
        var sums = Sums.For(prepared, storage);

        int asOfDay = DayNumber.Of(asOf);
        int windowStart = DayNumber.Of(dates.WindowStart);
        int windowEnd = DayNumber.Of(dates.WindowEnd);
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
                    sums.Add(piece.CategoryIndex + 1, piece.Amount, piece.Approved, piece.IsCpr);
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
                sums.Add(piece.Slot, piece.Amount, piece.Approved, piece.IsCpr);
            }
        }

        var verdict = Kernel.Decide(prepared, dates, certification, asOf, ref sums);

        if (!requirements.IsEmpty)
        {
            int k = 0;
            for (int r = 0; r < targets; r++)
            {
                var requirement = policy.Requirements[r];
                requirements[k++] = new RequirementSummary(requirement, requirement.RequirementId, false, requirement.Minimum, prepared.Amount(sums.Shortfalls[r]), CreditAmount.Zero);
            }
            if (policy.NonApprovedCap is { } cap)
            {
                requirements[k++] = new RequirementSummary(cap, NonApprovedCap.Id, true, cap.Limit, CreditAmount.Zero, prepared.Amount(verdict.NonApprovedExcluded));
            }
            if (policy.CprCards is { } cards)
            {
                requirements[k] = new RequirementSummary(cards, CprCardRule.Id, true, cards.Limit, CreditAmount.Zero, prepared.Amount(verdict.CprExcluded));
            }
        }

        var route = policy.ExamRoute;
        return new CertificationSummary(
            policy,
            verdict.Status,
            asOf,
            dates.Expiration,
            dates.LastCeDay,
            dates.LastCreditDay,
            dates.WindowStart,
            dates.WindowEnd,
            route?.LastDayToApply(dates.Expiration),
            route?.LastDayToPass(dates.Expiration),
            policy.FeeOf(FeeKind.Annual) is null ? null : Kernel.AnnualFeeDue(dates, asOf),
            route is null ? null : Math.Max(0, route.MaxAttempts - verdict.FailedAttempts),
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

/// <summary>A piece of a prepared evaluation: an activity no rule refused and no duplicate, with its day.</summary>
internal struct DatedPiece
{
    internal int Day;
    internal int Slot;
    internal long Amount;
    internal bool Approved;
    internal bool IsCpr;

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
