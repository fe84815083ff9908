using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Policies;
using CeuRules.Workforce;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace CeuRules.Calendars;

/// <summary>
/// Puts recertification dates in people's calendars: for each certification, its next step (what to do
/// and by when, as the evaluation decided it) is the first all-day iCalendar (RFC 5545) event, followed by
/// every other deadline that still applies (<see cref="Deadline.Applies"/>: ahead, on a route that can
/// still succeed); a date of a closed route, or one that has passed, is never an event. Each event has
/// reminders before it. For a workforce, one calendar holds the next steps and deadlines of the people
/// due within the forecast's horizon. Written with Ical.Net.
/// </summary>
/// <remarks>
/// <para>The words (action, status and deadline names, dates, "in 30 days") come from an
/// <see cref="Explainer"/>: <see cref="Explainer.English"/> unless another is given.</para>
/// <para>The output is deterministic: event ids are made from the person, credential, deadline and date
/// (the next step's from the person and credential alone, so that a newer file moves it), and the time
/// stamp of every event is the as-of date at midnight UTC, so the same evaluation gives the same file and
/// a calendar that imports it again updates the events instead of repeating them.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class DeadlineCalendar
{
    /// <summary>The reminders of each event when none are given: 60, 30 and 7 days before.</summary>
    public static ImmutableArray<int> DefaultReminderDays { get; } = [60, 30, 7];

    private const string ProductId = "-//CeuRules//Recertification deadlines//EN";

    /// <summary>A calendar of one person's next steps and the deadlines that still apply, from the evaluations of their certifications.</summary>
    /// <param name="evaluations">The evaluations, all as of one date.</param>
    /// <param name="personId">The person's id or name for the event titles and ids, or null.</param>
    /// <param name="reminderDays">Days before each event to remind (each 0 to 3,650); <see cref="DefaultReminderDays"/> when null.</param>
    /// <param name="words">The words of the events; <see cref="Explainer.English"/> when null.</param>
    /// <returns>The iCalendar text, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluations"/> is null, or an evaluation is.</exception>
    /// <exception cref="ArgumentException">A reminder is outside 0 to 3,650 days.</exception>
    public static string ForPerson(IEnumerable<CertificationEvaluation> evaluations, string? personId = null, IEnumerable<int>? reminderDays = null, Explainer? words = null)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var reminders = Reminders(reminderDays);
        words ??= Explainer.English;
        var calendar = NewCalendar(words.CalendarName(personId));
        foreach (var evaluation in evaluations)
        {
            ArgumentNullException.ThrowIfNull(evaluation, nameof(evaluations));
            var subject = new Subject(personId, evaluation.Credential.Id, evaluation.Credential.ToString(), evaluation.Status, evaluation.Policy, evaluation.Plan,
                evaluation.AsOf, reminders, words);
            AddEvents(calendar, subject, evaluation.NextStep, evaluation.Deadlines.Where(d => d.Applies));
        }
        return Serialize(calendar);
    }

    /// <summary>A calendar of a workforce inside the forecast's horizon: for each certification due soon, its next step, then the other deadlines that apply inside the horizon.</summary>
    /// <param name="forecast">The forecast; build it without a listing limit to have every certification due soon.</param>
    /// <param name="reminderDays">Days before each event to remind (each 0 to 3,650); <see cref="DefaultReminderDays"/> when null.</param>
    /// <param name="words">The words of the events; <see cref="Explainer.English"/> when null.</param>
    /// <param name="cancellationToken">Checked at every certification; making the calendar then stops with <see cref="OperationCanceledException"/> and nothing is returned.</param>
    /// <returns>The iCalendar text, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="forecast"/> is null.</exception>
    /// <exception cref="ArgumentException">A reminder is outside 0 to 3,650 days.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static string ForWorkforce(WorkforceForecast forecast, IEnumerable<int>? reminderDays = null, Explainer? words = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        cancellationToken.ThrowIfCancellationRequested();
        var reminders = Reminders(reminderDays);
        words ??= Explainer.English;
        var calendar = NewCalendar(words.CalendarName(forecast.WithinDays, forecast.AsOf));
        foreach (var entry in forecast.DueSoon)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The credential as its policy names it, as ForPerson does: a custom credential is not in the built-in catalog.
            var subject = new Subject(entry.PersonId, entry.CredentialId, entry.Policy.Credential.ToString(), entry.Status, entry.Policy, entry.Plan, forecast.AsOf, reminders, words);
            AddEvents(calendar, subject, entry.NextStep, entry.Due);
        }
        return Serialize(calendar);
    }

    /// <summary>The next step first when it has a date, then each deadline that applies, except one the step already says (its route's date on its day).</summary>
    private static void AddEvents(Ical.Net.Calendar calendar, Subject subject, NextStep step, IEnumerable<Deadline> applying)
    {
        if (step.By is { } by)
        {
            var words = subject.Words;
            calendar.Events.Add(Event(subject, "next-step", by, words.ActionName(step.Action), words.NextStepLine(step, subject.Plan, subject.Policy), step.Rule.RuleId));
        }
        foreach (var deadline in applying)
        {
            if (deadline.Route is { } route && route == step.Route && deadline.Date == step.By)
            {
                continue;
            }
            calendar.Events.Add(Event(subject, $"{deadline.Kind.ToId()}.{Iso(deadline.Date)}", deadline.Date, subject.Words.DeadlineName(deadline.Kind),
                subject.Words.Deadline(deadline), deadline.Rule.RuleId));
        }
    }

    /// <summary>Whose events these are, and what every event of theirs says beside its date.</summary>
    private sealed record Subject(string? PersonId, string CredentialId, string Credential, CertificationStatus Status, CredentialPolicy Policy,
        RecertificationPlan Plan, LocalDate AsOf, int[] Reminders, Explainer Words);

    private static int[] Reminders(IEnumerable<int>? reminderDays)
    {
        var days = (reminderDays ?? DefaultReminderDays).Distinct().Order().ToArray();
        foreach (int day in days)
        {
            if (day is < 0 or > 3650)
            {
                throw new ArgumentException($"A reminder must be 0 to 3650 days before the deadline; was {day}.", nameof(reminderDays));
            }
        }
        return days;
    }

    private static Ical.Net.Calendar NewCalendar(string name)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        return calendar;
    }

    private static CalendarEvent Event(Subject subject, string id, LocalDate date, string what, string line, string ruleId)
    {
        var words = subject.Words;
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{Slug(subject.PersonId ?? "person")}.{subject.CredentialId}.{id}@ceurules",
            Summary = words.CalendarSummary(subject.PersonId, subject.Credential, what),
            Description = words.CalendarDescription(subject.Credential, subject.Status, subject.AsOf, line, ruleId),
            DtStart = new CalDateTime(date.Year, date.Month, date.Day),
            // An all-day event without an end lasts its one day (RFC 5545, 3.6.1), which the last day of the calendar needs: it has no next day.
            DtEnd = date == LocalDate.MaxIsoValue ? null : new CalDateTime(date.PlusDays(1).Year, date.PlusDays(1).Month, date.PlusDays(1).Day),
            DtStamp = new CalDateTime(subject.AsOf.Year, subject.AsOf.Month, subject.AsOf.Day, 0, 0, 0, "UTC"),
            Transparency = "TRANSPARENT",
        };
        calendarEvent.Categories.Add(words.CalendarCategory);
        foreach (int days in subject.Reminders)
        {
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = "DISPLAY",
                Description = words.Reminder(days, calendarEvent.Summary),
                Trigger = new Trigger(days == 0 ? Ical.Net.DataTypes.Duration.Zero : -Ical.Net.DataTypes.Duration.FromDays(days)),
            });
        }
        return calendarEvent;
    }

    private static string Serialize(Ical.Net.Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;

    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }
        return builder.ToString();
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
