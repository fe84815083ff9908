using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CeuRules.Calendars;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Reports;
using NodaTime;

namespace CeuRules.Web.Services;

/// <summary>
/// One person's evaluation in the page, as <c>ceurules evaluate</c> makes it: the document read (JSON or a
/// one-person spreadsheet, or the form written as the JSON format), each certification evaluated as of a
/// date, and the report, the calendar and the findings drawn from those results only.
/// </summary>
internal sealed class PersonReport
{
    private PersonReport(string documentName, TranscriptReadResult read, LocalDate asOf, IReadOnlyList<CertificationEvaluation> results)
    {
        DocumentName = documentName;
        Read = read;
        AsOf = asOf;
        Results = results;
    }

    internal string DocumentName { get; }

    /// <summary>The document as read, with every finding of the reader.</summary>
    internal TranscriptReadResult Read { get; }

    internal LocalDate AsOf { get; }

    /// <summary>One evaluation per certification, most urgent first (<see cref="EvaluationOrder.ByUrgency"/>, the reports' order); empty when the document could not be read.</summary>
    internal IReadOnlyList<CertificationEvaluation> Results { get; }

    internal bool IsReadable => Read.Document is not null;

    /// <summary>Reads a dropped file the way the command line does: spreadsheets as one person's document, anything else as JSON.</summary>
    /// <exception cref="SheetInputException">A spreadsheet cannot be read at all (see <see cref="SheetInput.Read"/>).</exception>
    internal static TranscriptReadResult ReadFile(Engine engine, DroppedFile file, DroppedFile? certifications, DroppedFile? examAttempts, string? mappings)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(file);
        if (Spreadsheets.SpreadsheetFile.IsSpreadsheet(file.Name))
        {
            return SheetInput.Read(file, certifications, examAttempts, SheetInput.Options(mappings), engine.Policies).ToSingleDocument();
        }
        return TranscriptJsonReader.Read(file.Bytes, engine.Policies);
    }

    /// <summary>Evaluates what was read as of <paramref name="asOf"/>, or the document's own date, or today.</summary>
    internal static PersonReport Evaluate(Engine engine, string documentName, TranscriptReadResult read, LocalDate? asOf)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(read);
        if (read.Document is not { } document)
        {
            return new PersonReport(documentName, read, asOf ?? engine.Today(), []);
        }
        var date = asOf ?? document.AsOf ?? engine.Today();
        var results = EvaluationOrder.ByUrgency(document.Certifications.Select(c => engine.Evaluator.Evaluate(c, document.Transcript, date)));
        return new PersonReport(documentName, read, date, results);
    }

    /// <summary>The HTML report of <c>ceurules evaluate --format html</c>, in <paramref name="culture"/>.</summary>
    internal string Html(CultureInfo culture) => Html(culture, Read.Document!.Transcript, Results, AsOf, DocumentName, Read.Findings);

    /// <summary>The HTML report of some evaluations of one transcript, in <paramref name="culture"/>.</summary>
    internal static string Html(CultureInfo culture, Transcript transcript, IReadOnlyList<CertificationEvaluation> results, LocalDate asOf, string documentName, IReadOnlyList<Finding> findings)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        EvaluationReport.WriteHtml(writer, asOf, transcript, results, new ReportOptions
        {
            Culture = culture,
            DocumentName = documentName,
            Findings = findings,
        });
        return writer.ToString();
    }

    /// <summary>The deadlines as iCalendar, as <c>ceurules evaluate --format ics</c> writes them.</summary>
    internal string Calendar() => DeadlineCalendar.ForPerson(Results, Read.Document?.PersonId);
}
