using System;
using System.Linq;
using CeuRules.Calendars;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Workforce;
using NodaTime;
using Xunit;

using static CeuRules.Spreadsheets.Tests.Scenarios;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>
/// The calendars read the engine's decisions: the next step is each certification's first event, only
/// deadlines that still apply become events (never a passed date or one of a closed route), and the
/// words come from the explanation layer.
/// </summary>
public sealed class DeadlineCalendarTest
{
    private static CertificationEvaluation Evaluate(Certification certification, LocalDate? asOf = null) =>
        Scenarios.Evaluate("E1", certification, asOf).Results.Single();

    [Fact]
    public void The_next_step_is_the_first_event_and_a_date_that_does_not_apply_is_no_event()
    {
        // earn and apply by 2025-12-31; the exam application date (2025-12-01) is ahead but the exam can no longer avoid a lapse
        var result = Evaluate(Cma(new LocalDate(2020, 12, 1)));
        Assert.Contains(result.Deadlines, d => d.Kind == DeadlineKind.ExamApplication && d.DaysFromAsOf > 0 && !d.Applies);
        var events = CalendarEvents.Read(DeadlineCalendar.ForPerson([result], "E1"));
        Assert.Equal("E1.aama-cma.next-step@ceurules", events[0].Uid);
        Assert.Equal((new LocalDate(2025, 12, 31), "E1: CMA (AAMA) — Earn the missing credit, then apply"), (events[0].Start, events[0].Summary));
        Assert.Contains("31 December 2025 (in 38 days)", events[0].Description, StringComparison.Ordinal);
        Assert.Equal(["E1.aama-cma.expiration.2025-12-31@ceurules", "E1.aama-cma.last-ce-day.2026-03-31@ceurules"], events.Skip(1).Select(e => e.Uid));
        Assert.DoesNotContain(events, e => e.Uid.Contains("exam-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_certification_whose_routes_have_no_date_left_has_no_event_at_all()
    {
        // within the CE time limit with nothing earned (the CE route cannot succeed), and the exam without a date
        var grace = Evaluate(Cma(new LocalDate(2020, 9, 15)));
        Assert.Contains(grace.Deadlines, d => d.Kind == DeadlineKind.LastCeDay && d.DaysFromAsOf > 0);
        // three failed exams: no route left
        var none = Evaluate(Exhausted());
        Assert.Equal(NextAction.None, none.NextStep.Action);
        Assert.Empty(CalendarEvents.Read(DeadlineCalendar.ForPerson([grace, none], "E1")));
    }

    [Fact]
    public void A_deadline_the_next_step_already_says_is_not_repeated()
    {
        // a CCMA expiring 2025-12-14: the step (earn, then apply by expiration) and the expiration fall on one day, on no route and the CE route
        var result = Evaluate(new Certification(Credential.NhaCcma, new LocalDate(2023, 12, 15)));
        var events = CalendarEvents.Read(DeadlineCalendar.ForPerson([result]));
        Assert.Equal(["person.nha-ccma.next-step@ceurules", "person.nha-ccma.expiration.2025-12-14@ceurules"], events.Select(e => e.Uid));
    }

    [Fact]
    public void The_words_are_those_of_the_explainer_given()
    {
        var result = Evaluate(Cma(new LocalDate(2020, 12, 1)));
        var events = CalendarEvents.Read(DeadlineCalendar.ForPerson([result], "E1", [7], Explainer.Spanish));
        Assert.Equal("E1: CMA (AAMA) — " + Explainer.Spanish.ActionName(NextAction.EarnThenApply), events[0].Summary);
        Assert.StartsWith("CMA (AAMA): " + Explainer.Spanish.StatusName(CertificationStatus.InProgress), events[0].Description, StringComparison.Ordinal);
        Assert.Contains(Explainer.Spanish.Date(new LocalDate(2025, 12, 31)), events[0].Description, StringComparison.Ordinal);
        Assert.EndsWith(Explainer.Spanish.DeadlineName(DeadlineKind.Expiration), events[1].Summary, StringComparison.Ordinal);
        string inSeven = Explainer.Spanish.Days(7);
        Assert.Equal($"{char.ToUpper(inSeven[0], Explainer.Spanish.Culture)}{inSeven[1..]}: {events[0].Summary}", Assert.Single(events[0].Alarms));
        Assert.Contains("Detalles: regla ", events[0].Description, StringComparison.Ordinal);
        string calendar = DeadlineCalendar.ForPerson([result], "E1", [7], Explainer.Spanish);
        Assert.Contains("X-WR-CALNAME:Fechas límite de recertificación: E1", calendar, StringComparison.Ordinal);
        Assert.Contains("CATEGORIES:Recertificación", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("X-WR-CALNAME:Recertification", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_step_keeps_its_event_id_when_its_date_moves_so_that_a_newer_file_moves_the_event()
    {
        // an NCMA expiring 2024-12-14: apply by expiration before it, by the last CE day (five years later) after it
        var ncma = new Certification(Credential.NcctNcma, new LocalDate(2023, 12, 15));
        var before = CalendarEvents.Read(DeadlineCalendar.ForPerson([Evaluate(ncma, new LocalDate(2024, 12, 1))], "E1"))[0];
        var after = CalendarEvents.Read(DeadlineCalendar.ForPerson([Evaluate(ncma)], "E1"))[0];
        Assert.Equal(("E1.ncct-ncma.next-step@ceurules", new LocalDate(2024, 12, 14)), (before.Uid, before.Start));
        Assert.Equal(("E1.ncct-ncma.next-step@ceurules", new LocalDate(2029, 12, 14)), (after.Uid, after.Start));
    }

    [Fact]
    public void The_workforce_calendar_stops_at_a_cancelled_token_between_certifications_and_is_whole_afterwards()
    {
        var builder = new WorkforceForecastBuilder(AsOf, 60);
        builder.Add(Scenarios.Evaluate("soon", Cma(new LocalDate(2020, 12, 1))));
        builder.Add(Scenarios.Evaluate("ccma", new Certification(Credential.NhaCcma, new LocalDate(2023, 12, 15))));
        var forecast = builder.Build();
        using var stop = new System.Threading.CancellationTokenSource();
        stop.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DeadlineCalendar.ForWorkforce(forecast, cancellationToken: stop.Token));

        Assert.Equal(DeadlineCalendar.ForWorkforce(forecast), DeadlineCalendar.ForWorkforce(forecast, cancellationToken: System.Threading.CancellationToken.None));
        Assert.Equal(4, CalendarEvents.Read(DeadlineCalendar.ForWorkforce(forecast)).Count);
    }

    [Fact]
    public void The_workforce_calendar_names_a_custom_credential_as_its_policy_does()
    {
        var read = CeuRules.Json.PolicyJsonReader.Read(System.IO.File.ReadAllText(Paths.Examples("policies/employer-annual.json")));
        var policy = read.Policies[0];
        var workforce = new WorkforceEvaluator(new CertificationEvaluator(CeuRules.Policies.PolicyCatalog.BuiltIn.With(read.Policies)), 1);
        var builder = new WorkforceForecastBuilder(AsOf, 60);
        builder.Add(workforce.Evaluate(new Person("E7", [new Certification(policy.Credential, new LocalDate(2025, 1, 1))], Transcript.Empty), AsOf));

        var events = CalendarEvents.Read(DeadlineCalendar.ForWorkforce(builder.Build()));

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(policy.Credential.ToString(), e.Summary + e.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void The_workforce_calendar_holds_the_next_step_first_for_each_certification_due_and_nothing_for_the_others()
    {
        var builder = new WorkforceForecastBuilder(AsOf, 60);
        builder.Add(Scenarios.Evaluate("soon", Cma(new LocalDate(2020, 12, 1))));
        builder.Add(Scenarios.Evaluate("ccma", new Certification(Credential.NhaCcma, new LocalDate(2023, 12, 15))));
        builder.Add(Scenarios.Evaluate("grace", Cma(new LocalDate(2020, 9, 15))));
        var events = CalendarEvents.Read(DeadlineCalendar.ForWorkforce(builder.Build()));
        Assert.Equal(
            ["ccma.nha-ccma.next-step@ceurules", "ccma.nha-ccma.expiration.2025-12-14@ceurules", "soon.aama-cma.next-step@ceurules", "soon.aama-cma.expiration.2025-12-31@ceurules"],
            events.Select(e => e.Uid));
    }

    [Fact]
    public void A_next_step_on_the_last_day_of_the_calendar_is_an_event_of_that_one_day()
    {
        // a CCMA expiring 9999-12-31: the step and the expiration fall on the last day there is
        var result = Evaluate(new Certification(Credential.NhaCcma, new LocalDate(9997, 12, 31)), new LocalDate(9999, 11, 30));
        Assert.Equal(LocalDate.MaxIsoValue, result.NextStep.By);
        string ics = DeadlineCalendar.ForPerson([result]);
        var events = CalendarEvents.Read(ics);
        Assert.Equal([LocalDate.MaxIsoValue, LocalDate.MaxIsoValue], events.Select(e => e.Start));
        Assert.Contains("DTSTART;VALUE=DATE:99991231", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("DTEND", ics, StringComparison.Ordinal);
    }
}
