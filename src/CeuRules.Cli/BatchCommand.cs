using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
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
                var rows = SpreadsheetInput.IsSpreadsheet(file)
                    ? workforce.EvaluateInOrderAsync(SpreadsheetBatch.Entries(file, sheets ?? SheetArguments.None, catalog, state, stderr), entry => entry, asOf, cancellationToken)
                    : workforce.EvaluateInOrderAsync(
                        WorkforceJsonLines.ReadLinesAsync(stream, WorkforceJsonLines.DefaultMaxLineBytes, bytesRead: total => Interlocked.Exchange(ref state.BytesRead, total), cancellationToken: cancellationToken),
                        line => WorkforceJsonLines.Read(line, catalog), asOf, cancellationToken);
                var run = Consume(rows, forecast, state, report, calendar);
                if (progress && stream.CanSeek)
                {
                    AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(PlainTextWriter.Unwrap(stderr)) }).Progress()
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
        return state.MalformedLines > 0 || state.Unreadable ? CliApp.SomeLinesMalformed : CliApp.Evaluated;
    }

    /// <summary>Takes the pipeline's rows in input order: counts them, forecasts, and writes the report.</summary>
    private static async Task Consume(IAsyncEnumerable<WorkforceRow> rows, WorkforceForecastBuilder forecast, BatchState state, ReportWriter? report,
        WorkforceForecastBuilder? calendar)
    {
        await foreach (var row in rows.ConfigureAwait(false))
        {
            state.Lines++;
            if (row.Evaluation is { } evaluation)
            {
                calendar?.Add(evaluation);
                state.People++;
                forecast.Add(evaluation);
            }
            else
            {
                state.MalformedLines++;
                if (state.Errors.Count < 1000)
                {
                    state.Errors.Add((row.Line, row.PersonId is null ? row.Reason : $"{row.PersonId}: {row.Reason}"));
                }
            }
            report?.Write(row);
        }
    }

    private static void WriteSummary(TextWriter stdout, string fileName, WorkforceForecast forecast, BatchState state, FileInfo? reportFile, bool interactive)
    {
        var (console, border) = Terminal.For(stdout, interactive);
        console.MarkupLine(Terminal.Text(
            $"{fileName}: {state.Lines} lines, {state.People} people evaluated ({forecast.Certifications} certifications), {state.MalformedLines} malformed lines, {forecast.NotEvaluated} certifications without a policy; as of {Iso(forecast.AsOf)}."));

        var counts = new Table().Border(border).AddColumns("Credential", "Status", "Certifications");
        foreach (var count in forecast.Counts)
        {
            counts.AddRow(Terminal.Text(count.CredentialId), count.Status.ToId(), count.Count.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(counts);

        console.MarkupLine(Terminal.Text($"Due within {forecast.WithinDays} days: {forecast.DueSoonCount} certification(s)."));
        if (!forecast.DueSoon.IsEmpty)
        {
            var due = new Table().Border(border).AddColumns("Person", "Credential", "Status", "Next step", "By", "Days", "Still missing");
            foreach (var entry in forecast.DueSoon)
            {
                due.AddRow(
                    Terminal.Text(entry.PersonId),
                    Terminal.Text(entry.CredentialId),
                    entry.Status.ToId(),
                    entry.NextStep.Action.ToId(),
                    entry.NextStep.By is { } by ? Iso(by) : string.Empty,
                    entry.NextStep.DaysFromAsOf?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    Terminal.Text(ReportWriter.Missing(entry.Missing)));
            }
            console.Write(due);
            if (forecast.DueSoonCount > forecast.DueSoon.Length)
            {
                console.MarkupLine(Terminal.Text($"... and {forecast.DueSoonCount - forecast.DueSoon.Length} more{(reportFile is null ? "; write them all with --out report.csv" : $" in {reportFile.Name}")}."));
            }
        }
        if (forecast.NoRouteCount > 0)
        {
            var shown = forecast.NoRoute.Take(NoRouteShown).Select(e => $"{e.PersonId} {e.CredentialId}");
            string more = forecast.NoRouteCount > NoRouteShown ? $", and {forecast.NoRouteCount - NoRouteShown} more" : string.Empty;
            console.MarkupLine(Terminal.Text($"No route left to recertify: {forecast.NoRouteCount} certification(s) ({string.Join(", ", shown)}{more})."));
        }
    }

    private static string Iso(LocalDate date) => Terminal.Iso(date);

    /// <summary>Counters, written by the consuming side (and the bytes read by the reading side).</summary>
    internal sealed class BatchState
    {
#pragma warning disable CA1051 // Interlocked needs a field.
        internal long BytesRead;
#pragma warning restore CA1051

        internal long Lines { get; set; }

        internal long MalformedLines { get; set; }

        internal long People { get; set; }

        /// <summary>True when a spreadsheet could not be read at all (the reason is already on stderr).</summary>
        internal bool Unreadable { get; set; }

        internal List<(long Line, string Reason)> Errors { get; } = new();
    }
}
