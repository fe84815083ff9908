using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CeuRules.Calendars;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Json;
using CeuRules.Tests;
using CeuRules.Workforce;
using FsCheck.Xunit;
using Microsoft.VisualBasic.FileIO;
using NodaTime;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>
/// Every data face says the next step the evaluation decided, never one of its own: the workforce JSON
/// row, the CSV report's columns, the calendar's first event, the forecast and the summary, for
/// generated transcripts of every built-in policy and a custom one.
/// </summary>
[Properties(Arbitrary = new[] { typeof(AnyPolicyGenerators), typeof(Generators) }, MaxTest = 150)]
public sealed class NextStepFacesTest
{
    private const int Horizon = 120;

    private static readonly CertificationEvaluator Evaluator = new(AnyPolicyGenerators.Catalog);

    private static readonly WorkforceEvaluator Workforce = new(Evaluator, 1);

    [Property]
    public bool Every_face_shows_the_next_step_of_the_evaluation(AnyScenario any)
    {
        var s = any.Scenario;
        var person = Workforce.Evaluate(new Person("P1", [s.Certification], s.Transcript), s.AsOf);
        var result = person.Results.Single();
        var step = result.NextStep;
        return Row(result, step) && Csv(person, step) && Calendar(result, step) && Forecast(person, step) && Summary(s, step);
    }

    private static bool Row(CertificationEvaluation result, NextStep step)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WorkforceJsonWriter.WriteEvaluated(writer, 1, "P1", result, string.Empty);
        }
        using var row = JsonDocument.Parse(buffer.WrittenMemory);
        var written = row.RootElement.GetProperty("nextStep");
        return written.GetProperty("action").GetString() == step.Action.ToId()
            && written.GetProperty("by").GetString() == Iso(step.By)
            && (written.GetProperty("daysFromAsOf").ValueKind == JsonValueKind.Null ? step.DaysFromAsOf is null : written.GetProperty("daysFromAsOf").GetInt32() == step.DaysFromAsOf)
            && written.GetProperty("route").GetString() == step.Route?.ToId()
            && written.GetProperty("code").GetString() == step.Code;
    }

    private static bool Csv(PersonEvaluation person, NextStep step)
    {
        using var stream = new MemoryStream();
        using (var writer = new WorkforceCsvWriter(stream, AnyPolicyGenerators.Catalog))
        {
            writer.Write(1, person);
        }
        var (header, cells) = CsvRow(stream.ToArray());
        string Cell(string name) => cells[Array.IndexOf(header, name)];
        return Cell("Next step") == Explainer.English.ActionName(step.Action)
            && Cell("Next step by") == (Iso(step.By) ?? string.Empty)
            && Cell("Days to next step") == (step.DaysFromAsOf?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
    }

    /// <summary>The first event is the next step when it has a date; every other event is a deadline that applies, and each deadline that applies has one unless the step already says it.</summary>
    private static bool Calendar(CertificationEvaluation result, NextStep step)
    {
        var events = CalendarEvents.Read(DeadlineCalendar.ForPerson([result], "P1"));
        var deadlines = events.Where(e => !e.Uid.Contains(".next-step@", StringComparison.Ordinal)).ToList();
        bool first = step.By is { } by
            ? events.Count > 0 && events[0].Uid == $"P1.{result.Credential.Id}.next-step@ceurules" && events[0].Start == by
              && events[0].Summary.EndsWith(Explainer.English.ActionName(step.Action), StringComparison.Ordinal)
            : deadlines.Count == events.Count;
        var expected = result.Deadlines.Where(d => d.Applies && !(d.Route is { } r && r == step.Route && d.Date == step.By))
            .Select(d => $"P1.{result.Credential.Id}.{d.Kind.ToId()}.{d.Date:uuuu'-'MM'-'dd}@ceurules");
        return first && deadlines.Select(e => e.Uid).SequenceEqual(expected);
    }

    private static bool Forecast(PersonEvaluation person, NextStep step)
    {
        var builder = new WorkforceForecastBuilder(person.Results[0].AsOf, Horizon);
        builder.Add(person);
        var forecast = builder.Build();
        bool due = step.DaysFromAsOf is >= 0 and <= Horizon && step.Action != NextAction.None;
        return forecast.DueSoon.Length == (due ? 1 : 0) && forecast.NoRoute.Length == (step.Action == NextAction.None ? 1 : 0)
            && forecast.DueSoon.Concat(forecast.NoRoute).All(e => ReferenceEquals(e.NextStep, step) && e.Due.All(d => d.Applies && d.DaysFromAsOf <= Horizon));
    }

    private static bool Summary(Scenario s, NextStep step)
    {
        var summary = Evaluator.Summarize(Evaluator.Prepare(s.Certification, s.Transcript), s.AsOf);
        return summary.NextAction == step.Action && summary.NextStepBy == step.By && summary.NextStepRoute == step.Route;
    }

    private static string? Iso(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static (string[] Header, string[] Cells) CsvRow(byte[] bytes)
    {
        using var parser = new TextFieldParser(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'))) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var cells = parser.ReadFields()!;
        return (header, cells);
    }
}

/// <summary>The events of an iCalendar text, in order, read with Ical.Net (the library that wrote them, but a reader of its own).</summary>
internal static class CalendarEvents
{
    internal sealed record Event(string Uid, LocalDate Start, string Summary, string Description, IReadOnlyList<string> Alarms);

    internal static List<Event> Read(string ics)
    {
        var calendar = Ical.Net.Calendar.Load(ics)!;
        return calendar.Events.Select(e => new Event(e.Uid!, new LocalDate(e.DtStart!.Year, e.DtStart.Month, e.DtStart.Day), e.Summary!, e.Description!,
            e.Alarms.Select(a => a.Description!).ToList())).ToList();
    }
}
