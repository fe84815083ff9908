using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CeuRules.Evaluation;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Cli;

/// <summary>
/// The batch report: a row per evaluated certification and per malformed line, as CSV or JSON (by the
/// file's extension), written as results arrive so that memory does not grow with the workforce.
/// Rows come in completion order; the <c>line</c> column ties each to its input line.
/// </summary>
internal abstract class ReportWriter : IDisposable
{
    /// <summary>The CSV columns, in order (documented in docs/hr-integration.md).</summary>
    internal static readonly string[] Columns =
    [
        "line", "personId", "credential", "status", "certifiedOn", "expiresOn", "lastCeDay", "nextDeadline", "nextDeadlineDate",
        "daysToNextDeadline", "missing", "planTotal", "planApproved", "unit", "error", "findings",
    ];

    private readonly object gate = new();

    protected ReportWriter(LocalDate asOf, int withinDays)
    {
        AsOf = asOf;
        WithinDays = withinDays;
    }

    protected LocalDate AsOf { get; }

    protected int WithinDays { get; }

    /// <summary>The report formats, by file extension (lower case, with the dot): the one place that lists them.</summary>
    internal static readonly string[] Extensions = [".csv", ".json"];

    /// <summary>The temporary file the report is written to until <see cref="Commit"/>.</summary>
    private AtomicFile? file;

    /// <summary>True when the report's extension is one of <see cref="Extensions"/>.</summary>
    internal static bool IsSupported(FileInfo file) => Array.IndexOf(Extensions, file.Extension.ToLowerInvariant()) >= 0;

    /// <summary>"The report must end in .csv or .json; 'x.xlsx' does not."</summary>
    internal static string Unsupported(FileInfo file) =>
        $"the report is written as {string.Join(" or ", Extensions)} (chosen by the file's extension); '{file.Name}' ends in none of them.";

    /// <summary>
    /// A report for <paramref name="target"/>, written to a temporary file beside it: the target itself
    /// is replaced only by <see cref="Commit"/>, and left as it was when the writer is disposed without one.
    /// </summary>
    internal static ReportWriter Create(FileInfo target, LocalDate asOf, int withinDays)
    {
        var atomic = AtomicFile.Create(target.FullName);
        try
        {
            ReportWriter report = target.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase)
                ? new CsvReport(atomic.Stream, asOf, withinDays)
                : new JsonReport(atomic.Stream, asOf, withinDays);
            report.file = atomic;
            return report;
        }
        catch
        {
            atomic.Dispose();
            throw;
        }
    }

    /// <summary>Replaces the target with the finished report.</summary>
    internal void Commit()
    {
        lock (gate)
        {
            Close();
            file?.Commit();
        }
    }

    /// <summary>Flushes and closes the report's writer (not the file).</summary>
    protected abstract void Close();

    /// <summary>Closes the report; unless committed, removes the temporary file and leaves the target as it was.</summary>
    public void Dispose()
    {
        try
        {
            Close();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The report is abandoned: a failure to flush it changes nothing.
        }
        file?.Dispose();
    }

    /// <summary>What is still missing, for example "category:clinical=4; approved=2".</summary>
    internal static string Missing(IEnumerable<RequirementOutcome> requirements) =>
        string.Join("; ", requirements.Where(r => !r.IsMet).Select(r => $"{r.RequirementId}={r.Shortfall}"));

    internal static Deadline? NextDeadline(CertificationEvaluation evaluation) => evaluation.Deadlines.FirstOrDefault(d => d.DaysFromAsOf >= 0);

    internal void WritePerson(long line, PersonEvaluation person, string findings)
    {
        lock (gate)
        {
            foreach (var result in person.Results)
            {
                Row(line, person.PersonId, result, null, findings);
            }
            foreach (var certification in person.NotEvaluated)
            {
                Row(line, person.PersonId, null, $"no policy for the credential '{certification.Credential.Id}'", findings);
            }
        }
    }

    internal void WriteMalformed(long line, string reason)
    {
        lock (gate)
        {
            Row(line, null, null, reason, string.Empty);
        }
    }

    internal void Finish(WorkforceForecast forecast, BatchCommand.BatchState state)
    {
        lock (gate)
        {
            End(forecast, state);
        }
    }

    protected abstract void Row(long line, string? personId, CertificationEvaluation? result, string? error, string findings);

    protected abstract void End(WorkforceForecast forecast, BatchCommand.BatchState state);

    protected static string Iso(LocalDate date) => Terminal.Iso(date);

    private sealed class CsvReport : ReportWriter
    {
        private readonly StreamWriter writer;

        internal CsvReport(Stream stream, LocalDate asOf, int withinDays)
            : base(asOf, withinDays)
        {
            writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            writer.Write(string.Join(",", Columns));
            writer.Write("\r\n");
        }

        protected override void Row(long line, string? personId, CertificationEvaluation? result, string? error, string findings)
        {
            var next = result is null ? null : NextDeadline(result);
            string[] cells =
            [
                CsvCells.Number(line == 0 ? string.Empty : line.ToString(CultureInfo.InvariantCulture)),
                CsvCells.Guard(personId),
                CsvCells.Guard(result?.Credential.Id),
                CsvCells.Guard(result?.Status.ToId()),
                result is null ? string.Empty : Iso(result.Certification.CertifiedOn),
                result is null ? string.Empty : Iso(result.ExpiresOn),
                result is null ? string.Empty : Iso(result.LastCeDay),
                CsvCells.Guard(next?.Kind.ToId()),
                next is null ? string.Empty : Iso(next.Date),
                CsvCells.Number(next?.DaysFromAsOf.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
                CsvCells.Guard(result is null ? null : Missing(result.Requirements)),
                CsvCells.Number(result?.Plan.Total.ToString() ?? string.Empty),
                CsvCells.Number(result?.Plan.Approved.ToString() ?? string.Empty),
                CsvCells.Guard(result?.Plan.Unit.Id),
                CsvCells.Guard(error),
                CsvCells.Guard(findings),
            ];
            writer.Write(string.Join(",", cells));
            writer.Write("\r\n");
        }

        protected override void End(WorkforceForecast forecast, BatchCommand.BatchState state) => writer.Flush();

        protected override void Close() => writer.Dispose();
    }

    private sealed class JsonReport : ReportWriter
    {
        private readonly Utf8JsonWriter writer;

        internal JsonReport(Stream stream, LocalDate asOf, int withinDays)
            : base(asOf, withinDays)
        {
            writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
            writer.WriteStartObject();
            writer.WriteString("asOf", Iso(asOf));
            writer.WriteNumber("withinDays", withinDays);
            writer.WriteStartArray("rows");
        }

        protected override void Row(long line, string? personId, CertificationEvaluation? result, string? error, string findings)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", line);
            writer.WriteString("personId", personId);
            if (result is not null)
            {
                var next = NextDeadline(result);
                writer.WriteString("credential", result.Credential.Id);
                writer.WriteString("status", result.Status.ToId());
                writer.WriteString("certifiedOn", Iso(result.Certification.CertifiedOn));
                writer.WriteString("expiresOn", Iso(result.ExpiresOn));
                writer.WriteString("lastCeDay", Iso(result.LastCeDay));
                if (next is not null)
                {
                    writer.WriteStartObject("nextDeadline");
                    writer.WriteString("kind", next.Kind.ToId());
                    writer.WriteString("date", Iso(next.Date));
                    writer.WriteNumber("daysFromAsOf", next.DaysFromAsOf);
                    writer.WriteEndObject();
                }
                writer.WriteStartObject("missing");
                foreach (var requirement in result.Requirements.Where(r => !r.IsMet))
                {
                    writer.WritePropertyName(requirement.RequirementId);
                    writer.WriteRawValue(requirement.Shortfall.ToString(), skipInputValidation: true);
                }
                writer.WriteEndObject();
                writer.WritePropertyName("planTotal");
                writer.WriteRawValue(result.Plan.Total.ToString(), skipInputValidation: true);
                writer.WritePropertyName("planApproved");
                writer.WriteRawValue(result.Plan.Approved.ToString(), skipInputValidation: true);
                writer.WriteString("unit", result.Plan.Unit.Id);
            }
            if (error is not null)
            {
                writer.WriteString("error", error);
            }
            if (findings.Length > 0)
            {
                writer.WriteString("findings", findings);
            }
            writer.WriteEndObject();
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }
        }

        protected override void End(WorkforceForecast forecast, BatchCommand.BatchState state)
        {
            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("lines", state.Lines);
            writer.WriteNumber("people", state.People);
            writer.WriteNumber("malformedLines", state.MalformedLines);
            writer.WriteNumber("certifications", forecast.Certifications);
            writer.WriteNumber("notEvaluated", forecast.NotEvaluated);
            writer.WriteNumber("dueWithinDays", forecast.DueSoonCount);
            writer.WriteStartArray("counts");
            foreach (var count in forecast.Counts)
            {
                writer.WriteStartObject();
                writer.WriteString("credential", count.CredentialId);
                writer.WriteString("status", count.Status.ToId());
                writer.WriteNumber("count", count.Count);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
        }

        protected override void Close() => writer.Dispose();
    }
}
