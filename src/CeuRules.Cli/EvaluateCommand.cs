using System.Globalization;
using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Policies;
using CeuRules.Reports;
using NodaTime;

namespace CeuRules.Cli;

/// <summary>
/// The <c>evaluate</c> command: read a document, evaluate each certification, write text, JSON or HTML.
/// Exit 0 for a clean document, 1 when it was evaluated but a part of it was left out (the output says
/// what, and qualifies the statuses it could change), 2 when it cannot be read.
/// </summary>
internal static class EvaluateCommand
{
    internal static int Run(FileInfo file, LocalDate? asOfOption, string format, PolicyCatalog catalog, IClock clock, TextWriter stdout, TextWriter stderr, bool interactive,
        InputFiles inputs, SheetArguments? sheets = null, CultureInfo? culture = null, CourseChoice? courses = null)
    {
        var catalogs = courses is { Catalogs.Count: > 0 } ? RecommendCommand.ReadCatalogs(courses.Catalogs, inputs, stderr) : null;
        if (courses is { Catalogs.Count: > 0 } && catalogs is null)
        {
            return CliApp.Unreadable;
        }
        ReadResult read;
        if (SpreadsheetInput.IsSpreadsheet(file))
        {
            if (SpreadsheetInput.Read(file, sheets ?? SheetArguments.None, catalog, stderr) is not { } sheet)
            {
                return CliApp.Unreadable;
            }
            read = sheet.ToSingleDocument();
        }
        else if (inputs.Read(file, "document", TranscriptJsonReader.MaxDocumentBytes, stderr) is { } bytes)
        {
            read = TranscriptJsonReader.Read(bytes, catalog);
        }
        else
        {
            return CliApp.Unreadable;
        }
        if (read.Document is not { } document)
        {
            stderr.WriteLine($"error: '{file}' could not be read:");
            foreach (var finding in read.Findings)
            {
                stderr.WriteLine($"  {finding}");
            }
            return CliApp.Unreadable;
        }

        var asOf = asOfOption ?? document.AsOf ?? clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;
        var evaluator = new CertificationEvaluator(catalog);
        var results = document.Certifications.Select(c => evaluator.Evaluate(c, document.Transcript, asOf)).ToList();
        if (format == "json")
        {
            // Streamed to the writer as it is made: the JSON of a large document is never held whole as a string.
            using (var stream = new TextWriterStream(stdout))
            {
                EvaluationJsonWriter.Write(asOf, results, read.Findings, stream);
            }
            stdout.WriteLine();
        }
        else if (format == "ics")
        {
            // The calendar's words speak the culture asked for, English by default.
            stdout.Write(Calendars.DeadlineCalendar.ForPerson(results, document.PersonId, words: culture is null ? null : Explanations.Explainer.For(culture)));
        }
        else
        {
            // The reports speak the culture asked for (English by default); the JSON above never depends on it.
            var options = new ReportOptions
            {
                Culture = culture ?? ReportOptions.Default.Culture,
                DocumentName = InputFiles.Name(file),
                Findings = read.Findings,
                TerminalStyle = interactive,
                Recommendation = catalogs is null ? null : RecommendCommand.Recommend(document, catalogs, asOf, courses!.Objective, catalog),
            };
            if (format == "html")
            {
                EvaluationReport.WriteHtml(stdout, asOf, document.Transcript, results, options);
            }
            else
            {
                EvaluationReport.WriteText(stdout, asOf, document.Transcript, results, options);
            }
        }
        foreach (var finding in read.Findings.Where(f => f.Severity == FindingSeverity.Error))
        {
            stderr.WriteLine($"error: {finding}");
        }
        // Evaluated without a part of the document: exit 1, as batch does for its malformed lines.
        return read.IsValid ? CliApp.Evaluated : CliApp.SomeLinesMalformed;
    }
}

/// <summary>The catalogs to recommend courses from in a report, and what to minimise.</summary>
internal sealed record CourseChoice(System.Collections.Generic.IReadOnlyList<FileInfo> Catalogs, Recommendations.RecommendationObjective Objective);
