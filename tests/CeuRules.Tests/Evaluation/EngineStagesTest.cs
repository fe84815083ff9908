using System;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Evaluation.Engine;
using CeuRules.Model;
using CeuRules.Policies.BuiltIn;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// Each stage of the flow on its own: the dates, admission, the kernel's decision on sums, and the
/// assignment of pieces that reads it. The end-to-end tests and properties hold them together.
/// </summary>
public sealed class EngineStagesTest
{
    private static PreparedPolicy Cma2020 => new(AamaCma.From2020);

    private static PreparedPolicy Nha => new(NhaCcma.Versions[0]);

    [Fact]
    public void Dates_alone_follow_the_month_end_convention_and_the_90_day_limit()
    {
        var dates = CycleDates.For(AamaCma.Versions, Cma(D(2021, 2, 10)));
        Assert.Equal(D(2026, 2, 28), dates.Expiration);
        Assert.Equal(D(2021, 2, 10), dates.WindowStart);
        Assert.Equal(D(2026, 5, 29), dates.LastCeDay);
    }

    [Fact]
    public void Admission_alone_turns_time_into_exact_parts_and_refusals_into_codes()
    {
        var prepared = Nha;
        Assert.Equal(6, prepared.PartsPerHundredth); // one credit per 120 minutes: a minute is 5/6 of a hundredth
        var compiled = new CompiledTranscript();
        var workspace = Workspace.Current;
        var activities = ImmutableArray.Create(
            new LearningActivity("t", LearningActivityKind.Course, D(2025, 3, 1)) { DurationMinutes = 100 },
            new LearningActivity("x", LearningActivityKind.Course, D(2025, 3, 2)) { Credits = [new CreditLine(CreditAmount.FromUnits(1), CreditUnit.CollegeCredit)] });
        Admission.Compile(prepared, activities, compiled, workspace, explain: true);
        workspace.Release();

        Assert.Equal(1, compiled.Entries[0].PieceCount);
        Assert.Equal(500, compiled.Pieces[compiled.Entries[0].PieceStart].Amount); // 100/120 of a credit = 83 1/3 hundredths = 500 parts
        Assert.Equal(CreditAmount.FromFraction(5, 6), prepared.Amount(compiled.Entries[0].Submitted));
        Assert.True(compiled.Entries[1].RefusedBeforeDates);
        var refusal = compiled.Refusals[compiled.Entries[1].RefusalStart];
        Assert.Equal((NotCountedReason.UnknownUnit, DecisionCodes.UnknownUnit), (refusal.Reason, refusal.Code));
        Assert.Equal("college-credit", Assert.Single(refusal.Arguments.Get(ArgumentKeys.StatedUnits)));
    }

    [Theory]
    [InlineData(40, 0)]
    [InlineData(20, 10)]
    public void The_kernel_alone_decides_status_shortfalls_and_the_least_plan_from_sums(int approvedGeneral, int planApproved)
    {
        var prepared = Cma2020;
        var certification = Cma(D(2021, 2, 10));
        var dates = CycleDates.For(AamaCma.Versions, certification).AsOf(D(2025, 6, 1));
        CreditPiece[] pieces =
        [
            Piece(category: 0, Hundredths(prepared, approvedGeneral), approved: true), // general is category 0
            Piece(category: 0, Hundredths(prepared, 30), approved: false),
        ];

        var verdict = Kernel.Decide(prepared, dates, certification, D(2025, 6, 1), pieces, new long[5 * Kernel.StackSlots]);

        Assert.Equal(CertificationStatus.InProgress, verdict.Status);
        Assert.Equal(Hundredths(prepared, approvedGeneral + 30), verdict.Total);
        Assert.Equal(Hundredths(prepared, planApproved), verdict.PlanApproved);
        Assert.Equal(Hundredths(prepared, Math.Max(20, 30 - approvedGeneral)), verdict.PlanTotal);
        Assert.Equal(0, verdict.Shortfalls[1]); // general met
        Assert.Equal(Hundredths(prepared, 10), verdict.Shortfalls[2]); // clinical short 10
    }

    [Fact]
    public void The_kernel_alone_counts_at_most_three_cpr_cards_and_gives_the_cap_room_to_categories_short_first()
    {
        var prepared = Cma2020;
        var certification = Cma(D(2021, 2, 10));
        var dates = CycleDates.For(AamaCma.Versions, certification).AsOf(D(2025, 6, 1));
        var card = Piece(category: 1, prepared.CprValue, approved: true) with { IsCpr = true };
        CreditPiece[] pieces =
        [
            card, card, card, card,
            Piece(category: 0, Hundredths(prepared, 40), approved: false), // general, non-approved
            Piece(category: 2, Hundredths(prepared, 5), approved: false), // administrative, non-approved
            Piece(category: 0, Hundredths(prepared, 50), approved: true) with { Live = false }, // a duplicate: never tallied
            Piece(category: 0, Hundredths(prepared, 50), approved: true) with { Day = DayNumber.Of(D(2025, 6, 2)) }, // after the as-of date
        ];

        var verdict = Kernel.Decide(prepared, dates, certification, D(2025, 6, 1), pieces, new long[5 * Kernel.StackSlots]);

        Assert.Equal(Hundredths(prepared, 12), verdict.Cpr);
        Assert.Equal(Hundredths(prepared, 4), verdict.CprExcluded);
        Assert.Equal(Hundredths(prepared, 30), verdict.NonApproved);
        Assert.Equal(Hundredths(prepared, 15), verdict.NonApprovedExcluded);
        Assert.Equal(Hundredths(prepared, 42), verdict.Total); // neither the duplicate nor the piece after the as-of date is tallied
        Assert.Equal(Hundredths(prepared, 10), verdict.Taken[1]); // general takes only what its minimum needs first
        Assert.Equal(Hundredths(prepared, 5), verdict.Taken[3]); // administrative takes all it has
    }

    [Fact]
    public void The_assignment_alone_reads_the_kernel_and_takes_pieces_in_canonical_order()
    {
        var prepared = Cma2020;
        var certification = Cma(D(2021, 2, 10));
        var asOf = D(2025, 6, 1);
        var activities = ImmutableArray.Create(
            NonApproved("late", D(2024, 1, 2), 20, "general", 1200),
            NonApproved("early", D(2023, 1, 2), 20, "general", 1200),
            NonApproved("admin", D(2023, 5, 2), 20, "administrative", 1200));
        var workspace = Workspace.Current;
        Admission.Compile(prepared, activities, workspace.Compiled, workspace, explain: true);
        var gates = new Admission.GateResult[activities.Length];
        var taken = new long[prepared.CategorySlots];
        taken[1] = Hundredths(prepared, 10);
        taken[3] = Hundredths(prepared, 10);
        var allocated = Allocation.Assign(prepared, workspace.Compiled, gates, activities, workspace, taken);
        var refusals = workspace.CapRefusals.ToArray();
        workspace.Release();

        // The cap of 30: 10 general from the earliest, 10 administrative, then 10 more in canonical order (the earliest again).
        Assert.Equal(Hundredths(prepared, 0), allocated.Counted[0]);
        Assert.Equal(Hundredths(prepared, 20), allocated.Counted[1]);
        Assert.Equal(Hundredths(prepared, 10), allocated.Counted[2]);
        Assert.Equal([0, 2], refusals.Select(refusal => refusal.Activity));
        Assert.Equal(DecisionCodes.NonApprovedOverCap, refusals[0].Credit.Code);
        Assert.Equal(CreditAmount.FromUnits(20), refusals[0].Credit.Amount);
        Assert.Equal(CreditAmount.FromUnits(10), refusals[1].Credit.Amount);
        Assert.Empty(workspace.CapRefusals);
    }

    /// <summary>A piece of a live activity completed inside the 2021 CMA cycle, before the as-of date of these tests.</summary>
    private static CreditPiece Piece(int category, long amount, bool approved) =>
        new() { CategoryIndex = category, Amount = amount, Approved = approved, Live = true, Day = DayNumber.Of(D(2024, 1, 2)) };

    private static long Hundredths(PreparedPolicy prepared, int units) => prepared.Parts(CreditAmount.FromUnits(units));
}
