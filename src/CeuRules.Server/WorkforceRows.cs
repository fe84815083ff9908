using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CeuRules.Json;
using CeuRules.Policies;
using CeuRules.Spreadsheets;
using CeuRules.Workforce;

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
                Line(buffer, writer => WorkforceJsonWriter.WriteEvaluated(writer, line, person.PersonId, result, list));
            }
            foreach (var certification in person.NotEvaluated)
            {
                Line(buffer, writer => WorkforceJsonWriter.WriteNotEvaluated(writer, line, person.PersonId, certification, list));
            }
            return buffer.WrittenSpan.ToArray();
        }

        internal override byte[] Malformed(long line, IReadOnlyList<Finding> errors)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            Line(buffer, writer => WorkforceJsonWriter.WriteMalformed(writer, line, Reason(errors), errors));
            return buffer.WrittenSpan.ToArray();
        }

        internal override byte[] Footer(WorkforceForecast forecast, long lines, long malformed)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            Line(buffer, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartObject("summary");
                WorkforceJsonWriter.WriteSummaryMembers(writer, forecast, lines, forecast.People, malformed);
                writer.WriteEndObject();
                writer.WriteEndObject();
            });
            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>One JSON value and its line end.</summary>
        private static void Line(ArrayBufferWriter<byte> buffer, System.Action<Utf8JsonWriter> write)
        {
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                write(writer);
            }
            buffer.Write("\n"u8);
        }
    }
}
