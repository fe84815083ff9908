using System;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Workforce;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Workforce;

/// <summary>
/// The workforce forecast's contract: "due within N days" means the next step's date (the engine's
/// decision, never a deadline re-read here), the horizon's boundaries, the counts and their order, the
/// order and bound of the due-soon and no-route lists, the argument checks and the display forms.
/// </summary>
public sealed class WorkforceForecastContractTest
{
    private static readonly LocalDate AsOf = D(2025, 11, 23);

    private static readonly WorkforceEvaluator Evaluator = new(new CertificationEvaluator(), 1);

    /// <summary>
    /// A CMA expiring 2025-12-31 with nothing earned: its next step is to earn the plan and apply by 2025-12-31, 38 days after
    /// <see cref="AsOf"/>; the exam application date (2025-12-01) is ahead but does not apply, the pass date has passed.
    /// </summary>
    private static PersonEvaluation Soon(string personId = "soon", LocalDate? asOf = null) =>
        Evaluator.Evaluate(new Person(personId, [Cma(D(2020, 12, 1))], Transcript.Empty), asOf ?? AsOf);

    private static PersonEvaluation Evaluate(string personId, params Certification[] certifications) =>
        Evaluator.Evaluate(new Person(personId, certifications, Transcript.Empty), AsOf);

    private static WorkforceForecast Forecast(int withinDays, int? maxListed, params PersonEvaluation[] evaluations)
    {
        var builder = new WorkforceForecastBuilder(AsOf, withinDays, maxListed);
        foreach (var evaluation in evaluations)
        {
            builder.Add(evaluation);
        }
        return builder.Build();
    }

    [Fact]
    public void A_next_step_exactly_at_the_horizon_is_due_soon_with_the_deadlines_that_apply_inside_it()
    {
        var entry = Assert.Single(Forecast(38, null, Soon()).DueSoon);
        Assert.Equal((NextAction.EarnThenApply, D(2025, 12, 31), 38), (entry.NextStep.Action, entry.NextStep.By, entry.NextStep.DaysFromAsOf));
        // the exam application (2025-12-01) is inside the horizon but does not apply; the last CE day (2026-03-31) is past the horizon
        Assert.Equal([DeadlineKind.Expiration], entry.Due.Select(d => d.Kind));
        Assert.All(entry.Due, d => Assert.True(d.Applies));
    }

    [Fact]
    public void A_next_step_one_day_past_the_horizon_is_not_due_soon_even_with_a_deadline_inside_it()
    {
        var person = Soon();
        Assert.Contains(Assert.Single(person.Results).Deadlines, d => d.DaysFromAsOf is >= 0 and <= 37);
        var forecast = Forecast(37, null, person);
        Assert.Empty(forecast.DueSoon);
        Assert.Equal(0, forecast.DueSoonCount);
    }

    [Fact]
    public void A_next_step_on_the_as_of_date_is_due_soon_within_zero_days()
    {
        var asOf = D(2025, 12, 31);
        var builder = new WorkforceForecastBuilder(asOf, 0);
        builder.Add(Soon(asOf: asOf));
        var entry = Assert.Single(builder.Build().DueSoon);
        Assert.Equal(0, entry.NextStep.DaysFromAsOf);
    }

    [Fact]
    public void A_certification_with_no_route_is_counted_and_listed_apart_but_never_due_soon()
    {
        // three failed attempts exhaust the CMA exam route; the expiration is still 38 days away
        var ineligible = Evaluate("ineligible", Cma(D(2020, 12, 1), true,
            new ExamAttempt(D(2025, 6, 1), false), new ExamAttempt(D(2025, 7, 1), false), new ExamAttempt(D(2025, 8, 1), false)));
        Assert.Equal(CertificationStatus.Ineligible, Assert.Single(ineligible.Results).Status);
        var forecast = Forecast(60, null, ineligible, Soon());
        Assert.Equal("soon", Assert.Single(forecast.DueSoon).PersonId);
        Assert.Equal(1, forecast.DueSoonCount);
        var entry = Assert.Single(forecast.NoRoute);
        Assert.Equal(("ineligible", NextAction.None, null), (entry.PersonId, entry.NextStep.Action, entry.NextStep.By));
        Assert.Empty(entry.Due);
        Assert.Equal(1, forecast.NoRouteCount);
        Assert.Equal(1, forecast.CountOf(CertificationStatus.Ineligible));
    }

    [Fact]
    public void A_next_step_without_a_date_is_neither_due_nor_without_a_route()
    {
        // expired 2025-09-30, last CE day 2025-12-29, nothing earned: the CE route cannot succeed, the exam has no date left
        var grace = Evaluate("grace", Cma(D(2020, 9, 15)));
        var step = Assert.Single(grace.Results).NextStep;
        Assert.Equal((NextAction.Exam, null), (step.Action, step.By));
        var forecast = Forecast(36_500, null, grace);
        Assert.Empty(forecast.DueSoon);
        Assert.Empty(forecast.NoRoute);
        Assert.Equal(1, forecast.CountOf(CertificationStatus.WithinCeTimeLimit));
    }

    [Fact]
    public void On_one_date_an_expired_certification_comes_before_a_current_one_whatever_the_person_ids()
    {
        // expired 2025-09-30 with the cycle met: apply by the last CE day, 2025-12-29
        var expired = Evaluator.Evaluate(new Person("z-expired", [Cma(D(2020, 9, 15))], T(FullCycle(D(2020, 9, 15)))), AsOf);
        // a CCMA expiring 2025-12-29: earn, then apply by then
        var current = Evaluate("a-current", new Certification(Credential.NhaCcma, D(2023, 12, 30)));
        Assert.Equal(Assert.Single(expired.Results).NextStep.By, Assert.Single(current.Results).NextStep.By);
        Assert.Equal(["z-expired", "a-current"], Forecast(60, null, current, expired).DueSoon.Select(e => e.PersonId));
        Assert.Equal("z-expired", Assert.Single(Forecast(60, 1, current, expired).DueSoon).PersonId);
    }

    [Fact]
    public void Entries_are_listed_by_the_next_step_date_first()
    {
        // the CCMA's step is 2025-12-14, the CMA's 2025-12-31: the later-sorting person id comes first
        var forecast = Forecast(60, null, Soon("a"), Evaluate("b", new Certification(Credential.NhaCcma, D(2023, 12, 15))));
        Assert.Equal(["b", "a"], forecast.DueSoon.Select(e => e.PersonId));
    }

    [Fact]
    public void The_no_route_list_is_by_person_id_and_bounded_like_the_due_soon_list()
    {
        PersonEvaluation Exhausted(string id) => Evaluate(id, Cma(D(2020, 12, 1), true,
            new ExamAttempt(D(2025, 6, 1), false), new ExamAttempt(D(2025, 7, 1), false), new ExamAttempt(D(2025, 8, 1), false)));
        Assert.Equal(["a", "b", "c"], Forecast(60, null, Exhausted("c"), Exhausted("a"), Exhausted("b")).NoRoute.Select(e => e.PersonId));
        var bounded = Forecast(60, 2, Exhausted("c"), Exhausted("a"), Exhausted("b"));
        Assert.Equal(["a", "b"], bounded.NoRoute.Select(e => e.PersonId));
        Assert.Equal(3, bounded.NoRouteCount);
    }

    [Fact]
    public void CountOf_adds_the_counts_of_every_credential()
    {
        var forecast = Forecast(60, null, Soon("a"), Evaluate("b", new Certification(Credential.NhaCcma, D(2023, 12, 15))));
        Assert.Equal(2, forecast.CountOf(CertificationStatus.InProgress));
        Assert.Equal(0, forecast.CountOf(CertificationStatus.RequirementsMet));
    }

    [Fact]
    public void Counts_are_ordered_by_credential_id_then_status_whatever_the_order_added()
    {
        var forecast = Forecast(60, null,
            Evaluate("lapsed", Cma(D(2015, 1, 1))),
            Evaluate("nha", new Certification(Credential.NhaCcma, D(2023, 12, 15))),
            Soon("soon"),
            Evaluator.Evaluate(new Person("done", [Cma(D(2023, 2, 1))], T(FullCycle(D(2023, 2, 1)))), AsOf));
        Assert.Equal(
            ["aama-cma met: 1", "aama-cma in-progress: 1", "aama-cma lapsed-exam-required: 1", "nha-ccma in-progress: 1"],
            forecast.Counts.Select(c => c.ToString()));
    }

    [Fact]
    public void The_forecast_counts_people_certifications_and_those_not_evaluated()
    {
        var other = new Credential("acme-rn", new CertifyingBody("acme", "ACME", "Acme Health"), "RN", "Acme registered nurse");
        var forecast = Forecast(60, null,
            Evaluate("two", Cma(D(2020, 12, 1)), new Certification(Credential.NhaCcma, D(2023, 12, 15))),
            Evaluate("unknown", new Certification(other, D(2024, 1, 1))));
        Assert.Equal(2, forecast.People);
        Assert.Equal(2, forecast.Certifications);
        Assert.Equal(1, forecast.NotEvaluated);
    }

    [Fact]
    public void Entries_due_the_same_day_are_listed_by_person_id()
    {
        var forecast = Forecast(60, null, Soon("b"), Soon("a"));
        Assert.Equal(["a", "b"], forecast.DueSoon.Select(e => e.PersonId));
    }

    [Fact]
    public void A_bounded_list_keeps_the_earlier_person_id_of_entries_due_the_same_day()
    {
        var forecast = Forecast(60, 1, Soon("b"), Soon("a"));
        Assert.Equal("a", Assert.Single(forecast.DueSoon).PersonId);
        Assert.Equal(2, forecast.DueSoonCount);
    }

    [Fact]
    public void Entries_of_one_person_due_the_same_day_are_listed_by_credential_id()
    {
        // both expire 2025-12-14: the CCMA two years, the RMA three years after certification
        var person = Evaluate("p", new Certification(Credential.NhaCcma, D(2023, 12, 15)), new Certification(Credential.AmtRma, D(2022, 12, 15)));
        Assert.All(person.Results, r => Assert.Contains(r.Deadlines, d => d.Kind == DeadlineKind.Expiration && d.Date == D(2025, 12, 14)));
        Assert.Equal(["amt-rma", "nha-ccma"], Forecast(60, null, person).DueSoon.Select(e => e.CredentialId));
        Assert.Equal("amt-rma", Assert.Single(Forecast(60, 1, person).DueSoon).CredentialId);
    }

    [Fact]
    public void A_list_bounded_to_zero_entries_still_counts_who_is_due()
    {
        var forecast = Forecast(60, 0, Soon("a"), Soon("b"));
        Assert.Empty(forecast.DueSoon);
        Assert.Equal(2, forecast.DueSoonCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(36_500)]
    public void The_horizon_may_be_from_0_to_36500_days(int withinDays)
    {
        Assert.Equal(withinDays, new WorkforceForecastBuilder(AsOf, withinDays).WithinDays);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(36_501)]
    public void A_horizon_out_of_range_is_refused_naming_it(int withinDays)
    {
        Assert.Equal("withinDays", Assert.Throws<ArgumentOutOfRangeException>(() => new WorkforceForecastBuilder(AsOf, withinDays)).ParamName);
    }

    [Fact]
    public void A_negative_bound_on_the_list_is_refused_naming_it()
    {
        Assert.Equal("maxListed", Assert.Throws<ArgumentOutOfRangeException>(() => new WorkforceForecastBuilder(AsOf, 60, -1)).ParamName);
        Assert.Equal(0, new WorkforceForecastBuilder(AsOf, 60, 0).MaxListed);
    }

    [Fact]
    public void Adding_no_evaluation_throws_naming_it()
    {
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => new WorkforceForecastBuilder(AsOf, 60).Add(null!)).ParamName);
    }

    [Fact]
    public void An_evaluation_as_of_another_date_is_refused_naming_both_dates()
    {
        var builder = new WorkforceForecastBuilder(AsOf, 60);
        var e = Assert.Throws<ArgumentException>(() => builder.Add(Soon(asOf: D(2025, 1, 1))));
        Assert.Equal("evaluation", e.ParamName);
        Assert.StartsWith("The evaluation is as of 2025-01-01; the forecast is as of 2025-11-23.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_displays_the_person_the_credential_and_the_next_step()
    {
        Assert.Equal("soon aama-cma earn-then-apply by 2025-12-31 (ce)", Assert.Single(Forecast(60, null, Soon()).DueSoon).ToString());
    }
}
