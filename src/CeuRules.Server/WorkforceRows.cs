using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CeuRules.Evaluation;
using CeuRules.Policies;
using CeuRules.Spreadsheets;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Server;

/// <summary>
/// The rows of a workforce summary stream: one per evaluated certification and one per malformed line,
/// with the columns of the <c>ceurules batch</c> report (docs/hr-integration.md), as CSV or JSON Lines.
/// </summary>
/// <remarks>
/// The CSV rows are written by the same <see cref="WorkforceCsvWriter"/> as <c>ceurules batch</c>; the JSON
/// Lines rows follow the fields of the command line's JSON report (docs/hr-integration.md).
/// </remarks>
internal abstract class WorkforceRows
{
    /// <summary>The rows as CSV (RFC 4180, a header line first) or as JSON Lines (a summary line last).</summary>
    internal static WorkforceRows For(bool csv, PolicyCatalog catalog) => csv ? new Csv(catalog) : new JsonLines();

    /// <summary>The bytes written before the first row.</summary>
    internal abstract byte[] Header();

    /// <summary>The rows of one evaluated person.</summary>
    internal abstract byte[] Person(long line, PersonEvaluation person, IReadOnlyList<Finding> findings);

    /// <summary>The row of a malformed line.</summary>
    internal abstract byte[] Malformed(long line, IReadOnlyList<Finding> errors);

    /// <summary>The bytes written after the last row.</summary>
    internal abstract byte[] Footer(WorkforceForecast forecast, long lines, long malformed);

    /// <summary>The reason a malformed line was not evaluated, as the command line states it: every error, separated by "; ".</summary>
    internal static string Reason(IReadOnlyList<Finding> errors) => string.Join("; ", errors.Select(f => f.ToString()));

    /// <summary>The reader's findings of an evaluated line, as the command line's report states them: "path [code]", separated by "; ".</summary>
    internal static string FindingList(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? string.Empty : string.Join("; ", findings.Select(f => $"{f.Path} [{f.Code}]"));

    internal static Deadline? NextDeadline(CertificationEvaluation evaluation) => evaluation.Deadlines.FirstOrDefault(d => d.DaysFromAsOf >= 0);

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The CSV rows are those of <c>ceurules batch --out report.csv</c>, written by the same
    /// <see cref="WorkforceCsvWriter"/> (readable headers, a shortfall column per minimum of the
    /// catalog's policies, a byte-order mark), one person at a time into a buffer the stream sends on.
    /// </summary>
#pragma warning disable CA1001 // The buffer is a MemoryStream and the writer writes only to it: nothing needs releasing.
    private sealed class Csv(PolicyCatalog catalog) : WorkforceRows
#pragma warning restore CA1001
    {
        private readonly MemoryStream buffer = new();
        private WorkforceCsvWriter? writer;

        internal override byte[] Header()
        {
            lock (buffer)
            {
                writer = new WorkforceCsvWriter(buffer, catalog);
                return Take();
            }
        }

        // Workers format their people's rows at the same time; each call takes the buffer alone and returns
        // only its own rows, which the stream then sends in input order.
        internal override byte[] Person(long line, PersonEvaluation person, IReadOnlyList<Finding> findings)
        {
            lock (buffer)
            {
                writer!.Write(line, person, FindingList(findings));
                return Take();
            }
        }

        internal override byte[] Malformed(long line, IReadOnlyList<Finding> errors)
        {
            lock (buffer)
            {
                writer!.WriteProblem(line, null, Reason(errors));
                return Take();
            }
        }

        internal override byte[] Footer(WorkforceForecast forecast, long lines, long malformed) => [];

        private byte[] Take()
        {
            writer!.Flush();
            var bytes = buffer.ToArray();
            buffer.SetLength(0);
            return bytes;
        }
    }

    private sealed class JsonLines : WorkforceRows
    {
        private static readonly JsonWriterOptions Options = new() { Indented = false };

        internal override byte[] Header() => [];

        internal override byte[] Person(long line, PersonEvaluation person, IReadOnlyList<Finding> findings)
        {
            var buffer = new ArrayBufferWriter<byte>(512);
            string list = FindingList(findings);
            foreach (var result in person.Results)
            {
                Row(buffer, line, person.PersonId, result, null, null, list);
            }
            foreach (var certification in person.NotEvaluated)
            {
                Row(buffer, line, person.PersonId, null, $"no policy for the credential '{certification.Credential.Id}'", null, list);
            }
            return buffer.WrittenSpan.ToArray();
        }

        internal override byte[] Malformed(long line, IReadOnlyList<Finding> errors)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            Row(buffer, line, null, null, Reason(errors), errors, string.Empty);
            return buffer.WrittenSpan.ToArray();
        }

        internal override byte[] Footer(WorkforceForecast forecast, long lines, long malformed)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                writer.WriteStartObject();
                writer.WriteStartObject("summary");
                writer.WriteNumber("lines", lines);
                writer.WriteNumber("people", forecast.People);
                writer.WriteNumber("malformedLines", malformed);
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
            }
            buffer.Write("\n"u8);
            return buffer.WrittenSpan.ToArray();
        }

        private static void Row(ArrayBufferWriter<byte> buffer, long line, string? personId, CertificationEvaluation? result, string? error,
            IReadOnlyList<Finding>? errors, string findings)
        {
            using (var writer = new Utf8JsonWriter(buffer, Options))
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
                    foreach (var requirement in result.Requirements)
                    {
                        if (!requirement.IsMet)
                        {
                            writer.WritePropertyName(requirement.RequirementId);
                            writer.WriteRawValue(requirement.Shortfall.ToString(), skipInputValidation: true);
                        }
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
                if (errors is not null)
                {
                    writer.WriteStartArray("errors");
                    foreach (var finding in errors)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("code", finding.Code);
                        writer.WriteString("severity", finding.SeverityId);
                        writer.WriteString("path", finding.Path);
                        writer.WriteString("message", finding.Message);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                if (findings.Length > 0)
                {
                    writer.WriteString("findings", findings);
                }
                writer.WriteEndObject();
            }
            buffer.Write("\n"u8);
        }
    }
}
