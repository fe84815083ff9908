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
/// The workforce forecast's contract: the horizon's boundaries, the counts and their order, the order and
/// bound of the due-soon list, the argument checks and the display forms.
/// </summary>
public sealed class WorkforceForecastContractTest
{
    private static readonly LocalDate AsOf = D(2025, 11, 23);

    private static readonly WorkforceEvaluator Evaluator = new(new CertificationEvaluator(), 1);

    /// <summary>A CMA expiring 2025-12-31: the exam application is due 2025-12-01, 8 days after <see cref="AsOf"/>; expiration is 38 days after it.</summary>
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
    public void A_deadline_exactly_at_the_horizon_is_due_soon()
    {
        var entry = Assert.Single(Forecast(8, null, Soon()).DueSoon);
        Assert.Equal(DeadlineKind.ExamApplication, Assert.Single(entry.Due).Kind);
    }

    [Fact]
    public void A_deadline_one_day_past_the_horizon_is_not_due_soon()
    {
        var forecast = Forecast(7, null, Soon());
        Assert.Empty(forecast.DueSoon);
        Assert.Equal(0, forecast.DueSoonCount);
    }

    [Fact]
    public void A_deadline_on_the_as_of_date_is_due_soon_within_zero_days()
    {
        var asOf = D(2025, 12, 1);
        var builder = new WorkforceForecastBuilder(asOf, 0);
        builder.Add(Soon(asOf: asOf));
        var entry = Assert.Single(builder.Build().DueSoon);
        Assert.Equal(0, Assert.Single(entry.Due).DaysFromAsOf);
    }

    [Fact]
    public void An_ineligible_certification_is_counted_but_never_due_soon()
    {
        // three failed attempts exhaust the CMA exam route; the expiration is still 38 days away
        var ineligible = Evaluate("ineligible", Cma(D(2020, 12, 1), true,
            new ExamAttempt(D(2025, 6, 1), false), new ExamAttempt(D(2025, 7, 1), false), new ExamAttempt(D(2025, 8, 1), false)));
        Assert.Equal(CertificationStatus.Ineligible, Assert.Single(ineligible.Results).Status);
        var forecast = Forecast(60, null, ineligible);
        Assert.Empty(forecast.DueSoon);
        Assert.Equal(0, forecast.DueSoonCount);
        Assert.Equal(1, forecast.CountOf(CertificationStatus.Ineligible));
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
    public void An_entry_displays_the_person_the_credential_and_the_next_deadline()
    {
        Assert.Equal("soon aama-cma exam-application 2025-12-01", Assert.Single(Forecast(60, null, Soon()).DueSoon).ToString());
    }
}
