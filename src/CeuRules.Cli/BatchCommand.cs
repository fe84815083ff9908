using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Json;
using CeuRules.Policies;
using CeuRules.Spreadsheets;
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

    // The ranges of --within-days (a hundred years) and --parallelism.
    private const int MaxWithinDays = 36_500;
    private const int MaxParallelism = 1024;

    // The certifications with no route left that the summary names; the count says how many there are in all.
    private const int NoRouteShown = 10;

    /// <summary>The command, its options and its action.</summary>
    internal static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A JSON Lines file (one person per line, each with personId, certifications and activities; - reads standard input), or an HR export: an .xlsx workbook or a .csv of activities." };
        var asOf = CliOptions.AsOf("Evaluate as of this date (YYYY-MM-DD). Default: today.");
        var withinDays = new Option<int>("--within-days") { Description = "The forecast's horizon in days from the as-of date.", HelpName = "DAYS", DefaultValueFactory = _ => 60 };
        var output = new Option<FileInfo?>("--out") { Description = "Write a report row per certification and per malformed line to this .xlsx, .csv or .json file.", HelpName = "FILE" };
        var parallelism = new Option<int?>("--parallelism") { Description = "How many people to evaluate at once. Default: the number of processors.", HelpName = "N" };
        var policies = PolicyFiles.Option();
        var sheets = new SheetOptions();
        var calendar = new Option<FileInfo?>("--calendar") { Description = "Write the deadlines of everyone due within --within-days to this iCalendar (.ics) file.", HelpName = "FILE" };
        var culture = ReportCulture.Option("The language of the summary, of the .xlsx and .csv reports, of the calendar and of the error lines: en-US (the default) or es-US (en and es mean those), or another region of English or Spanish. The JSON report does not depend on it.");
        var command = new Command("batch", "Evaluate a workforce from a JSON Lines file or an HR spreadsheet (CSV, XLSX) and forecast who reaches a deadline soon." + CliOptions.Example("ceurules batch workforce.jsonl --as-of 2025-11-23 --within-days 60 --out report.xlsx --calendar due.ics"))
            { file, asOf, withinDays, output, parallelism, policies, calendar, culture };
        sheets.AddTo(command);
        command.SetAction(parse =>
        {
            // The culture first: every later line speaks it.
            if (!ReportCulture.TryParse(parse.GetValue(culture), context.Errors(), out var words))
            {
                return CliApp.Unreadable;
            }
            var errors = context.Errors(words);
            if (!CliOptions.TryParseAsOf(parse.GetValue(asOf), errors, out var asOfDate))
            {
                return CliApp.Unreadable;
            }
            int days = parse.GetValue(withinDays);
            if (days is < 0 or > MaxWithinDays)
            {
                errors.Error(FindingCodes.OutOfRange, "--within-days", ("value", Number(days)), ("min", "0"), ("max", Number(MaxWithinDays)));
                return CliApp.Unreadable;
            }
            int? degree = parse.GetValue(parallelism);
            if (degree is < 1 or > MaxParallelism)
            {
                errors.Error(FindingCodes.OutOfRange, "--parallelism", ("value", Number(degree.Value)), ("min", "1"), ("max", Number(MaxParallelism)));
                return CliApp.Unreadable;
            }
            var options = new BatchOptions(parse.GetRequiredValue(file), asOfDate ?? context.Today(), days, parse.GetValue(output), degree, sheets.Read(parse), parse.GetValue(calendar), words);
            // Refused before anything is read or written: a report must never replace an input, a policy or the other report.
            if (!OutputFiles.AreSafe(
                [("--out", options.Report), ("--calendar", options.Calendar)],
                [("input", options.File), ("certifications", options.Sheets.Certifications), ("exam-attempts", options.Sheets.ExamAttempts),
                    .. PolicyFiles.ReadFrom(parse, policies)],
                context.Inputs, errors))
            {
                return CliApp.Unreadable;
            }
            var catalog = PolicyFiles.Load(parse, policies, errors, context.Inputs);
            return catalog is null ? CliApp.Unreadable : Run(options, catalog, context);
        });
        return command;
    }

    /// <summary>Evaluates the workforce as <paramref name="options"/> say, with <paramref name="catalog"/>'s policies.</summary>
    internal static int Run(BatchOptions options, PolicyCatalog catalog, CliContext context)
    {
        var (file, asOf, withinDays, reportFile, parallelism, sheets, calendarFile, culture) = options;
        var (stdout, stderr, interactive, progress, inputs, cancellationToken) = (context.Stdout, context.Stderr, context.Interactive, context.Progress, context.Inputs, context.CancellationToken);
        var errors = context.Errors(culture);
        var words = ReportCulture.Words(culture);
        var state = new BatchState();
        if (reportFile is not null)
        {
            if (!ReportWriter.IsSupported(reportFile))
            {
                errors.Error(FindingCodes.UnsupportedFormat, "--out", ("file", reportFile.ToString()), ("formats", string.Join(", ", ReportWriter.Extensions)));
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
            errors.Error(FindingCodes.CannotRead, file.ToString(), ("what", "workforce"), ("file", file.ToString()), ("reason", FindingCodes.ReadProblem(e)));
            return CliApp.Unreadable;
        }
        using var input = stream;
        // What became of the report when the run does not finish: none was asked for, none was written, or the previous one is kept.
        string kept = reportFile is null ? "none" : reportFile.Exists ? "unchanged" : "not-written";
        // A spreadsheet is read whole before anything is written: one that cannot be read at all (a column mapping
        // refused, a CSV of activities without its certifications, a file that fails or names no one) exits 2 with
        // no summary, and no report or calendar of the user's is replaced by an empty one.
        SpreadsheetReadResult? sheet = null;
        if (SpreadsheetInput.IsSpreadsheet(file))
        {
            try
            {
                sheet = SpreadsheetInput.Read(file, sheets, catalog, errors, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                errors.Error(FindingCodes.BatchInterrupted, "$", ("people", Number(0)), ("report", kept));
                return CliApp.Interrupted;
            }
            if (sheet is null)
            {
                return CliApp.Unreadable;
            }
            if (sheet.People.IsEmpty && !sheet.IsValid)
            {
                // Not one person could be read (not a workbook, no certifications sheet): the file's findings say why.
                foreach (var finding in sheet.Findings)
                {
                    errors.Write(finding, null);
                }
                return CliApp.Unreadable;
            }
            state.BytesRead = file.Length;
        }
        ReportWriter? report = null;
        try
        {
            if (reportFile is not null)
            {
                report = ReportWriter.Create(reportFile, asOf, withinDays, catalog, words, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Error(FindingCodes.CannotWrite, reportFile!.ToString(), ("what", "report"), ("file", reportFile.ToString()), ("reason", FindingCodes.WriteProblem(e)));
            return CliApp.Unreadable;
        }

        var workforce = new WorkforceEvaluator(new CertificationEvaluator(catalog), parallelism);
        var forecast = new WorkforceForecastBuilder(asOf, withinDays, MaxDueShown);
        var calendar = calendarFile is null ? null : new WorkforceForecastBuilder(asOf, withinDays);
        try
        {
            using (report)
            {
                var rows = sheet is not null
                    ? SpreadsheetWorkforce.EvaluateInOrderAsync(workforce, sheet, asOf, cancellationToken)
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
                            var task = context.AddTask(Terminal.Text(words.Evaluating), maxValue: Math.Max(1, stream.Length));
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
                    var bytes = new System.Text.UTF8Encoding(false).GetBytes(Calendars.DeadlineCalendar.ForWorkforce(calendar.Build(), words: words, cancellationToken: cancellationToken));
                    ics.Stream.Write(bytes);
                    ics.Commit();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            errors.Error(FindingCodes.BatchInterrupted, "$", ("people", Number(state.People)), ("report", kept));
            return CliApp.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Error(FindingCodes.BatchFailed, "$", ("file", file.ToString()), ("reason", FindingCodes.ReadProblem(e)), ("report", kept));
            return CliApp.Unreadable;
        }

        var result = forecast.Build();
        foreach (var (line, findings) in state.Errors)
        {
            foreach (var finding in findings)
            {
                // A JSON line is named as the library's paths name a line ("line 5"), in the details beside the finding's own
                // path; a spreadsheet's finding names its sheet, row and cell in its path already.
                errors.Write(finding, SpreadsheetInput.IsSpreadsheet(file) ? null : "line " + Number(line));
            }
        }
        if (state.MalformedLines > state.Errors.Count)
        {
            errors.Report(FindingSeverity.Info, FindingCodes.MoreMalformedLines, "$", ("count", Number(state.MalformedLines - state.Errors.Count)), ("where", report is null ? "none" : "report"));
        }
        WriteSummary(stdout, words, InputFiles.Name(file), result, state, reportFile, interactive);
        return state.MalformedLines > 0 ? CliApp.SomeLinesMalformed : CliApp.Evaluated;
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
                if (state.Errors.Count < MaxErrorsShown)
                {
                    state.Errors.Add((row.Line, [.. row.Findings.Where(f => f.Severity == FindingSeverity.Error)]));
                }
            }
            report?.Write(row);
        }
    }

    /// <summary>The summary on standard output, every word from <paramref name="words"/>: the counts, by credential and status, and who is due soon.</summary>
    private static void WriteSummary(TextWriter stdout, Explainer words, string fileName, WorkforceForecast forecast, BatchState state, FileInfo? reportFile, bool interactive)
    {
        var (console, border) = Terminal.For(stdout, interactive);
        if (!interactive)
        {
            // Redirected, each person's row stays on one line for the programs that read it (the words are longer than ids).
            console.Profile.Width = 240;
        }
        console.MarkupLine(Terminal.Text(words.WorkforceCounts(fileName, state.Lines, state.People, forecast.Certifications, state.MalformedLines, forecast.NotEvaluated, forecast.AsOf)));

        var counts = new Table().Border(border).AddColumns(words.ColumnHeader("credential"), words.ColumnHeader("status"), words.ColumnHeader("certifications"));
        foreach (var count in forecast.Counts)
        {
            counts.AddRow(Terminal.Text(count.CredentialId), Terminal.Text(words.StatusName(count.Status)), count.Count.ToString("N0", words.Culture));
        }
        console.Write(counts);

        console.MarkupLine(Terminal.Text(words.DueSoonCount(forecast.WithinDays, forecast.DueSoonCount)));
        if (!forecast.DueSoon.IsEmpty)
        {
            var due = new Table().Border(border).AddColumns(
                words.ColumnHeader("personId"), words.ColumnHeader("credential"), words.ColumnHeader("status"), words.ColumnHeader("nextStep"),
                words.ColumnHeader("nextStepBy"), words.ColumnHeader("daysToNextStep"), words.ColumnHeader("planTotal"));
            foreach (var entry in forecast.DueSoon)
            {
                due.AddRow(
                    Terminal.Text(entry.PersonId),
                    Terminal.Text(entry.CredentialId),
                    Terminal.Text(words.StatusName(entry.Status)),
                    Terminal.Text(words.ActionName(entry.NextStep.Action)),
                    entry.NextStep.By is { } by ? Terminal.Text(words.Date(by)) : string.Empty,
                    entry.NextStep.DaysFromAsOf?.ToString("N0", words.Culture) ?? string.Empty,
                    entry.Plan.Total.IsZero ? string.Empty : Terminal.Text(words.Need(entry.Plan.Total, entry.Policy)));
            }
            console.Write(due);
            if (forecast.DueSoonCount > forecast.DueSoon.Length)
            {
                console.MarkupLine(Terminal.Text(words.MoreDueSoon(forecast.DueSoonCount - forecast.DueSoon.Length, reportFile?.Name)));
            }
        }
        if (forecast.NoRouteCount > 0)
        {
            var named = forecast.NoRoute.Take(NoRouteShown).Select(e => $"{e.PersonId} {e.CredentialId}").ToList();
            console.MarkupLine(Terminal.Text(words.NoRouteLeft(forecast.NoRouteCount, named)));
        }
    }

    private static string Iso(LocalDate date) => Terminal.Iso(date);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Counters, written by the consuming side (and the bytes read by the reading side).</summary>
    internal sealed class BatchState
    {
#pragma warning disable CA1051 // Interlocked needs a field.
        internal long BytesRead;
#pragma warning restore CA1051

        internal long Lines { get; set; }

        internal long MalformedLines { get; set; }

        internal long People { get; set; }

        /// <summary>The first malformed lines, each with its errors.</summary>
        internal List<(long Line, Finding[] Findings)> Errors { get; } = new();
    }
}

/// <summary>The values of the <c>batch</c> command's arguments and options.</summary>
internal sealed record BatchOptions(FileInfo File, LocalDate AsOf, int WithinDays, FileInfo? Report, int? Parallelism, SheetArguments Sheets, FileInfo? Calendar,
    System.Globalization.CultureInfo? Culture = null);
