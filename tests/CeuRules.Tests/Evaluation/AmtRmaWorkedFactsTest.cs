using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>The RMA (AMT) rules of RULES.md, one worked fact at a time.</summary>
public sealed class AmtRmaWorkedFactsTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static Certification Rma(LocalDate on) => new(Credential.AmtRma, on);

    private static LearningActivity Ccp(string id, LocalDate on, decimal points, LearningActivityKind? kind = null) =>
        new(id, kind ?? LearningActivityKind.Course, on) { Title = "CCP " + id, Credits = [Line(points, null!, approved: false, unit: CreditUnit.AmtCcpPoint)] };

    private static CertificationEvaluation Eval(LocalDate certifiedOn, LocalDate asOf, params LearningActivity[] activities) =>
        Evaluator.Evaluate(Rma(certifiedOn), T(activities), asOf);

    [Theory]
    [InlineData(2022, 5, 2, 2025, 5, 1)]
    [InlineData(2020, 2, 29, 2023, 2, 28)] // from a leap day: the anniversary falls on 28 February
    [InlineData(2021, 1, 1, 2023, 12, 31)]
    public void A_cycle_is_3_years_from_the_certification_anniversary(int y, int m, int d, int ey, int em, int ed)
    {
        var result = Eval(D(y, m, d), D(y, m, d));
        Assert.Equal(D(ey, em, ed), result.ExpiresOn);
        Assert.Equal(new DateInterval(D(y, m, d), D(ey, em, ed)), result.Window);
        Assert.Equal(CreditAmount.FromUnits(30), Assert.Single(result.Requirements).Required);
    }

    [Fact]
    public void Thirty_ccp_points_in_the_cycle_are_met_and_nothing_from_before_the_start_counts()
    {
        var start = D(2022, 5, 2);
        var result = Eval(start, D(2024, 1, 1), Ccp("before", start.PlusDays(-1), 10), Ccp("a", D(2022, 6, 1), 20), Ccp("b", D(2023, 6, 1), 10));
        Assert.Equal(CertificationStatus.RequirementsMet, result.Status);
        Assert.Equal(CreditAmount.FromUnits(30), Assert.Single(result.Requirements).Counted);
        var before = result.Activities.Single(a => a.ActivityId == "before");
        Assert.Equal(NotCountedReason.OutsideWindow, Assert.Single(before.NotCounted).Reason);
    }

    [Fact]
    public void Surplus_does_not_carry_into_the_next_cycle()
    {
        // 45 points in the first cycle; the next cycle starts on the recertification date with nothing.
        var next = Eval(D(2025, 5, 2), D(2025, 6, 1), Ccp("a", D(2022, 6, 1), 45));
        Assert.Equal(CreditAmount.FromUnits(30), Assert.Single(next.Requirements).Shortfall);
        Assert.Equal(NotCountedReason.OutsideWindow, Assert.Single(next.Activities[0].NotCounted).Reason);
    }

    [Fact]
    public void From_2021_employment_counts_only_for_work_through_2020_12_31()
    {
        var result = Eval(D(2019, 3, 1), D(2021, 6, 1),
            Ccp("work-2020", D(2020, 12, 31), 5, LearningActivityKind.Employment), Ccp("work-2021", D(2021, 1, 1), 5, LearningActivityKind.Employment));
        Assert.Equal("amt-rma@2021", result.Policy.PolicyId);
        Assert.Equal(CreditAmount.FromUnits(5), result.Activities[0].CountedTotal);
        var refused = Assert.Single(result.Activities[1].NotCounted);
        Assert.Equal((NotCountedReason.NotAccepted, "amt-rma/employment-cutoff"), (refused.Reason, refused.RuleId));
    }

    [Fact]
    public void A_cycle_that_expired_before_2021_is_governed_by_the_earlier_version_where_employment_counts()
    {
        var result = Eval(D(2017, 3, 1), D(2019, 6, 1), Ccp("work", D(2019, 1, 1), 5, LearningActivityKind.Employment));
        Assert.Equal("amt-rma@pre-2021", result.Policy.PolicyId);
        Assert.Equal(CreditAmount.FromUnits(5), result.Activities[0].CountedTotal);
    }

    [Fact]
    public void The_50_dollar_annual_fee_of_the_AMT_s_own_page_is_due_in_the_anniversary_month()
    {
        var result = Eval(D(2024, 5, 2), D(2026, 11, 23));
        var fee = Assert.Single(result.Fees);
        Assert.Equal((FeeKind.Annual, Money.FromDollars(50)), (fee.Kind, fee.Amount));
        var due = result.Deadlines.Single(d => d.Kind == DeadlineKind.AnnualFee);
        Assert.Equal(D(2027, 5, 31), due.Date);
        Assert.Equal(D(2026, 5, 31), Evaluator.Evaluate(Rma(D(2024, 5, 2)), Transcript.Empty, D(2026, 5, 2)).Deadlines.Single(d => d.Kind == DeadlineKind.AnnualFee).Date);
    }

    [Fact]
    public void Decertified_at_the_cycle_end_then_reactivated_by_30_points_all_within_the_3_years_before_the_application()
    {
        // Expired 2023-05-01; applying on 2026-11-23, points from 2023-11-23 on count, whatever the old cycle.
        var start = D(2020, 5, 2);
        var asOf = D(2026, 11, 23);
        var result = Eval(start, asOf, Ccp("old", D(2023, 11, 22), 10), Ccp("a", D(2023, 11, 23), 15), Ccp("b", D(2026, 11, 1), 15));
        Assert.Equal(D(2023, 5, 1), result.ExpiresOn);
        Assert.Equal(new DateInterval(D(2023, 11, 23), asOf), result.Window);
        Assert.Equal(CertificationStatus.RequirementsMet, result.Status);
        Assert.Equal("amt-rma/reactivation-window", Assert.Single(result.Activities[0].NotCounted).RuleId);

        var short1 = Eval(start, asOf, Ccp("a", D(2023, 11, 23), 15));
        Assert.Equal(CertificationStatus.WithinCeTimeLimit, short1.Status);
        Assert.Contains("You can reactivate it until 2033-05-01", short1.StatusExplanation, System.StringComparison.Ordinal);
        Assert.Equal(NextAction.Reactivate, short1.NextStep.Action);
        Assert.Equal(D(2033, 5, 1), short1.NextStep.By);
        Assert.Equal(D(2033, 5, 1), short1.LastCeDay);
        Assert.Equal(short1.LastCeDay, short1.Plan.CompleteBy);
    }

    [Fact]
    public void Lapsed_10_years_or_more_only_the_exam_remains()
    {
        var start = D(2010, 5, 2); // expired 2013-05-01
        Assert.Equal(CertificationStatus.WithinCeTimeLimit, Eval(start, D(2023, 5, 1)).Status);
        var lapsed = Eval(start, D(2023, 5, 2), Ccp("a", D(2023, 1, 1), 30));
        Assert.Equal(CertificationStatus.LapsedExamRequired, lapsed.Status);
        Assert.True(lapsed.Plan.IsEmpty);
    }

    [Fact]
    public void Contact_hours_convert_one_to_one_and_an_iacet_ceu_to_ten_points()
    {
        var course = new LearningActivity("c", LearningActivityKind.Course, D(2023, 1, 1)) { Credits = [Line(2.5m, null!, unit: CreditUnit.ContactHour)] };
        var ceu = new LearningActivity("u", LearningActivityKind.Course, D(2023, 2, 1)) { Credits = [Line(1.5m, null!, unit: CreditUnit.IacetCeu)] };
        var result = Eval(D(2022, 5, 2), D(2024, 1, 1), course, ceu);
        Assert.Equal(CreditAmount.FromDecimal(2.5m), result.Activities[0].CountedTotal);
        Assert.Equal(CreditAmount.FromUnits(15), result.Activities[1].CountedTotal);
    }
}
