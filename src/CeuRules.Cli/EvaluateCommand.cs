using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Policies;
using CeuRules.Reports;
using CeuRules.Spreadsheets;
using NodaTime;

namespace CeuRules.Cli;

/// <summary>
/// The <c>evaluate</c> command: read a document, evaluate each certification, write text, JSON or HTML.
/// Exit 0 for a clean document, 1 when it was evaluated but a part of it was left out (the output says
/// what, and qualifies the statuses it could change), 2 when it cannot be read.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>The command, its options and its action.</summary>
    internal static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = $"The transcript document (JSON, see {DocLinks.To("formats.md")}; - reads standard input), or an HR export: an .xlsx workbook or a .csv of activities (see {DocLinks.To("hr-integration.md")})." };
        var asOf = CliOptions.AsOf("Evaluate as of this date (YYYY-MM-DD); overrides the document's asOf. Default: the document's asOf, else today.");
        var format = CliOptions.Format("Output format: text (for people), json (the documented contract), html (one self-contained page) or ics (the deadlines as an iCalendar file).", "text", "json", "html", "ics");
        var policies = PolicyFiles.Option();
        var sheets = new SheetOptions();
        var culture = ReportCulture.Option();
        var catalogs = new Option<FileInfo[]>("--catalog") { Description = "With --format html or text: add the courses from this catalog (repeatable) that make every certification current for the least cost (see --objective).", HelpName = "FILE", AllowMultipleArgumentsPerToken = false };
        var objective = RecommendCommand.ObjectiveOption();
        var command = new Command("evaluate", "Evaluate every certification of a transcript document and explain the result." + CliOptions.Example("ceurules evaluate transcript.json --as-of 2025-11-23 --format html --culture es-US > report.html"))
            { file, asOf, format, policies, culture, catalogs, objective };
        sheets.AddTo(command);
        command.SetAction(parse =>
        {
            // The culture first: every later line speaks it.
            if (!ReportCulture.TryParse(parse.GetValue(culture), context.Errors(), out var reportCulture))
            {
                return CliApp.Unreadable;
            }
            var errors = context.Errors(reportCulture);
            if (!CliOptions.TryParseAsOf(parse.GetValue(asOf), errors, out var asOfDate))
            {
                return CliApp.Unreadable;
            }
            var courseCatalogs = parse.GetValue(catalogs) ?? [];
            if (courseCatalogs.Length > 0 && parse.GetValue(format) is "json" or "ics")
            {
                errors.Error(FindingCodes.CatalogNotForFormat, "--catalog", ("format", parse.GetValue(format)!));
                return CliApp.Unreadable;
            }
            var catalog = PolicyFiles.Load(parse, policies, errors, context.Inputs);
            return catalog is null
                ? CliApp.Unreadable
                : Run(new EvaluateOptions(parse.GetRequiredValue(file), asOfDate, parse.GetValue(format) ?? "text", sheets.Read(parse), reportCulture,
                    new CourseChoice(courseCatalogs, RecommendCommand.Objective(parse.GetValue(objective)))), catalog, context);
        });
        return command;
    }

    /// <summary>Evaluates the document as <paramref name="options"/> say, with <paramref name="catalog"/>'s policies.</summary>
    internal static int Run(EvaluateOptions options, PolicyCatalog catalog, CliContext context)
    {
        var (file, asOfOption, format, sheets, culture, courses) = options;
        var (stdout, interactive, inputs) = (context.Stdout, context.Interactive, context.Inputs);
        var errors = context.Errors(culture);
        var catalogs = courses is { Catalogs.Count: > 0 } ? RecommendCommand.ReadCatalogs(courses.Catalogs, inputs, errors) : null;
        if (courses is { Catalogs.Count: > 0 } && catalogs is null)
        {
            return CliApp.Unreadable;
        }
        TranscriptReadResult read;
        if (SpreadsheetInput.IsSpreadsheet(file))
        {
            SpreadsheetReadResult? sheet;
            try
            {
                sheet = SpreadsheetInput.Read(file, sheets, catalog, errors, context.CancellationToken);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                errors.Error(FindingCodes.Interrupted, "$", ("what", "reading"));
                return CliApp.Interrupted;
            }
            if (sheet is null)
            {
                return CliApp.Unreadable;
            }
            read = sheet.ToSingleDocument();
        }
        else if (inputs.Read(file, "document", TranscriptJsonReader.MaxDocumentBytes, errors) is { } bytes)
        {
            read = TranscriptJsonReader.Read(bytes, catalog);
        }
        else
        {
            return CliApp.Unreadable;
        }
        if (read.Document is not { } document)
        {
            // Each finding names the file in its details: the document was refused.
            foreach (var finding in read.Findings)
            {
                errors.Write(finding, InputFiles.Source(file));
            }
            return CliApp.Unreadable;
        }

        var asOf = asOfOption ?? document.AsOf ?? context.Today();
        var evaluator = new CertificationEvaluator(catalog);
        var results = document.Certifications.Select(c => evaluator.Evaluate(c, document.Transcript, asOf)).ToList();
        if (format == "json")
        {
            // Streamed to the writer as it is made: the JSON of a large document is never held whole as a string.
            using (var stream = new TextWriterStream(stdout))
            {
                EvaluationJsonWriter.Write(asOf, results, read.Findings, stream, context.CancellationToken);
            }
            stdout.WriteLine();
        }
        else if (format == "ics")
        {
            // The calendar's words speak the culture asked for, English by default.
            stdout.Write(Calendars.DeadlineCalendar.ForPerson(results, document.PersonId, words: ReportCulture.Words(culture)));
        }
        else
        {
            Recommendations.Recommendation? recommendation;
            try
            {
                recommendation = catalogs is null ? null : RecommendCommand.Recommend(document, catalogs, asOf, courses.Objective, catalog, context.CancellationToken);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                errors.Error(FindingCodes.Interrupted, "$", ("what", "recommendation"));
                return CliApp.Interrupted;
            }
            // The reports speak the culture asked for (English by default); the JSON above never depends on it.
            var report = new ReportOptions
            {
                Culture = culture ?? ReportOptions.Default.Culture,
                DocumentName = InputFiles.Name(file),
                Findings = read.Findings,
                Recommendation = recommendation,
            };
            if (format == "html")
            {
                EvaluationReport.WriteHtml(stdout, asOf, document.Transcript, results, report);
            }
            else
            {
                // On a terminal the report is styled (colours, rounded tables); redirected, it is plain text.
                EvaluationReport.WriteText(interactive ? new TerminalLayout(stdout) : TextLayout.Plain(stdout), asOf, document.Transcript, results, report);
            }
        }
        foreach (var finding in read.Findings.Where(f => f.Severity == FindingSeverity.Error))
        {
            errors.Write(finding);
        }
        // Evaluated without a part of the document: exit 1, as batch does for its malformed lines.
        return read.IsValid ? CliApp.Evaluated : CliApp.SomeLinesMalformed;
    }
}

/// <summary>The catalogs to recommend courses from in a report, and what to minimise.</summary>
/// <summary>The values of the <c>evaluate</c> command's arguments and options.</summary>
internal sealed record EvaluateOptions(FileInfo File, LocalDate? AsOf, string Format, SheetArguments Sheets, CultureInfo? Culture, CourseChoice Courses);

internal sealed record CourseChoice(System.Collections.Generic.IReadOnlyList<FileInfo> Catalogs, Recommendations.RecommendationObjective Objective);
