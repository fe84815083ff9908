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
/// workforce, and its <c>line</c> member ties each row to its input line.
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

    internal static ReportWriter Create(FileInfo file, LocalDate asOf, int withinDays, Policies.PolicyCatalog? catalog = null)
    {
        var extension = file.Extension.ToUpperInvariant();
        if (extension is not (".CSV" or ".JSON" or ".XLSX"))
        {
            throw new ArgumentException($"The report must end in .xlsx, .csv or .json; was '{file.Name}'.", nameof(file));
        }
        var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return extension == ".JSON" ? new JsonReport(stream, asOf, withinDays) : new SpreadsheetReport(stream, extension == ".XLSX", asOf, withinDays, catalog);
    }

    /// <summary>What is still missing, for example "category:clinical=4; approved=2".</summary>
    internal static string Missing(IEnumerable<RequirementOutcome> requirements) =>
        string.Join("; ", requirements.Where(r => !r.IsMet).Select(r => $"{r.RequirementId}={r.Shortfall}"));

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

    public abstract void Dispose();

    protected static string Iso(LocalDate date) => Terminal.Iso(date);

    private sealed class JsonReport : ReportWriter
    {
        private readonly Utf8JsonWriter writer;
        private readonly Stream stream;

        internal JsonReport(Stream stream, LocalDate asOf, int withinDays)
            : base(asOf, withinDays)
        {
            this.stream = stream;
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

        public override void Dispose()
        {
            writer.Dispose();
            stream.Dispose();
        }
    }
}
