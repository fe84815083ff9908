using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Json;
using NodaTime;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>
/// Every read or write of a whole file or workforce stops on a cancelled token with
/// <see cref="OperationCanceledException"/>, from inside its row loop (the token is cancelled only once the
/// file has been read to its end, or once the first rows are written), and damages nothing: the streams it
/// opened are closed, nothing half-written reaches a workbook's stream, and what it was given reads and
/// writes as before.
/// </summary>
public sealed class CancellationTest
{
    private static readonly LocalDate AsOf = new(2025, 11, 23);

    [Fact]
    public void ReadXlsx_stops_in_its_row_loop_and_leaves_the_stream_open()
    {
        using var stop = new CancellationTokenSource();
        using var workbook = new CancelAtEnd(File.ReadAllBytes(Paths.Examples("hr-workforce.xlsx")), stop);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SpreadsheetTranscriptReader.ReadXlsx(workbook, cancellationToken: stop.Token));

        Assert.True(workbook.ReachedEnd);
        Assert.True(workbook.CanRead);
        workbook.Position = 0;
        Assert.True(SpreadsheetTranscriptReader.ReadXlsx(workbook).People.Length > 0);
    }

    [Fact]
    public void ReadCsv_of_named_inputs_stops_in_its_row_loop()
    {
        using var stop = new CancellationTokenSource();
        using var activities = new MemoryStream(File.ReadAllBytes(Paths.Examples("hr-activities.csv")));
        using var certifications = new CancelAtEnd(File.ReadAllBytes(Paths.Examples("hr-certifications.csv")), stop);

        Assert.ThrowsAny<OperationCanceledException>(() => SpreadsheetTranscriptReader.ReadCsv(
            new CsvInput("hr-activities.csv", activities), new CsvInput("hr-certifications.csv", certifications), cancellationToken: stop.Token));

        Assert.True(certifications.ReachedEnd);
        Assert.True(activities.CanRead && certifications.CanRead);
    }

    [Fact]
    public void ReadCsv_of_streams_stops_in_its_row_loop()
    {
        using var stop = new CancellationTokenSource();
        using var activities = new MemoryStream(File.ReadAllBytes(Paths.Examples("hr-activities.csv")));
        using var certifications = new CancelAtEnd(File.ReadAllBytes(Paths.Examples("hr-certifications.csv")), stop);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SpreadsheetTranscriptReader.ReadCsv(activities, certifications, cancellationToken: stop.Token));

        Assert.True(certifications.ReachedEnd);
    }

    [Fact]
    public void A_token_cancelled_before_the_call_reads_nothing()
    {
        using var workbook = new CancelAtEnd(File.ReadAllBytes(Paths.Examples("hr-workforce.xlsx")), null);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SpreadsheetTranscriptReader.ReadXlsx(workbook, cancellationToken: new CancellationToken(canceled: true)));

        Assert.Equal(0, workbook.Position);
    }

    [Fact]
    public void SpreadsheetWorkforce_Read_stops_in_its_row_loop_and_closes_every_file_it_opened()
    {
        using var stop = new CancellationTokenSource();
        var opened = new List<CancelAtEnd>();
        SpreadsheetFile File(string name, CancellationTokenSource? cancels) => new(name, () =>
        {
            var stream = new CancelAtEnd(System.IO.File.ReadAllBytes(Paths.Examples(name)), cancels);
            opened.Add(stream);
            return stream;
        });
        // The certifications file is read second; the token is cancelled once it has been read whole.
        var files = SpreadsheetFiles.Csv(File("hr-activities.csv", null), File("hr-certifications.csv", stop));

        Assert.ThrowsAny<OperationCanceledException>(() => SpreadsheetWorkforce.Read(files, cancellationToken: stop.Token));

        Assert.Equal(2, opened.Count);
        Assert.All(opened, s => Assert.True(s.Disposed));
        Assert.True(opened[1].ReachedEnd);
        Assert.True(SpreadsheetWorkforce.Read(SpreadsheetFiles.Csv(File("hr-activities.csv", null), File("hr-certifications.csv", null))).People.Length > 0);
    }

    [Fact]
    public async Task SpreadsheetWorkforce_ReadAsync_stops_in_its_row_loop_and_closes_every_file_it_opened()
    {
        using var stop = new CancellationTokenSource();
        CancelAtEnd? opened = null;
        var files = SpreadsheetFiles.Workbook(new SpreadsheetFile("hr-workforce.xlsx", () => opened = new CancelAtEnd(File.ReadAllBytes(Paths.Examples("hr-workforce.xlsx")), stop)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SpreadsheetWorkforce.ReadAsync(files, cancellationToken: stop.Token));

        Assert.NotNull(opened);
        Assert.True(opened.ReachedEnd);
        Assert.True(opened.Disposed);
    }

    [Theory]
    [InlineData("hr-workforce.xlsx")]
    [InlineData("hr-activities.csv")]
    public async Task SpreadsheetWorkforce_ReadAsync_reads_what_Read_reads_and_counts_the_rows(string file)
    {
        SpreadsheetFile Of(string name) => new(name, () => File.OpenRead(Paths.Examples(name)));
        var files = file.EndsWith(".xlsx", StringComparison.Ordinal)
            ? SpreadsheetFiles.Workbook(Of(file))
            : SpreadsheetFiles.Csv(Of(file), Of("hr-certifications.csv"));
        var rows = new List<int>();

        var read = await SpreadsheetWorkforce.ReadAsync(files, rowsRead: new Recorder(rows));

        var expected = SpreadsheetWorkforce.Read(files);
        Assert.Equal(expected.PersonIds.ToArray(), read.PersonIds.ToArray());
        Assert.Equal(expected.PersonRows.ToArray(), read.PersonRows.ToArray());
        Assert.Equal(expected.Findings.Select(f => f.ToString()), read.Findings.Select(f => f.ToString()));
        Assert.Equal(expected.People.Select(p => p.Document), read.People.Select(p => p.Document));
        // The last report is every row of every sheet or file, headers included for a workbook.
        Assert.True(rows.Count > 0 && rows[^1] > expected.People.Length, string.Join(", ", rows));
    }

    private sealed class Recorder(List<int> into) : IProgress<int>
    {
        public void Report(int value) => into.Add(value);
    }

    [Fact]
    public void SpreadsheetTranscriptWriter_WriteXlsx_stops_between_documents_and_writes_nothing()
    {
        var document = TranscriptJsonReader.ReadFile(Paths.Examples("cma-in-progress.json")).Document!;
        using var stop = new CancellationTokenSource();
        IEnumerable<TranscriptDocument> Documents()
        {
            yield return document;
            stop.Cancel();
            yield return document;
        }
        using var stream = new MemoryStream();

        Assert.ThrowsAny<OperationCanceledException>(() => SpreadsheetTranscriptWriter.WriteXlsx(stream, Documents(), stop.Token));

        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void WorkforceReport_WriteXlsx_writes_nothing_when_cancelled_and_the_report_writes_whole_afterwards()
    {
        var report = Report(3);
        using var cancelled = new MemoryStream();

        Assert.ThrowsAny<OperationCanceledException>(() => report.WriteXlsx(cancelled, new CancellationToken(canceled: true)));

        Assert.Equal(0, cancelled.Length);
        using var after = new MemoryStream();
        report.WriteXlsx(after);
        var read = SpreadsheetTranscriptReader.ReadXlsx(new MemoryStream(after.ToArray()));
        Assert.True(after.Length > 0);
        Assert.Contains(read.Findings, f => f.Code == "unknown-sheet");
    }

    [Fact]
    public void WorkforceReport_WriteCsv_stops_in_its_row_loop_and_the_report_writes_the_same_bytes_afterwards()
    {
        // Enough rows to fill the CSV writer's 64 KiB buffer, so that the stream is written to (and the token
        // cancelled) while rows remain.
        var report = Report(5_000);
        using var never = new MemoryStream();
        report.WriteCsv(never);
        using var stop = new CancellationTokenSource();
        using var stopping = new CancelOnWrite(stop);

        Assert.ThrowsAny<OperationCanceledException>(() => report.WriteCsv(stopping, stop.Token));

        Assert.True(stopping.Length > 0 && stopping.Length < never.Length);
        using var after = new MemoryStream();
        report.WriteCsv(after);
        Assert.Equal(never.ToArray(), after.ToArray());
    }

    private static WorkforceReport Report(int problems)
    {
        var report = new WorkforceReport(AsOf, 60);
        report.Add(1, Scenarios.Evaluate("p-0", Scenarios.Cma(new LocalDate(2021, 2, 10))));
        for (int i = 0; i < problems; i++)
        {
            report.AddProblem(i + 2, $"p-{i + 1}", "The row's certification date is not a date.");
        }
        return report;
    }

    /// <summary>A file in memory that cancels <c>stop</c> when it has been read to its end, and remembers being closed.</summary>
    private sealed class CancelAtEnd(byte[] bytes, CancellationTokenSource? stop) : MemoryStream(bytes, writable: false)
    {
        internal bool ReachedEnd { get; private set; }

        internal bool Disposed { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = base.Read(buffer, offset, count);
            if (read == 0)
            {
                ReachedEnd = true;
                stop?.Cancel();
            }
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            int read = base.Read(buffer);
            if (read == 0)
            {
                ReachedEnd = true;
                stop?.Cancel();
            }
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    /// <summary>A stream that cancels <c>stop</c> on the first bytes written to it.</summary>
    private sealed class CancelOnWrite(CancellationTokenSource stop) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            stop.Cancel();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            base.Write(buffer);
            stop.Cancel();
        }
    }
}
