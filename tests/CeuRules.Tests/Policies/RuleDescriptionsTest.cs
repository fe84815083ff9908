using System;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.PolicyRules;

/// <summary>
/// Each rule states itself in one sentence with its values (<see cref="PolicyRule.Describe"/>): the
/// built-in ones as the rule pages in docs/credentials show them, and the variants no built-in policy uses.
/// </summary>
public sealed class RuleDescriptionsTest
{
    private static readonly RuleSource Handbook = new("Acme Health HR policy 12, 2024");

    private static string BuiltInRule(string policyId, string ruleId) =>
        PolicyCatalog.BuiltIn.Policies.Single(p => p.PolicyId == policyId).Rules().Single(r => r.RuleId == ruleId).Describe();

    [Theory]
    [InlineData("aama-cma@2020", "aama-cma/expiration", "Current through the last day of the month reached by adding 60 months to the certification date.")]
    [InlineData("amt-rma@2021", "amt-rma/expiration", "Current through the day before the date reached by adding 3 years to the certification date.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/expiration", "Current through the day before the date reached by adding 1 year to the certification date.")]
    public void An_expiration_rule_states_its_convention_and_cycle(string policyId, string ruleId, string sentence) =>
        Assert.Equal(sentence, BuiltInRule(policyId, ruleId));

    [Theory]
    [InlineData("aama-cma@2020", "aama-cma/window", "Activities count when completed from the certification date through expiration, both inclusive.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/window", "Activities count when completed from 1 January of the calendar year before the year of expiration through expiration, both inclusive.")]
    [InlineData("amt-rma@2021", "amt-rma/reactivation-window", "Once expired, while recertification by CE is still allowed, activities count when completed within the 3 years before the application date, through the application date inclusive; the as-of date stands for the application date.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/reactivation-window", "Once expired, while recertification by CE is still allowed, activities count when completed from 1 January of the calendar year before the year of the application date through the application date, both inclusive; the as-of date stands for the application date.")]
    public void A_window_states_where_it_starts_and_ends(string policyId, string ruleId, string sentence) =>
        Assert.Equal(sentence, BuiltInRule(policyId, ruleId));

    [Fact]
    public void A_cycle_window_with_a_look_back_states_the_period_before_expiration()
    {
        var window = new CreditWindowRule("acme-rn/window", Handbook, WindowStart.LookbackFromEnd, Period.FromYears(3));
        Assert.Equal("Activities count when completed within the 3 years before expiration, through expiration inclusive.", window.Describe());
    }

    [Fact]
    public void A_reactivation_window_from_the_certification_date_states_it()
    {
        var window = new ReactivationWindowRule("acme-rn/reactivation-window", Handbook, WindowStart.CertificationDate, null);
        Assert.Equal(
            "Once expired, while recertification by CE is still allowed, activities count when completed from the certification date through the application date, both inclusive; the as-of date stands for the application date.",
            window.Describe());
    }

    [Theory]
    [InlineData("aama-cma@2020", "aama-cma/units", "Credit counts in aama-point; converted from contact-hour, iacet-ceu, college-credit.")]
    [InlineData("nha-ccma@2-year", "nha-ccma/units", "Credit counts in nha-credit; converted from contact-hour, clock-hour, iacet-ceu.")]
    [InlineData("aama-cma@2020", "aama-cma/contact-hour", "1 contact-hour converts to 1 of the policy's unit; it documents 50 minutes.")]
    [InlineData("aama-cma@2020", "aama-cma/college-credit", "1 college-credit converts to 15 of the policy's unit, counted as non-approved; it documents 750 minutes.")]
    [InlineData("amt-rma@2021", "amt-rma/contact-hour", "1 contact-hour converts to 1 of the policy's unit.")]
    [InlineData("nha-ccma@2-year", "nha-ccma/clock-hour", "1 clock-hour converts to 0.5 of the policy's unit.")]
    [InlineData("nha-ccma@2-year", "nha-ccma/duration", "An activity that states no credit this body reads earns one unit per 120 documented minutes, counted exactly (the total time converts, nothing is rounded away).")]
    public void A_unit_rule_states_the_unit_and_its_conversions(string policyId, string ruleId, string sentence) =>
        Assert.Equal(sentence, BuiltInRule(policyId, ruleId));

    [Fact]
    public void A_unit_rule_without_conversions_says_no_other_unit_is_converted()
    {
        var units = new UnitRule("acme-rn/units", Handbook, CreditUnit.ContactHour, ImmutableArray<UnitConversion>.Empty);
        Assert.Equal("Credit counts in contact-hour; no other unit is converted.", units.Describe());
    }

    [Fact]
    public void A_non_approved_conversion_without_implied_minutes_says_only_that()
    {
        var conversion = new UnitConversion("acme-rn/college-credit", Handbook, CreditUnit.CollegeCredit, 12.5m, countsAsNonApproved: true, impliedMinutesPerUnit: null);
        Assert.Equal("1 college-credit converts to 12.5 of the policy's unit, counted as non-approved.", conversion.Describe());
    }

    [Fact]
    public void A_conversion_factor_is_stated_without_trailing_zeros()
    {
        var conversion = new UnitConversion("acme-rn/contact-hour", Handbook, CreditUnit.ContactHour, 1.50m, countsAsNonApproved: false, impliedMinutesPerUnit: null);
        Assert.Equal("1 contact-hour converts to 1.5 of the policy's unit.", conversion.Describe());
    }

    [Fact]
    public void An_amount_of_one_unit_takes_the_singular_name()
    {
        var units = new UnitRule("acme-rn/units", Handbook, CreditUnit.ContactHour, ImmutableArray<UnitConversion>.Empty)
        {
            PluralName = "contact hours",
            SingularName = "contact hour",
        };
        Assert.Equal("1 contact hour", units.Describe(CreditAmount.FromUnits(1)));
        Assert.Equal("2 contact hours", units.Describe(CreditAmount.FromUnits(2)));
        Assert.Equal("0.5 contact hours", units.Describe(CreditAmount.FromDecimal(0.5m)));
    }

    [Theory]
    [InlineData("aama-cma@2020", "aama-cma/categories", "Credit is sorted into general, clinical, administrative; every line must name one.")]
    [InlineData("aama-cma@2020", "aama-cma/total", "At least 60 in total.")]
    [InlineData("aama-cma@2020", "aama-cma/category:clinical", "At least 10 in the clinical category.")]
    [InlineData("aama-cma@2020", "aama-cma/approved", "At least 30 from activities the body approved.")]
    [InlineData("aama-cma@2020", "aama-cma/non-approved-cap", "At most 30 from activities the body did not approve count.")]
    [InlineData("aama-cma@2020", "aama-cma/non-approved-duration", "A non-approved activity must last at least 50 minutes and earns at most one unit per 50 minutes.")]
    [InlineData("aama-cma@2020", "aama-cma/self-study", "A self-study program counts only when completed within 6 months of purchase.")]
    public void A_requirement_or_cap_states_its_amount(string policyId, string ruleId, string sentence) =>
        Assert.Equal(sentence, BuiltInRule(policyId, ruleId));

    [Fact]
    public void Categories_that_no_line_must_name_are_listed_without_the_obligation()
    {
        var categories = new CategoryRule("acme-rn/categories", Handbook, [new Category("safety"), Category.Clinical], required: false);
        Assert.Equal("Credit is sorted into safety, clinical.", categories.Describe());
    }

    [Fact]
    public void A_policy_without_categories_says_so()
    {
        var categories = new CategoryRule("acme-rn/categories", Handbook, [], required: false);
        Assert.Equal("Credit is not sorted into categories.", categories.Describe());
    }

    [Fact]
    public void Approved_cpr_cards_state_their_validity_credit_and_cap()
    {
        Assert.Equal(
            "A 24-month CPR card issued inside the window earns 4 clinical approved credit; at most 3 cards (12). Cards of other validity are flagged for review.",
            BuiltInRule("aama-cma@2020", "aama-cma/cpr-cards"));
    }

    [Fact]
    public void Non_approved_cpr_cards_do_not_say_approved()
    {
        var cards = new CprCardRule("acme-rn/cpr-cards", Handbook, CreditAmount.FromDecimal(1.5m), new Category("safety"), 12, 2, countsAsApproved: false);
        Assert.Equal(
            "A 12-month CPR card issued inside the window earns 1.5 safety credit; at most 2 cards (3). Cards of other validity are flagged for review.",
            cards.Describe());
    }

    [Theory]
    [InlineData("aama-cma@2020", "aama-cma/ce-time-limit", "Recertification by CE is allowed through 90 days after expiration; afterwards only the exam route remains.")]
    [InlineData("aama-cma@pre-2020", "aama-cma/ce-time-limit", "Recertification by CE is allowed through 60 months after expiration; afterwards only the exam route remains.")]
    [InlineData("nha-ccma@2-year", "nha-ccma/ce-time-limit", "Recertification by CE is not allowed after expiration.")]
    [InlineData("aama-cma@2020", "aama-cma/ce-time-limit-transition", "A credential that expired earlier while still inside the preceding CE time limit is treated as if it expired on 2019-12-31.")]
    public void A_ce_time_limit_states_how_long_ce_is_allowed_after_expiration(string policyId, string ruleId, string sentence) =>
        Assert.Equal(sentence, BuiltInRule(policyId, ruleId));

    [Theory]
    [InlineData("aama-cma@2020", "aama-cma/exam", "Pass the exam at least 2 months before expiration, applying at least 30 days before it; 3 attempts, then: ineligible to test or recertify until an accredited medical assisting program is completed again.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/exam", "Recertification by exam once the credential has lapsed: 4 attempts, then: no further attempt is allowed under the NCCT's testing policy; contact the NCCT.")]
    public void An_exam_route_states_its_deadlines_only_when_it_has_them(string policyId, string ruleId, string sentence) =>
        Assert.Equal(sentence, BuiltInRule(policyId, ruleId));

    [Theory]
    [InlineData("aama-cma@2020", "aama-cma/fee-ce", "ce-recertification fee: $65.00 for members, $130.00 for non-members.")]
    [InlineData("aama-cma@2020", "aama-cma/fee-exam", "exam fee: $125.00 for members, $250.00 for non-members.")]
    [InlineData("aama-cma@2020", "aama-cma/fee-reactivation", "reactivation fee: $50.00.")]
    [InlineData("amt-rma@2021", "amt-rma/fee-annual", "annual fee: $50.00.")]
    public void A_fee_states_one_amount_when_members_pay_the_same(string policyId, string ruleId, string sentence) =>
        Assert.Equal(sentence, BuiltInRule(policyId, ruleId));

    [Theory]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/not-accepted", "Not accepted: cpr-card, bls-card, first-aid-card, renewable-certification.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/recurring-training", "The same training of the kind 'employer-training' counts once per 5 years.")]
    [InlineData("amt-rma@2021", "amt-rma/employment-cutoff", "An activity of the kind 'employment' counts only for what was completed through 2020-12-31.")]
    public void A_rule_on_kinds_of_activity_names_them(string policyId, string ruleId, string sentence) =>
        Assert.Equal(sentence, BuiltInRule(policyId, ruleId));

    [Fact]
    public void A_period_of_several_parts_is_stated_part_by_part()
    {
        var training = new RecurringTrainingRule("acme-rn/recurring-training", Handbook, LearningActivityKind.EmployerTraining, Period.FromYears(1) + Period.FromMonths(6));
        Assert.Equal("The same training of the kind 'employer-training' counts once per 1 year and 6 months.", training.Describe());
    }

    [Fact]
    public void A_rule_formats_as_its_id_and_its_statement()
    {
        var total = new TotalMinimum("acme-rn/total", Handbook, CreditAmount.FromDecimal(12.5m));
        Assert.Equal("acme-rn/total: At least 12.5 in total.", total.ToString());
    }

    [Fact]
    public void A_confirmed_source_formats_as_its_citation()
    {
        Assert.Equal("Acme Health HR policy 12, 2024", Handbook.ToString());
    }

    [Fact]
    public void An_unconfirmed_source_is_marked_so()
    {
        var source = new RuleSource("A blog post on Acme Health", confirmed: false, note: "Not confirmed by Acme Health.");
        Assert.Equal("A blog post on Acme Health (unconfirmed)", source.ToString());
    }

    [Fact]
    public void Every_built_in_rule_states_itself_in_one_sentence()
    {
        Assert.All(PolicyCatalog.BuiltIn.Policies.SelectMany(p => p.Rules()), rule =>
        {
            string sentence = rule.Describe();
            Assert.False(string.IsNullOrWhiteSpace(sentence), rule.RuleId);
            Assert.EndsWith(".", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", sentence, StringComparison.Ordinal);
            Assert.Equal($"{rule.RuleId}: {sentence}", rule.ToString());
        });
    }
}
