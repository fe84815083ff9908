using System;
using System.IO;
using System.Text.Json;
using CeuRules.Json;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Cli;

/// <summary>
/// The batch report: a row per evaluated certification and per malformed line, as XLSX or CSV for people
/// (<see cref="SpreadsheetReport"/>, in input order) or JSON for machines (by the file's extension); every
/// report is written as rows arrive from the workforce pipeline, in input order, so that memory does not
/// grow with the workforce; the JSON's <c>line</c> member ties each row to its input line. Every report is written to a
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

    /// <summary>
    /// A report for <paramref name="target"/>, written to a temporary file beside it: the target itself
    /// is replaced only by <see cref="Commit"/>, and left as it was when the writer is disposed without one.
    /// </summary>
    internal static ReportWriter Create(FileInfo target, LocalDate asOf, int withinDays, Policies.PolicyCatalog? catalog = null,
        Explanations.Explainer? words = null, System.Threading.CancellationToken cancellationToken = default)
    {
        var atomic = AtomicFile.Create(target.FullName);
        try
        {
            var extension = target.Extension.ToLowerInvariant();
            ReportWriter report = extension == ".json"
                ? new JsonReport(atomic.Stream, asOf, withinDays)
                : new SpreadsheetReport(atomic.Stream, extension == ".xlsx", asOf, withinDays, catalog, words, cancellationToken);
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

    /// <summary>Writes the rows of one input line, in input order (the pipeline yields them so).</summary>
    internal abstract void Write(WorkforceRow row);

    internal void Finish(WorkforceForecast forecast, BatchCommand.BatchState state)
    {
        lock (gate)
        {
            End(forecast, state);
        }
    }

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

        internal override void Write(WorkforceRow row)
        {
            lock (writer)
            {
                WorkforceJsonWriter.WriteRow(writer, row);
                FlushWhenFull();
            }
        }

        private void FlushWhenFull()
        {
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }
        }

        protected override void End(WorkforceForecast forecast, BatchCommand.BatchState state)
        {
            lock (writer)
            {
                writer.WriteEndArray();
                writer.WriteStartObject("summary");
                WorkforceJsonWriter.WriteSummaryMembers(writer, forecast, state.Lines, state.People, state.MalformedLines);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.Flush();
            }
        }

        protected override void Close() => writer.Dispose();
    }
}
