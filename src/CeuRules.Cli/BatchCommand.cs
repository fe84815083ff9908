using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Policies;
using CeuRules.Workforce;
using NodaTime;
using Spectre.Console;

namespace CeuRules.Cli;

/// <summary>
/// The <c>batch</c> command: evaluate a workforce from a JSON Lines file (one person per line), across
/// cores, with memory bounded by the people in flight; write a report row per evaluated certification
/// and per malformed line, and a summary with the forecast.
/// </summary>
internal static class BatchCommand
{
    private const int MaxErrorsShown = 20;
    private const int MaxDueShown = 25;

    // The certifications with no route left that the summary names; the count says how many there are in all.
    private const int NoRouteShown = 10;

    internal static int Run(FileInfo file, LocalDate asOf, int withinDays, FileInfo? reportFile, int? parallelism,
        PolicyCatalog catalog, TextWriter stdout, TextWriter stderr, bool interactive, bool progress, InputFiles inputs, CancellationToken cancellationToken,
        SheetArguments? sheets = null, FileInfo? calendarFile = null)
    {
        if (reportFile is not null)
        {
            if (!ReportWriter.IsSupported(reportFile))
            {
                stderr.WriteLine($"error: --out: {ReportWriter.Unsupported(reportFile)}");
                return CliApp.Unreadable;
            }
        }
        Stream stream;
        try
        {
            stream = inputs.Open(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            stderr.WriteLine($"error: cannot read '{file}': {e.Message}");
            return CliApp.Unreadable;
        }
        using var input = stream;
        ReportWriter? report = null;
        try
        {
            if (reportFile is not null)
            {
                report = ReportWriter.Create(reportFile, asOf, withinDays, catalog);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot write '{reportFile}': {e.Message}");
            return CliApp.Unreadable;
        }

        var workforce = new WorkforceEvaluator(new CertificationEvaluator(catalog), parallelism);
        var forecast = new WorkforceForecastBuilder(asOf, withinDays, MaxDueShown);
        var calendar = calendarFile is null ? null : new WorkforceForecastBuilder(asOf, withinDays);
        var state = new BatchState();
        string unchanged = reportFile is null ? string.Empty : $" The report '{reportFile}' was not written{(reportFile.Exists ? "; the previous one is unchanged" : string.Empty)}.";
        try
        {
            using (report)
            {
                var people = SpreadsheetInput.IsSpreadsheet(file)
                    ? SpreadsheetBatch.People(file, sheets ?? SheetArguments.None, catalog, state, report, stderr)
                    : Read(stream, catalog, state, report, cancellationToken);
                var run = Consume(workforce, people, asOf, forecast, state, report, calendar, cancellationToken);
                if (progress && stream.CanSeek)
                {
                    AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) }).Progress()
                        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                        .Start(context =>
                        {
                            var task = context.AddTask("Evaluating", maxValue: Math.Max(1, stream.Length));
                            while (!run.Wait(100))
                            {
                                task.Value = Interlocked.Read(ref state.BytesRead);
                            }
                            task.Value = task.MaxValue;
                        });
                }
                run.GetAwaiter().GetResult();
                if (state.TooLongLine > 0)
                {
                    stderr.WriteLine($"error: line {state.TooLongLine} of '{file}' is longer than {JsonLines.MaxLineBytes} bytes, the most one person's line may hold [line-too-large]; reading stopped there, so the rest of the file was not evaluated.{unchanged}");
                    return CliApp.Unreadable;
                }
                if (report is not null)
                {
                    report.Finish(forecast.Build(), state);
                    report.Commit();
                }
                if (calendar is not null)
                {
                    // Written beside the target and renamed, like the report: an earlier calendar survives a failed run.
                    using var ics = AtomicFile.Create(calendarFile!.FullName);
                    var bytes = new System.Text.UTF8Encoding(false).GetBytes(Calendars.DeadlineCalendar.ForWorkforce(calendar.Build()));
                    ics.Stream.Write(bytes);
                    ics.Commit();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine($"interrupted: the batch was stopped after {state.People} people.{unchanged}");
            return CliApp.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: reading '{file}' or writing the report failed: {e.Message}.{unchanged}");
            return CliApp.Unreadable;
        }

        var result = forecast.Build();
        foreach (var (line, reason) in state.Errors.Take(MaxErrorsShown))
        {
            stderr.WriteLine($"line {line}: {reason}");
        }
        if (state.Errors.Count > MaxErrorsShown)
        {
            stderr.WriteLine($"... and {state.Errors.Count - MaxErrorsShown} more malformed lines{(report is null ? string.Empty : " (all are in the report)")}.");
        }
        WriteSummary(stdout, InputFiles.Name(file), result, state, reportFile, interactive);
        return state.MalformedLines > 0 ? CliApp.SomeLinesMalformed : CliApp.Evaluated;
    }

    /// <summary>
    /// Reads people line by line; a malformed line is recorded (and reported) and reading goes on. Each
    /// line's bytes go to the reader as they are, so a line that is not UTF-8, or holds half a character
    /// in an escape, is one malformed line like any other.
    /// </summary>
    private static async IAsyncEnumerable<Person> Read(Stream stream, PolicyCatalog catalog, BatchState state, ReportWriter? report,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var line in JsonLines.ReadAsync(stream, JsonLines.MaxLineBytes, total => Interlocked.Exchange(ref state.BytesRead, total), cancellationToken).ConfigureAwait(false))
        {
            if (line.TooLong)
            {
                state.TooLongLine = line.Number;
                yield break;
            }
            if (JsonLines.IsBlank(line.Bytes.Span))
            {
                state.BlankLines++;
                continue;
            }
            state.Lines++;
            var read = TranscriptJsonReader.Read(line.Bytes, catalog);
            // A line with any error is reported whole and not evaluated: evaluating the rest would drop the bad part silently.
            string? problem = !read.IsValid
                ? string.Join("; ", read.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.ToString()))
                : read.Document!.PersonId is null ? "personId: the required field \"personId\" is missing [missing-field]" : null;
            Person? person = null;
            if (problem is null)
            {
                var document = read.Document!;
                try
                {
                    person = new Person(document.PersonId!, document.Certifications, document.Transcript);
                }
                catch (ArgumentException e)
                {
                    problem = $"personId: {e.Message} [invalid-person]";
                }
            }
            if (person is null)
            {
                state.MalformedLines++;
                if (state.Errors.Count < 1000)
                {
                    state.Errors.Add((line.Number, problem!));
                }
                report?.WriteMalformed(line.Number, problem!);
                continue;
            }
            var findings = read.Findings.Select(f => $"{f.Path} [{f.Code}]").ToList();
            if (state.FirstLineOf(person.PersonId, line.Number) is { } earlier)
            {
                findings.Add($"personId [duplicate-person-id: also on line {earlier}]");
            }
            state.Arrived(person, line.Number, string.Join("; ", findings));
            report?.Expect(line.Number);
            yield return person;
        }
    }

    private static async Task Consume(WorkforceEvaluator workforce, IAsyncEnumerable<Person> people, LocalDate asOf,
        WorkforceForecastBuilder forecast, BatchState state, ReportWriter? report, WorkforceForecastBuilder? calendar, CancellationToken cancellationToken)
    {
        await foreach (var evaluation in workforce.EvaluateAsync(people, asOf, cancellationToken).ConfigureAwait(false))
        {
            calendar?.Add(evaluation);
            var (line, findings) = state.Evaluated(evaluation.Person);
            state.People++;
            forecast.Add(evaluation);
            report?.WritePerson(line, evaluation, findings);
        }
    }

    private static void WriteSummary(TextWriter stdout, string fileName, WorkforceForecast forecast, BatchState state, FileInfo? reportFile, bool interactive)
    {
        var (console, border) = Terminal.For(stdout, interactive);
        console.MarkupLine(Markup.Escape(
            $"{fileName}: {state.Lines} lines, {state.People} people evaluated ({forecast.Certifications} certifications), {state.MalformedLines} malformed lines, {forecast.NotEvaluated} certifications without a policy; as of {Iso(forecast.AsOf)}."));

        var counts = new Table().Border(border).AddColumns("Credential", "Status", "Certifications");
        foreach (var count in forecast.Counts)
        {
            counts.AddRow(Markup.Escape(count.CredentialId), count.Status.ToId(), count.Count.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(counts);

        console.MarkupLine(Markup.Escape($"Due within {forecast.WithinDays} days: {forecast.DueSoonCount} certification(s)."));
        if (!forecast.DueSoon.IsEmpty)
        {
            var due = new Table().Border(border).AddColumns("Person", "Credential", "Status", "Next step", "By", "Days", "Still missing");
            foreach (var entry in forecast.DueSoon)
            {
                due.AddRow(
                    Markup.Escape(entry.PersonId),
                    Markup.Escape(entry.CredentialId),
                    entry.Status.ToId(),
                    entry.NextStep.Action.ToId(),
                    entry.NextStep.By is { } by ? Iso(by) : string.Empty,
                    entry.NextStep.DaysFromAsOf?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    Markup.Escape(ReportWriter.Missing(entry.Missing)));
            }
            console.Write(due);
            if (forecast.DueSoonCount > forecast.DueSoon.Length)
            {
                console.MarkupLine(Markup.Escape($"... and {forecast.DueSoonCount - forecast.DueSoon.Length} more{(reportFile is null ? "; write them all with --out report.csv" : $" in {reportFile.Name}")}."));
            }
        }
        if (forecast.NoRouteCount > 0)
        {
            var shown = forecast.NoRoute.Take(NoRouteShown).Select(e => $"{e.PersonId} {e.CredentialId}");
            string more = forecast.NoRouteCount > NoRouteShown ? $", and {forecast.NoRouteCount - NoRouteShown} more" : string.Empty;
            console.MarkupLine(Markup.Escape($"No route left to recertify: {forecast.NoRouteCount} certification(s) ({string.Join(", ", shown)}{more})."));
        }
    }

    private static string Iso(LocalDate date) => Terminal.Iso(date);

    /// <summary>Counters and the lines in flight, shared by the reading and the consuming sides.</summary>
    internal sealed class BatchState
    {
#pragma warning disable CA1051 // Interlocked needs a field.
        internal long BytesRead;
#pragma warning restore CA1051

        internal long Lines { get; set; }

        internal long BlankLines { get; set; }

        internal long MalformedLines { get; set; }

        internal long People { get; set; }

        internal List<(long Line, string Reason)> Errors { get; } = new();

        /// <summary>The line past the per-line limit, where reading stopped; 0 when none.</summary>
        internal long TooLongLine { get; set; }

        /// <summary>The input line of each person in flight, by the person instance (ids may repeat).</summary>
        private readonly Dictionary<Person, (long Line, string Findings)> pending = new(ReferenceEqualityComparer.Instance);

        /// <summary>The first line of each person id seen (read by the reading side only).</summary>
        private readonly Dictionary<string, long> firstLines = new(StringComparer.Ordinal);

        /// <summary>The earlier line with <paramref name="personId"/>, or null when this is its first.</summary>
        internal long? FirstLineOf(string personId, long line) => firstLines.TryAdd(personId, line) ? null : firstLines[personId];

        internal void Arrived(Person person, long line, string findings)
        {
            lock (pending)
            {
                pending.Add(person, (line, findings));
            }
        }

        internal (long Line, string Findings) Evaluated(Person person)
        {
            lock (pending)
            {
                pending.Remove(person, out var origin);
                return origin;
            }
        }
    }
}
