using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CeuRules.Evaluation;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Cli;

/// <summary>
/// The batch report: a row per evaluated certification and per malformed line, as XLSX or CSV for people
/// (<see cref="SpreadsheetReport"/>, in input order) or JSON for machines (by the file's extension); the
/// JSON is written as results arrive, in completion order, so that memory does not grow with the
/// workforce, and its <c>line</c> member ties each row to its input line. Every report is written to a
/// temporary file beside the target and replaces it only on <see cref="Commit"/>.
/// </summary>
internal abstract class ReportWriter : IDisposable
{
    private readonly object gate = new();

    protected ReportWriter(LocalDate asOf, int withinDays)
    {
        AsOf = asOf;
        WithinDays = withinDays;
    }

    protected LocalDate AsOf { get; }

    protected int WithinDays { get; }

    /// <summary>The report formats, by file extension (lower case, with the dot): the one place that lists them.</summary>
    internal static readonly string[] Extensions = [".xlsx", ".csv", ".json"];

    /// <summary>The temporary file the report is written to until <see cref="Commit"/>.</summary>
    private AtomicFile? file;

    /// <summary>True when the report's extension is one of <see cref="Extensions"/>.</summary>
    internal static bool IsSupported(FileInfo file) => Array.IndexOf(Extensions, file.Extension.ToLowerInvariant()) >= 0;

    /// <summary>"The report is written as .xlsx or .csv or .json (…); 'x.txt' ends in none of them."</summary>
    internal static string Unsupported(FileInfo file) =>
        $"the report is written as {string.Join(" or ", Extensions)} (chosen by the file's extension); '{file.Name}' ends in none of them.";

    /// <summary>
    /// A report for <paramref name="target"/>, written to a temporary file beside it: the target itself
    /// is replaced only by <see cref="Commit"/>, and left as it was when the writer is disposed without one.
    /// </summary>
    internal static ReportWriter Create(FileInfo target, LocalDate asOf, int withinDays, Policies.PolicyCatalog? catalog = null)
    {
        var atomic = AtomicFile.Create(target.FullName);
        try
        {
            var extension = target.Extension.ToLowerInvariant();
            ReportWriter report = extension == ".json"
                ? new JsonReport(atomic.Stream, asOf, withinDays)
                : new SpreadsheetReport(atomic.Stream, extension == ".xlsx", asOf, withinDays, catalog);
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

    /// <summary>What is still missing, rounded up to the hundredth, for example "category:clinical=4; approved=2".</summary>
    internal static string Missing(IEnumerable<RequirementOutcome> requirements) =>
        string.Join("; ", requirements.Where(r => !r.IsMet).Select(r => $"{r.RequirementId}={r.Shortfall.RoundedUp}"));

    internal static Deadline? NextDeadline(CertificationEvaluation evaluation) => evaluation.Deadlines.FirstOrDefault(d => d.DaysFromAsOf >= 0);

    /// <summary>Called when a line is read that will be evaluated, before its row is written; a report in input order waits for it.</summary>
    internal virtual void Expect(long line)
    {
    }

    internal virtual void WritePerson(long line, PersonEvaluation person, string findings)
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

    internal virtual void WriteMalformed(long line, string reason)
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
