using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using CeuRules.Evaluation;
using CeuRules.Workforce;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace CeuRules.Calendars;

/// <summary>
/// Puts recertification deadlines in people's calendars: each deadline an evaluation reports
/// (expiration, last day for CE, exam application and pass deadlines, annual fee) becomes an all-day
/// iCalendar (RFC 5545) event with reminders before it. For a workforce, one calendar holds the
/// deadlines of the people due within the forecast's horizon. Written with Ical.Net.
/// </summary>
/// <remarks>
/// <para>The output is deterministic: event ids are made from the person, credential, deadline and date,
/// and the time stamp of every event is the as-of date at midnight UTC, so the same evaluation gives the
/// same file and a calendar that imports it again updates the events instead of repeating them.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class DeadlineCalendar
{
    /// <summary>The reminders of each event when none are given: 60, 30 and 7 days before.</summary>
    public static ImmutableArray<int> DefaultReminderDays { get; } = [60, 30, 7];

    private const string ProductId = "-//CeuRules//Recertification deadlines//EN";

    /// <summary>A calendar of one person's deadlines, from the evaluations of their certifications.</summary>
    /// <param name="evaluations">The evaluations, all as of one date.</param>
    /// <param name="personId">The person's id or name for the event titles and ids, or null.</param>
    /// <param name="reminderDays">Days before each deadline to remind (each 0 to 3,650); <see cref="DefaultReminderDays"/> when null.</param>
    /// <param name="includePast">Whether deadlines before the as-of date are included; by default only today's and later ones.</param>
    /// <returns>The iCalendar text, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluations"/> is null, or an evaluation is.</exception>
    /// <exception cref="ArgumentException">A reminder is outside 0 to 3,650 days.</exception>
    public static string ForPerson(IEnumerable<CertificationEvaluation> evaluations, string? personId = null, IEnumerable<int>? reminderDays = null, bool includePast = false)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var reminders = Reminders(reminderDays);
        var calendar = NewCalendar(personId is null ? "Recertification deadlines" : $"Recertification deadlines: {personId}");
        foreach (var evaluation in evaluations)
        {
            ArgumentNullException.ThrowIfNull(evaluation, nameof(evaluations));
            foreach (var deadline in evaluation.Deadlines.Where(d => includePast || d.DaysFromAsOf >= 0))
            {
                calendar.Events.Add(Event(personId, evaluation.Credential.Id, evaluation.Credential.ToString(), evaluation.Status, deadline, evaluation.Plan, evaluation.AsOf, reminders));
            }
        }
        return Serialize(calendar);
    }

    /// <summary>A calendar of a workforce's deadlines inside the forecast's horizon: one event per deadline of each certification due soon.</summary>
    /// <param name="forecast">The forecast; build it without a listing limit to have every certification due soon.</param>
    /// <param name="reminderDays">Days before each deadline to remind (each 0 to 3,650); <see cref="DefaultReminderDays"/> when null.</param>
    /// <returns>The iCalendar text, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="forecast"/> is null.</exception>
    /// <exception cref="ArgumentException">A reminder is outside 0 to 3,650 days.</exception>
    public static string ForWorkforce(WorkforceForecast forecast, IEnumerable<int>? reminderDays = null)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var reminders = Reminders(reminderDays);
        var calendar = NewCalendar($"Recertification deadlines due within {forecast.WithinDays} days of {Iso(forecast.AsOf)}");
        foreach (var entry in forecast.DueSoon)
        {
            string credential = Policies.PolicyCatalog.BuiltIn.TryGetCredential(entry.CredentialId, out var known) ? known.ToString() : entry.CredentialId;
            foreach (var deadline in entry.Due)
            {
                calendar.Events.Add(Event(entry.PersonId, entry.CredentialId, credential, entry.Status, deadline, entry.Plan, forecast.AsOf, reminders));
            }
        }
        return Serialize(calendar);
    }

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

    private static CalendarEvent Event(string? personId, string credentialId, string credential, CertificationStatus status, Deadline deadline,
        RecertificationPlan plan, LocalDate asOf, int[] reminders)
    {
        string what = Label(deadline.Kind);
        string who = personId is null ? string.Empty : $"{personId}: ";
        var description = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{credential}, status {status.ToId()} as of {Iso(asOf)}. ")
            .Append(CultureInfo.InvariantCulture, $"{what}: {Iso(deadline.Date)} ({deadline.Rule.RuleId}).");
        if (!plan.IsEmpty && deadline.Kind is DeadlineKind.LastCeDay or DeadlineKind.Expiration)
        {
            description.Append(CultureInfo.InvariantCulture, $" Still needed: {plan.Total} {plan.Unit.Id} ({plan.Approved} approved) by {Iso(plan.CompleteBy)}.");
        }
        var start = new CalDateTime(deadline.Date.Year, deadline.Date.Month, deadline.Date.Day);
        var end = deadline.Date.PlusDays(1);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{Slug(personId ?? "person")}.{credentialId}.{deadline.Kind.ToId()}.{Iso(deadline.Date)}@ceurules",
            Summary = $"{who}{credential} {what.ToLowerInvariant()}",
            Description = description.ToString(),
            DtStart = start,
            DtEnd = new CalDateTime(end.Year, end.Month, end.Day),
            DtStamp = new CalDateTime(asOf.Year, asOf.Month, asOf.Day, 0, 0, 0, "UTC"),
            Transparency = "TRANSPARENT",
        };
        calendarEvent.Categories.Add("Recertification");
        foreach (int days in reminders)
        {
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = "DISPLAY",
                Description = days == 0 ? $"Today: {calendarEvent.Summary}" : $"In {days} days: {calendarEvent.Summary}",
                Trigger = new Trigger(days == 0 ? Ical.Net.DataTypes.Duration.Zero : -Ical.Net.DataTypes.Duration.FromDays(days)),
            });
        }
        return calendarEvent;
    }

    private static string Serialize(Ical.Net.Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;

    private static string Label(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Expiration => "Expiration",
        DeadlineKind.LastCeDay => "Last day for CE",
        DeadlineKind.ExamApplication => "Last day to apply for the exam",
        DeadlineKind.ExamPass => "Last day to pass the exam",
        DeadlineKind.AnnualFee => "Annual fee due",
        _ => kind.ToId(),
    };

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
