using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.PolicyRules;

/// <summary><see cref="CredentialPolicy.Revise"/>: a later version is the earlier one with the changed rules in place of the ones they replace.</summary>
public sealed class PolicyRevisionTest
{
    private static readonly RuleSource Memo = new("Example Clinic, memo 3: changes from 2025") { Authority = SourceAuthority.Body, Document = "Memo 3" };
    private static readonly CredentialPolicy Earlier = TestPolicies.Custom[0];
    private static readonly LocalDate From2025 = new(2025, 1, 1);

    private const string P = "example-clinic-ma/";

    private sealed class OtherRule() : PolicyRule(P + "other", Memo)
    {
    }

    [Fact]
    public void Without_changes_a_revision_has_the_same_rules_under_its_own_name_date_and_summary()
    {
        var later = Earlier.Revise("2025", From2025, "Nothing changed.", []);
        Assert.Equal(("example-clinic-ma@2025", From2025, "Nothing changed."), (later.PolicyId, later.EffectiveFrom, later.Summary));
        Assert.Equal(Earlier.Rules(), later.Rules(), ReferenceEqualityComparer.Instance);
        Assert.Null(AmtRma.Before2021.Revise("2030", new LocalDate(2030, 1, 1), null, []).Summary);
    }

    [Fact]
    public void A_single_part_is_replaced_by_its_type_and_everything_else_is_kept()
    {
        var limit = new CeTimeLimit(P + "ce-time-limit", Memo, Period.FromDays(60));
        var total = new TotalMinimum(P + "total", Memo, CreditAmount.FromUnits(14));
        var later = Earlier.Revise("2025", From2025, null, [limit, total]);
        Assert.Same(limit, later.CeTimeLimit);
        Assert.Same(total, later.Requirements[0]);
        Assert.Equal(Earlier.Requirements.Length, later.Requirements.Length);
        Assert.Same(Earlier.Requirements[1], later.Requirements[1]);
        Assert.Same(Earlier.Units, later.Units);
        Assert.Same(Earlier.NonApprovedCap, later.NonApprovedCap);
        Assert.Equal(CreditAmount.FromUnits(12), ((TotalMinimum)Earlier.Requirements[0]).Minimum);
    }

    [Fact]
    public void A_requirement_cutoff_or_fee_of_a_new_id_or_kind_is_added_at_the_end()
    {
        var fee = new FeeRule(P + "fee-annual", Memo, FeeKind.Annual, Money.FromDollars(20), Money.FromDollars(30));
        var cutoff = new ActivityCutoffRule(P + "employment-cutoff", Memo, LearningActivityKind.Employment, new LocalDate(2024, 12, 31));
        var general = new CategoryMinimum(P + "category:clinical", Memo, Category.Clinical, CreditAmount.FromUnits(3));
        var later = Earlier.Revise("2025", From2025, null, [fee, cutoff, general]);
        Assert.Same(fee, Assert.Single(later.Fees));
        Assert.Same(cutoff, Assert.Single(later.Cutoffs));
        Assert.Same(general, later.Requirements[^1]);
        Assert.Equal(Earlier.Requirements.Length + 1, later.Requirements.Length);

        var cheaper = new FeeRule(P + "fee-annual-2026", Memo, FeeKind.Annual, Money.FromDollars(10), Money.FromDollars(10));
        var again = later.Revise("2026", new LocalDate(2026, 1, 1), null, [cheaper]);
        Assert.Same(cheaper, Assert.Single(again.Fees));
        _ = new PolicyCatalog([Earlier, later, again]);
    }

    [Fact]
    public void Every_optional_part_can_be_set_by_a_revision()
    {
        var later = Earlier.Revise("2025", From2025, null,
        [
            new ExpirationRule(P + "expiration", Memo, Period.FromYears(2), ExpirationConvention.EndOfMonth),
            new CreditWindowRule(P + "window", Memo, WindowStart.CalendarYearBeforeEnd, null),
            new CategoryRule(P + "categories", Memo, [Category.Clinical, new Category("safety")], required: true),
            new UnitRule(P + "units", Memo, CreditUnit.ContactHour, []),
            new NonApprovedCap(P + "non-approved-cap", Memo, CreditAmount.FromUnits(2)),
            new CprCardRule(P + "cpr-cards", Memo, CreditAmount.FromUnits(1), Category.Clinical, 24, 1, countsAsApproved: false),
            new NonApprovedDurationRule(P + "non-approved-duration", Memo, 30, 60),
            new SelfStudyRule(P + "self-study", Memo, LearningActivityKind.SelfStudy, Period.FromMonths(3)),
            new ReactivationWindowRule(P + "reactivation-window", Memo, WindowStart.LookbackFromEnd, Period.FromYears(1)),
            new NotAcceptedKindsRule(P + "not-accepted", Memo, [LearningActivityKind.Employment]),
            new RecurringTrainingRule(P + "recurring-training", Memo, LearningActivityKind.EmployerTraining, Period.FromYears(1)),
            new ExamRoute(P + "exam", Memo, 2, "retake the course."),
        ]);
        Assert.All(later.Rules().Where(r => r.RuleId != P + "ce-time-limit" && !r.RuleId.StartsWith(P + "category:", StringComparison.Ordinal)
                                           && r.RuleId is not (P + "total" or P + "approved")),
            r => Assert.Same(Memo, r.Source));
        Assert.Equal(2, later.ExamRoute!.MaxAttempts);
        Assert.Equal(Period.FromYears(2), later.Expiration.CycleLength);
    }

    [Fact]
    public void Bad_changes_are_refused_naming_the_rule()
    {
        Assert.Throws<ArgumentNullException>(() => Earlier.Revise("2025", From2025, null, null!));
        Assert.Throws<ArgumentNullException>(() => Earlier.Revise(null!, From2025, null, []));
        Assert.Throws<ArgumentException>(() => Earlier.Revise("Not An Id", From2025, null, []));
        Assert.Throws<ArgumentException>(() => Earlier.Revise("2025", From2025, null, [null!]));

        var conversion = new UnitConversion(P + "clock-hour", Memo, CreditUnit.ClockHour, 1m, countsAsNonApproved: false, impliedMinutesPerUnit: null);
        Assert.Contains(P + "clock-hour", Assert.Throws<ArgumentException>(() => Earlier.Revise("2025", From2025, null, [conversion])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Earlier.Revise("2025", From2025, null, [new DurationConversion(P + "duration", Memo, 30)]));
        Assert.Throws<ArgumentException>(() => Earlier.Revise("2025", From2025, null, [new CeTimeLimitTransition(P + "transition", Memo, new LocalDate(2024, 12, 31))]));
        Assert.Contains("OtherRule", Assert.Throws<ArgumentException>(() => Earlier.Revise("2025", From2025, null, [new OtherRule()])).Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => Earlier.Revise("2025", From2025, null,
            [new TotalMinimum(P + "total", Memo, CreditAmount.FromUnits(1)), new TotalMinimum(P + "total-2", Memo, CreditAmount.FromUnits(2))]));
        Assert.Contains("total", twice.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Earlier.Revise("2025", From2025, null,
            [new CeTimeLimit(P + "a", Memo, null), new CeTimeLimit(P + "b", Memo, null)]));
    }

    [Fact]
    public void The_built_in_later_versions_are_revisions_of_the_earlier_ones()
    {
        Assert.Same(AamaCma.Before2020.Expiration, AamaCma.From2020.Expiration);
        Assert.Same(AamaCma.Before2020.FeeOf(FeeKind.Exam), AamaCma.From2020.FeeOf(FeeKind.Exam));
        Assert.NotSame(AamaCma.Before2020.CeTimeLimit, AamaCma.From2020.CeTimeLimit);
        Assert.Equal([FeeKind.CeRecertification, FeeKind.Exam, FeeKind.Reactivation], AamaCma.From2020.Fees.Select(f => f.Kind).ToArray());
        Assert.Same(AmtRma.Before2021.Requirements[0], AmtRma.From2021.Requirements[0]);
    }
}
