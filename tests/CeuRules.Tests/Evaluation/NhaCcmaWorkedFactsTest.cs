using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>The CCMA (NHA) rules of RULES.md, one worked fact at a time.</summary>
public sealed class NhaCcmaWorkedFactsTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static CertificationEvaluation Eval(LocalDate certifiedOn, LocalDate asOf, params LearningActivity[] activities) =>
        Evaluator.Evaluate(new Certification(Credential.NhaCcma, certifiedOn), T(activities), asOf);

    private static LearningActivity Timed(string id, LocalDate on, int minutes, params CreditLine[] credits) =>
        new(id, LearningActivityKind.Course, on) { Title = "Course " + id, DurationMinutes = minutes, Credits = [.. credits] };

    [Fact]
    public void A_cycle_is_2_years_and_needs_10_nha_credits()
    {
        var result = Eval(D(2025, 1, 15), D(2025, 2, 1));
        Assert.Equal(D(2027, 1, 14), result.ExpiresOn);
        var total = Assert.Single(result.Requirements);
        Assert.Equal(("total", CreditAmount.FromUnits(10)), (total.RequirementId, total.Required));
        Assert.Equal("10 NHA credits", CeuRules.Explanations.Explainer.English.Amount(total.Shortfall, result.Policy));
    }

    [Theory]
    [InlineData(120, 1.00)] // 2 documented hours make 1 credit
    [InlineData(90, 0.75)]
    [InlineData(1200, 10.00)]
    public void Two_documented_hours_make_one_credit(int minutes, decimal credits)
    {
        var result = Eval(D(2025, 1, 15), D(2026, 1, 1), Timed("a", D(2025, 6, 1), minutes));
        Assert.Equal(CreditAmount.FromDecimal(credits), result.Activities[0].CountedTotal);
        Assert.Contains(result.Activities[0].Notes, n => n.RuleId == "nha-ccma/duration" && n.Code == DecisionCodes.ConvertedFromDuration);
    }

    [Fact]
    public void Time_converts_exactly_and_is_never_rounded_away()
    {
        // 59 minutes are exactly 59/120 of a credit, not 0.49.
        var single = Eval(D(2025, 1, 15), D(2026, 1, 1), Timed("a", D(2025, 6, 1), 59));
        Assert.Equal(CreditAmount.FromFraction(59, 120), single.Activities[0].CountedTotal);
        Assert.Equal("0.49", single.Activities[0].CountedTotal.ToString());

        // Twelve activities of 100 minutes are 1,200 minutes: exactly 10 credits, and the cycle is met.
        var twelve = Eval(D(2025, 1, 15), D(2026, 1, 1), Enumerable.Range(1, 12).Select(i => Timed("t" + i, D(2025, 2, i), 100)).ToArray());
        Assert.Equal(CreditAmount.FromUnits(10), twelve.Requirements[0].Counted);
        Assert.Equal(CertificationStatus.RequirementsMet, twelve.Status);
        Assert.True(twelve.Plan.IsEmpty);
    }

    [Fact]
    public void Credit_stated_in_nha_credits_is_taken_as_stated_and_an_iacet_ceu_is_10_contact_hours_or_5_credits()
    {
        var stated = Timed("a", D(2025, 6, 1), 600, Line(2, null!, unit: CreditUnit.NhaCredit));
        var ceu = new LearningActivity("u", LearningActivityKind.Course, D(2025, 7, 1)) { Credits = [Line(0.5m, null!, unit: CreditUnit.IacetCeu)] };
        var result = Eval(D(2025, 1, 15), D(2026, 1, 1), stated, ceu);
        Assert.Equal(CreditAmount.FromUnits(2), result.Activities[0].CountedTotal);
        Assert.Equal(CreditAmount.FromDecimal(2.5m), result.Activities[1].CountedTotal);
    }

    [Fact]
    public void Credit_stated_beyond_what_the_documented_hours_support_is_over_the_cap()
    {
        var decision = Eval(D(2025, 1, 15), D(2026, 1, 1), Timed("a", D(2025, 6, 1), 60, Line(2, null!, unit: CreditUnit.NhaCredit))).Activities[0];
        Assert.Equal(CreditAmount.FromDecimal(0.5m), decision.CountedTotal);
        Assert.Equal((NotCountedReason.OverCap, "nha-ccma/duration"), (decision.NotCounted[0].Reason, decision.NotCounted[0].RuleId));
    }

    [Fact]
    public void An_activity_without_credit_it_reads_or_a_duration_is_refused_as_unknown_unit()
    {
        var result = Eval(D(2025, 1, 15), D(2026, 1, 1),
            new LearningActivity("p", LearningActivityKind.Course, D(2025, 6, 1)) { Credits = [Line(3, "clinical", unit: CreditUnit.AamaPoint)] });
        var refused = Assert.Single(result.Activities[0].NotCounted);
        Assert.Equal((NotCountedReason.UnknownUnit, "nha-ccma/units"), (refused.Reason, refused.RuleId));
        Assert.Contains("credit only in AAMA points", refused.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("aama-point", refused.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_documented_duration_is_read_from_its_first_minute_when_no_line_is_in_nha_credits(int minutes)
    {
        var activity = new LearningActivity("p", LearningActivityKind.Course, D(2025, 6, 1)) { DurationMinutes = minutes, Credits = [Line(3, "clinical", unit: CreditUnit.AamaPoint)] };
        var result = Eval(D(2025, 1, 15), D(2026, 1, 1), activity);
        var decision = result.Activities[0];
        if (minutes == 0)
        {
            Assert.Equal(NotCountedReason.UnknownUnit, Assert.Single(decision.NotCounted).Reason);
            Assert.Empty(decision.Counted);
        }
        else
        {
            Assert.Empty(decision.NotCounted);
            Assert.Equal(CreditAmount.FromFraction(minutes, 120), decision.CountedTotal);
            var duration = result.Policy.Units.FromDuration!;
            Assert.Contains(decision.Notes, n => n.Code == DecisionCodes.ConvertedFromDuration && n.RuleId == duration.RuleId && n.Source == duration.Source);
        }
    }

    [Fact]
    public void Nothing_carries_over_and_there_is_no_ce_time_limit_by_default()
    {
        var start = D(2023, 1, 15); // expires 2025-01-14
        var result = Eval(start, D(2025, 1, 15), Timed("a", D(2023, 3, 1), 600), Timed("late", D(2025, 1, 15), 1200));
        Assert.Equal(D(2025, 1, 14), result.LastCeDay);
        Assert.Equal(CertificationStatus.LapsedExamRequired, result.Status);
        Assert.Equal(NotCountedReason.OutsideWindow, Assert.Single(result.Activities[1].NotCounted).Reason);
        Assert.Null(result.Policy.CeTimeLimit.Length);
    }

    [Fact]
    public void The_179_dollar_renewal_fee_applies_to_members_and_non_members()
    {
        var fee = Assert.Single(Eval(D(2025, 1, 15), D(2025, 2, 1)).Fees);
        Assert.Equal((FeeKind.CeRecertification, Money.FromDollars(179)), (fee.Kind, fee.Amount));
        Assert.False(fee.Rule.Source.Confirmed);
    }
}
