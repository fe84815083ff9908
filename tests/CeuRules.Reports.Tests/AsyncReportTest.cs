using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>
/// The string and asynchronous forms write the same report as the synchronous writers, asynchronously only
/// (as an ASP.NET Core response body requires), and stop on cancellation before writing anything.
/// </summary>
public sealed class AsyncReportTest
{
    [Theory]
    [MemberData(nameof(ReportSamples.ExamplesInBothCultures), MemberType = typeof(ReportSamples))]
    public async Task Every_form_writes_the_same_report(string file, string culture)
    {
        var path = ReportSamples.Example(file);
        var evaluated = ReportSamples.Evaluate(path);
        var options = ReportSamples.Options(path, evaluated, System.Globalization.CultureInfo.GetCultureInfo(culture));
        var (asOf, transcript, results) = (evaluated.AsOf, evaluated.Transcript, evaluated.Results);

        string html = ReportSamples.Html(path, options.Culture), text = ReportSamples.Text(path, options.Culture);
        Assert.Equal(html, EvaluationReport.ToHtml(asOf, transcript, results, options));
        Assert.Equal(text, EvaluationReport.ToText(asOf, transcript, results, options));

        using var htmlStream = new AsyncOnlyStream();
        await EvaluationReport.WriteHtmlAsync(htmlStream, asOf, transcript, results, options);
        Assert.Equal(html, Encoding.UTF8.GetString(htmlStream.ToArray()));
        using var textStream = new AsyncOnlyStream();
        await EvaluationReport.WriteTextAsync(textStream, asOf, transcript, results, options);
        Assert.Equal(text, Encoding.UTF8.GetString(textStream.ToArray()));

        await using var body = new AsyncOnlyStream();
        await using (var htmlWriter = new StreamWriter(body, new UTF8Encoding(false), leaveOpen: true))
        {
            await EvaluationReport.WriteHtmlAsync(htmlWriter, asOf, transcript, results, options);
            Assert.Equal(html, Encoding.UTF8.GetString(body.ToArray()));
        }
        await using var textWriter = new StringWriter();
        await EvaluationReport.WriteTextAsync(textWriter, asOf, transcript, results, options);
        Assert.Equal(text, textWriter.ToString());
    }

    [Fact]
    public async Task A_canceled_write_throws_and_writes_nothing()
    {
        var path = ReportSamples.Example("cma-in-progress.json");
        var evaluated = ReportSamples.Evaluate(path);
        var options = ReportSamples.Options(path, evaluated);
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();
        using var stream = new AsyncOnlyStream();
        await using var writer = new StringWriter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            EvaluationReport.WriteHtmlAsync(stream, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options, canceled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            EvaluationReport.WriteTextAsync(stream, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options, canceled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            EvaluationReport.WriteHtmlAsync(writer, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options, canceled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            EvaluationReport.WriteTextAsync(writer, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options, canceled.Token));
        Assert.Empty(stream.ToArray());
        Assert.Empty(writer.ToString());
    }

    [Fact]
    public async Task Null_arguments_are_refused_before_anything_is_written()
    {
        var path = ReportSamples.Example("cma-in-progress.json");
        var evaluated = ReportSamples.Evaluate(path);
        var options = ReportSamples.Options(path, evaluated);
        await Assert.ThrowsAsync<ArgumentNullException>(() =>
            EvaluationReport.WriteHtmlAsync((Stream)null!, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options));
        await Assert.ThrowsAsync<ArgumentNullException>(() =>
            EvaluationReport.WriteTextAsync((TextWriter)null!, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options));
        using var stream = new AsyncOnlyStream();
        await Assert.ThrowsAsync<ArgumentNullException>(() =>
            EvaluationReport.WriteHtmlAsync(stream, evaluated.AsOf, evaluated.Transcript, evaluated.Results, null!));
        Assert.Throws<ArgumentNullException>(() => EvaluationReport.ToText(evaluated.AsOf, null!, evaluated.Results, options));
        Assert.Empty(stream.ToArray());
    }

    /// <summary>A stream that refuses synchronous writes and flushes, as Kestrel's response body does by default.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream written = new();

        public byte[] ToArray() => written.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => written.Length;

        public override long Position { get => written.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw Synchronous();

        public override void Write(ReadOnlySpan<byte> buffer) => throw Synchronous();

        public override void WriteByte(byte value) => throw Synchronous();

        public override void Flush() => throw Synchronous();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                written.Dispose();
            }
            base.Dispose(disposing);
        }

        private static InvalidOperationException Synchronous() => new("Synchronous operations are disallowed.");
    }
}
