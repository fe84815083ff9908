using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CeuRules.Json;

namespace CeuRules.Spreadsheets;

/// <summary>
/// Writes documents in the spreadsheet layout that <see cref="SpreadsheetTranscriptReader"/> reads: an
/// XLSX workbook with the sheets "Activities" (one row per credit line), "Certifications" and "Exam
/// attempts", readable headers and real date cells. Useful as a template to fill in, and reading what
/// it writes gives the same documents back.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class SpreadsheetTranscriptWriter
{
    private static readonly string[] ActivityHeaders = ["Person", "Activity ID", "Title", "Provider", "Kind", "Completed on", "Duration (minutes)", "Purchased on", "Valid (months)", "Amount", "Unit", "Category", "Approved by", "Approval reference"];
    private static readonly string[] CertificationHeaders = ["Person", "Credential", "Certified on", "Member"];
    private static readonly string[] ExamHeaders = ["Person", "Credential", "Date", "Passed"];
    private static readonly Dictionary<string, double> Widths = new(StringComparer.Ordinal)
    {
        ["Completed on"] = 14, ["Purchased on"] = 14, ["Certified on"] = 14, ["Date"] = 14, ["Title"] = 40, ["Provider"] = 30,
    };

    /// <summary>Writes people's documents as one workbook; a document without a person id is written under "person-1", "person-2" and so on.</summary>
    /// <param name="stream">Where to write; not closed.</param>
    /// <param name="documents">The documents.</param>
    /// <param name="cancellationToken">Checked at every document and every row; cancelled, the method throws <see cref="OperationCanceledException"/> and nothing has been written to <paramref name="stream"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a document is.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void WriteXlsx(Stream stream, IEnumerable<TranscriptDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(documents);
        var activities = new List<IReadOnlyList<object?>>();
        var certifications = new List<IReadOnlyList<object?>>();
        var exams = new List<IReadOnlyList<object?>>();
        int n = 0;
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            string person = document.PersonId ?? $"person-{++n}";
            foreach (var certification in document.Certifications)
            {
                certifications.Add(Row(CertificationHeaders, person, certification.Credential.Id, certification.CertifiedOn.ToDateTimeUnspecified(), certification.IsMember ? "yes" : "no"));
                foreach (var attempt in certification.ExamAttempts)
                {
                    exams.Add(Row(ExamHeaders, person, certification.Credential.Id, attempt.On.ToDateTimeUnspecified(), attempt.Passed ? "passed" : "failed"));
                }
            }
            foreach (var activity in document.Transcript.Activities)
            {
                var lines = activity.Credits.IsEmpty ? [null] : activity.Credits.Select(c => (Model.CreditLine?)c).ToArray();
                foreach (var line in lines)
                {
                    activities.Add(Row(ActivityHeaders, person, activity.Id, activity.Title, activity.Provider, activity.Kind.Id, activity.CompletedOn.ToDateTimeUnspecified(),
                        activity.DurationMinutes, activity.PurchasedOn?.ToDateTimeUnspecified(), activity.ValidMonths,
                        line?.Amount.Value, line?.Unit.Id, line?.Category?.Id, line is null || line.ApprovedBy.IsEmpty ? null : string.Join(", ", line.ApprovedBy), line?.ApprovalReference));
                }
            }
        }
        XlsxWriter.Write(stream,
        [
            new XlsxSheet("Activities", ActivityHeaders, activities, Widths),
            new XlsxSheet("Certifications", CertificationHeaders, certifications, Widths),
            new XlsxSheet("Exam attempts", ExamHeaders, exams, Widths),
        ], cancellationToken);
    }

    private static object?[] Row(string[] headers, params object?[] values)
    {
        var row = new object?[headers.Length];
        Array.Copy(values, row, Math.Min(values.Length, row.Length));
        return row;
    }
}
