using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
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

    internal static int Run(FileInfo file, LocalDate asOf, int withinDays, FileInfo? reportFile, int? parallelism,
        PolicyCatalog catalog, TextWriter stdout, TextWriter stderr, bool interactive, bool progress, SheetArguments? sheets = null, FileInfo? calendarFile = null)
    {
        if (!file.Exists)
        {
            stderr.WriteLine($"error: cannot read '{file}': the file does not exist.");
            return CliApp.Unreadable;
        }
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
        try
        {
            using (report)
            {
                using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                var people = SpreadsheetInput.IsSpreadsheet(file)
                    ? SpreadsheetBatch.People(file, sheets ?? SheetArguments.None, catalog, state, report, stderr)
                    : Read(stream, catalog, state, report);
                var run = Consume(workforce, people, asOf, forecast, state, report, calendar);
                if (progress)
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
                report?.Finish(forecast.Build(), state);
                if (calendar is not null)
                {
                    File.WriteAllText(calendarFile!.FullName, Calendars.DeadlineCalendar.ForWorkforce(calendar.Build()), new UTF8Encoding(false));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: reading '{file}' or writing the report failed: {e.Message}");
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
        WriteSummary(stdout, file.Name, result, state, reportFile, interactive);
        return state.MalformedLines > 0 ? CliApp.SomeLinesMalformed : CliApp.Evaluated;
    }

    /// <summary>Reads people line by line; a malformed line is recorded (and reported) and reading goes on.</summary>
    private static async IAsyncEnumerable<Person> Read(Stream stream, PolicyCatalog catalog, BatchState state, ReportWriter? report,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        long lineNumber = 0;
        string? line;
        while ((line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is not null)
        {
            lineNumber++;
            Interlocked.Exchange(ref state.BytesRead, stream.Position);
            if (string.IsNullOrWhiteSpace(line))
            {
                state.BlankLines++;
                continue;
            }
            state.Lines++;
            var read = TranscriptJsonReader.Read(line, catalog);
            // A line with any error is reported whole and not evaluated: evaluating the rest would drop the bad part silently.
            string? problem = !read.IsValid
                ? string.Join("; ", read.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.ToString()))
                : read.Document!.PersonId is null ? "personId: the required field \"personId\" is missing [missing-field]" : null;
            if (problem is not null)
            {
                state.MalformedLines++;
                if (state.Errors.Count < 1000)
                {
                    state.Errors.Add((lineNumber, problem));
                }
                report?.WriteMalformed(lineNumber, problem);
                continue;
            }
            var document = read.Document!;
            var findings = read.Findings.IsEmpty ? string.Empty : string.Join("; ", read.Findings.Select(f => $"{f.Path} [{f.Code}]"));
            state.Arrived(document.PersonId!, lineNumber, findings);
            report?.Expect(lineNumber);
            yield return new Person(document.PersonId!, document.Certifications, document.Transcript);
        }
    }

    private static async Task Consume(WorkforceEvaluator workforce, IAsyncEnumerable<Person> people, LocalDate asOf,
        WorkforceForecastBuilder forecast, BatchState state, ReportWriter? report, WorkforceForecastBuilder? calendar)
    {
        await foreach (var evaluation in workforce.EvaluateAsync(people, asOf).ConfigureAwait(false))
        {
            calendar?.Add(evaluation);
            var (line, findings) = state.Evaluated(evaluation.PersonId);
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
            var due = new Table().Border(border).AddColumns("Person", "Credential", "Status", "Next deadline", "Date", "Days", "Still missing");
            foreach (var entry in forecast.DueSoon)
            {
                due.AddRow(
                    Markup.Escape(entry.PersonId),
                    Markup.Escape(entry.CredentialId),
                    entry.Status.ToId(),
                    entry.Next.Kind.ToId(),
                    Iso(entry.Next.Date),
                    entry.Next.DaysFromAsOf.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(ReportWriter.Missing(entry.Missing)));
            }
            console.Write(due);
            if (forecast.DueSoonCount > forecast.DueSoon.Length)
            {
                console.MarkupLine(Markup.Escape($"... and {forecast.DueSoonCount - forecast.DueSoon.Length} more{(reportFile is null ? "; write them all with --out report.csv" : $" in {reportFile.Name}")}."));
            }
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

        /// <summary>The input lines of the people in flight, by person id (an id may repeat).</summary>
        private readonly Dictionary<string, Queue<(long Line, string Findings)>> pending = new(StringComparer.Ordinal);

        internal void Arrived(string personId, long line, string findings)
        {
            lock (pending)
            {
                if (!pending.TryGetValue(personId, out var queue))
                {
                    pending.Add(personId, queue = new Queue<(long, string)>(1));
                }
                queue.Enqueue((line, findings));
            }
        }

        internal (long Line, string Findings) Evaluated(string personId)
        {
            lock (pending)
            {
                var queue = pending[personId];
                var origin = queue.Dequeue();
                if (queue.Count == 0)
                {
                    pending.Remove(personId);
                }
                return origin;
            }
        }
    }
}
