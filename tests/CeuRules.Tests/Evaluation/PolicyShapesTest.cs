using System;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Evaluation.Engine;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// Policy shapes no built-in policy has, at the engine's limits: CPR cards that count as non-approved
/// credit (and so under the non-approved cap), and the exact resolution a policy's divisors need, accepted
/// up to the most a hundredth is divided into and refused one step beyond.
/// </summary>
public sealed class PolicyShapesTest
{
    private static readonly RuleSource Memo = new("Test memo");

    /// <summary>The CMA policy, its CPR cards counting as non-approved credit.</summary>
    private static CredentialPolicy CardsNotApproved() => AamaCma.From2020.Revise("2020-cards", AamaCma.From2020.EffectiveFrom, null,
        [new CprCardRule("aama-cma/cpr-cards", Memo, CreditAmount.FromUnits(4), Category.Clinical, 24, 3, countsAsApproved: false)]);

    [Fact]
    public void Cards_that_count_as_non_approved_share_the_cap_with_other_non_approved_credit()
    {
        var evaluator = new CertificationEvaluator(new PolicyCatalog([CardsNotApproved()]));
        var certification = Cma(D(2021, 2, 10));
        var transcript = T(
            Cpr("card1", D(2022, 1, 1)), Cpr("card2", D(2022, 1, 2)), Cpr("card3", D(2022, 1, 3)), Cpr("card4", D(2022, 1, 4)),
            NonApproved("outside", D(2022, 2, 1), 30, "general", 1800));
        var asOf = D(2025, 6, 1);

        var result = evaluator.Evaluate(certification, transcript, asOf);

        RequirementOutcome Row(string id) => result.Requirements.Single(r => r.RequirementId == id);
        Assert.Equal((CreditAmount.FromUnits(30), CreditAmount.FromUnits(12)), (Row(NonApprovedCap.Id).Counted, Row(NonApprovedCap.Id).Excluded));
        Assert.Equal((CreditAmount.FromUnits(12), CreditAmount.FromUnits(4)), (Row(CprCardRule.Id).Counted, Row(CprCardRule.Id).Excluded));
        Assert.Equal(CreditAmount.FromUnits(30), Row("total").Counted);
        Assert.True(Row("category:clinical").IsMet); // the cap's room went first to the categories short
        Assert.True(Row("category:general").IsMet);
        Assert.Equal(DecisionCodes.CprOverCap, Assert.Single(result.Activities[3].NotCounted).Code);
        var card = result.Activities[0].Counted.First();
        Assert.False(card.Approved);
        Assert.Contains(NonApprovedCap.Id, card.CountsToward);
        Assert.Contains(CprCardRule.Id, card.CountsToward);
        Assert.Equal(
            CreditAmount.FromUnits(12),
            result.Activities.SelectMany(a => a.NotCounted).Where(n => n.Code == DecisionCodes.NonApprovedOverCap).Aggregate(CreditAmount.Zero, (sum, n) => sum + n.Amount));
        Assert.Equal(Row("total").Counted, result.Activities.Aggregate(CreditAmount.Zero, (sum, a) => sum + a.CountedTotal));

        var summary = evaluator.Summarize(certification, transcript, asOf, out ImmutableArray<RequirementSummary> rows);
        Assert.Equal(result.Requirements.Select(r => (r.RequirementId, r.Shortfall, r.Excluded)), rows.Select(r => (r.RequirementId, r.Shortfall, r.Excluded)));
        Assert.Equal(Row("total").Counted, summary.Counted);
    }

    [Fact]
    public void A_hundredth_divided_into_a_million_parts_is_the_finest_resolution_accepted()
    {
        // 160,000 and 390,625 minutes per unit need 1,600 and 15,625 parts to the hundredth: a million together.
        var finest = Timed(160_000, 390_625);
        Assert.Equal(CreditAmount.MaxPartsPerHundredth, new PreparedPolicy(finest).PartsPerHundredth);
        var evaluator = new CertificationEvaluator(new PolicyCatalog([finest]));
        Assert.True(evaluator.Evaluate(new Certification(TestPolicies.ClinicCredential, D(2024, 1, 1)), T(), D(2024, 6, 1)).Activities.IsEmpty);

        var tooFine = Timed(999_979, 999_983);
        var refused = Assert.Throws<ArgumentException>(() => new CertificationEvaluator(new PolicyCatalog([tooFine])));
        Assert.Equal("policy", refused.ParamName);
        Assert.Contains($"needs a hundredth divided into {999_979L * 999_983L} parts, more than 1000000", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_finer_than_the_policys_resolution_is_refused_not_rounded()
    {
        var prepared = new PreparedPolicy(AamaCma.From2020);
        Assert.Equal(1, prepared.PartsPerHundredth);
        var refused = Assert.Throws<ArgumentException>(() => prepared.Parts(CreditAmount.FromFraction(1, 3)));
        Assert.Equal("amount", refused.ParamName);
        Assert.Contains("needs a hundredth divided into 3 parts", refused.Message, StringComparison.Ordinal);
        Assert.Equal(250, prepared.Parts(CreditAmount.FromDecimal(2.5m)));
    }

    [Fact]
    public void A_policy_without_minimums_is_met_from_the_first_day_by_its_window()
    {
        var credential = new Credential("no-minimum-ma", new CertifyingBody("no-minimum", "NOM", "No Minimum Board"), "NM-CE", "A credential that asks for no credit");
        var policy = new CredentialPolicy(credential, "2024", NodaTime.LocalDate.MinIsoValue,
            new ExpirationRule("no-minimum-ma/expiration", Memo, NodaTime.Period.FromYears(1), ExpirationConvention.DayBeforeAnniversary),
            new CreditWindowRule("no-minimum-ma/window", Memo),
            new UnitRule("no-minimum-ma/units", Memo, CreditUnit.ContactHour, []),
            new CeTimeLimit("no-minimum-ma/ce-time-limit", Memo, NodaTime.Period.FromDays(30)));
        var evaluator = new CertificationEvaluator(new PolicyCatalog([policy]));

        var result = evaluator.Evaluate(new Certification(credential, D(2024, 1, 1)), T(), D(2024, 1, 2));

        Assert.Equal(CertificationStatus.RequirementsMet, result.Status);
        Assert.Same(policy.Window, result.StatusRule);
        Assert.True(result.Plan.IsEmpty);
        Assert.Equal(NextAction.Apply, result.NextStep.Action);
        Assert.Empty(result.Requirements);
    }

    [Fact]
    public void Only_a_gate_that_refuses_has_a_refusal()
    {
        var prepared = new PreparedPolicy(AamaCma.From2020);
        var certification = Cma(D(2021, 2, 10));
        var dates = CycleDates.For(AamaCma.Versions, certification);
        var activities = ImmutableArray.Create(Approved("a", D(2022, 1, 1), 1, "general"));
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Admission.GateRefusal(Admission.GateResult.Passed, prepared, dates, activities, 0, new ActivityEntry { DuplicateOf = -1 }, D(2025, 6, 1)));
        Assert.Equal("result", refused.ParamName);
    }

    /// <summary>The custom clinic policy reading durations at one unit per <paramref name="fromDuration"/> minutes, and non-approved credit at one per <paramref name="nonApproved"/>.</summary>
    private static CredentialPolicy Timed(int fromDuration, int nonApproved) => TestPolicies.Custom[0].Revise("2024-timed", TestPolicies.Custom[0].EffectiveFrom, null,
    [
        new UnitRule("example-clinic-ma/units", Memo, CreditUnit.ContactHour, []) { FromDuration = new DurationConversion("example-clinic-ma/duration", Memo, fromDuration) },
        new NonApprovedDurationRule("example-clinic-ma/non-approved-duration", Memo, 50, nonApproved),
    ]);
}
