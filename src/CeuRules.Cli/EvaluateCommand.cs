using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Cli;

/// <summary>The <c>evaluate</c> command: read a document, evaluate each certification, write text, JSON or HTML.</summary>
internal static class EvaluateCommand
{
    internal static int Run(FileInfo file, LocalDate? asOfOption, string format, PolicyCatalog catalog, IClock clock, TextWriter stdout, TextWriter stderr, bool interactive,
        SheetArguments? sheets = null)
    {
        ReadResult read;
        if (SpreadsheetInput.IsSpreadsheet(file))
        {
            if (SpreadsheetInput.Read(file, sheets ?? SheetArguments.None, catalog, stderr) is not { } sheet)
            {
                return CliApp.Unreadable;
            }
            read = sheet.ToSingleDocument();
        }
        else if (InputFiles.Read(file, "document", stderr) is { } bytes)
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
            stdout.Write(EvaluationJsonWriter.Write(asOf, results, read.Findings));
            stdout.WriteLine();
        }
        else if (format == "ics")
        {
            stdout.Write(Calendars.DeadlineCalendar.ForPerson(results, document.PersonId));
        }
        else if (format == "html")
        {
            HtmlReport.Write(stdout, file.Name, asOf, results, document.Transcript, read.Findings);
        }
        else
        {
            TextReport.Write(stdout, file.Name, asOf, results, read.Findings, interactive);
        }
        foreach (var finding in read.Findings.Where(f => f.Severity == FindingSeverity.Error))
        {
            stderr.WriteLine($"error: {finding}");
        }
        return CliApp.Evaluated;
    }
}
