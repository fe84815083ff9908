using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using CeuRules.Json;
using CeuRules.Policies;
using CeuRules.Workforce;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CeuRules.Server;

/// <summary>
/// Summarizes a workforce sent as JSON Lines: lines are read as they arrive, read and evaluated on
/// several cores, and their rows written in input order as soon as each is ready. Memory is bounded by
/// the lines in flight (four per worker) and the longest line allowed, not by the workforce.
/// </summary>
internal sealed partial class WorkforceStream
{
    private readonly WorkforceEvaluator workforce;
    private readonly PolicyCatalog catalog;
    private readonly WorkforceRows rows;
    private readonly LocalDate asOf;
    private readonly int maxLineBytes;
    private readonly long maxBodyBytes;
    private readonly int parallelism;
    private readonly ILogger logger;

    private long lines;
    private long malformed;

    internal WorkforceStream(WorkforceEvaluator workforce, WorkforceRows rows, LocalDate asOf, ServerOptions options, ILogger logger)
    {
        this.workforce = workforce;
        catalog = workforce.Evaluator.Catalog;
        this.rows = rows;
        this.asOf = asOf;
        maxLineBytes = options.MaxLineBytes;
        maxBodyBytes = options.MaxWorkforceBodyBytes;
        parallelism = options.WorkforceParallelism ?? workforce.MaxDegreeOfParallelism;
        this.logger = logger;
    }

    /// <summary>What one line became: its rows, and the evaluation for the summary (null for a malformed line).</summary>
    private readonly record struct Outcome(byte[] Rows, PersonEvaluation? Person);

    /// <summary>Reads <paramref name="input"/> to its end and writes the rows to <paramref name="output"/>; returns when both are done or the request is aborted.</summary>
    internal async Task RunAsync(PipeReader input, PipeWriter output, int withinDays, CancellationToken cancellationToken)
    {
        var forecast = new WorkforceForecastBuilder(asOf, withinDays, maxListed: 0);
        var channel = Channel.CreateBounded<Task<Outcome>>(new BoundedChannelOptions(parallelism * 4) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Not disposed: a line's work started just before a cancellation may still release it afterwards.
        var gate = new SemaphoreSlim(parallelism);
        var producer = Task.Run(() => ProduceAsync(input, channel.Writer, gate, stop.Token), CancellationToken.None);
        string end = "completed";
        long people = 0;
        try
        {
            await Write(output, rows.Header(), stop.Token).ConfigureAwait(false);
            await foreach (var pending in channel.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var outcome = await pending.ConfigureAwait(false);
                if (outcome.Person is { } person)
                {
                    forecast.Add(person);
                    people++;
                }
                await Write(output, outcome.Rows, stop.Token, flush: channel.Reader.Count == 0).ConfigureAwait(false);
            }
            await Write(output, rows.Footer(forecast.Build(), lines, malformed), stop.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // The client went away or the request timed out: stop reading and evaluating.
            end = "aborted";
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
            // Drain what was started so that no evaluation outlives the request.
            channel.Writer.TryComplete();
            while (channel.Reader.TryRead(out var left))
            {
                await left.ConfigureAwait(false);
            }
        }
        // Counts only: never a person id, a name or a title.
        LogEnd(logger, end, lines, people, malformed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workforce stream {End}: {Lines} lines, {People} people evaluated, {Malformed} malformed lines.")]
    private static partial void LogEnd(ILogger logger, string end, long lines, long people, long malformed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Evaluating a workforce line failed with {ExceptionType}.")]
    private static partial void LogLineFailed(ILogger logger, string exceptionType);

    private static async ValueTask Write(PipeWriter output, byte[] bytes, CancellationToken cancellationToken, bool flush = true)
    {
        if (bytes.Length > 0)
        {
            output.Write(bytes);
        }
        if (flush || output.UnflushedBytes > 1 << 16)
        {
            var result = await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCanceled || result.IsCompleted)
            {
                throw new OperationCanceledException("The client stopped reading.");
            }
        }
    }

    /// <summary>Splits the body into lines and starts each one's work; completes the channel at the end, or with the failure.</summary>
    private async Task ProduceAsync(PipeReader input, ChannelWriter<Task<Outcome>> writer, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        long lineNumber = 0;
        long consumedBytes = 0;
        bool skipping = false;
        try
        {
            while (true)
            {
                var read = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = read.Buffer;
                // Beyond the limit: the complete lines within it are still read, then a row says where reading stopped.
                bool over = consumedBytes + buffer.Length > maxBodyBytes;
                if (over)
                {
                    buffer = buffer.Slice(0, maxBodyBytes - consumedBytes);
                }
                long before = buffer.Length;
                while (TryReadLine(ref buffer, out var line))
                {
                    if (skipping)
                    {
                        skipping = false;   // the end of a line already reported as too long
                        continue;
                    }
                    lineNumber++;
                    await Line(writer, gate, lineNumber, line, cancellationToken).ConfigureAwait(false);
                }
                if (over)
                {
                    await Dispatch(writer, gate, lineNumber + 1, null, TooLarge($"The workforce stream has more than {maxBodyBytes} bytes; at most {maxBodyBytes} are accepted: the lines after line {lineNumber} were not read."), cancellationToken).ConfigureAwait(false);
                    input.AdvanceTo(read.Buffer.End);
                    break;
                }
                if (skipping)
                {
                    buffer = buffer.Slice(buffer.End);
                }
                else if (buffer.Length > maxLineBytes)
                {
                    lineNumber++;
                    skipping = true;
                    buffer = buffer.Slice(buffer.End);
                    await Dispatch(writer, gate, lineNumber, null, TooLarge($"The line has more than {maxLineBytes} bytes; at most {maxLineBytes} are accepted."), cancellationToken).ConfigureAwait(false);
                }
                if (read.IsCompleted)
                {
                    if (!skipping && buffer.Length > 0)
                    {
                        lineNumber++;
                        await Line(writer, gate, lineNumber, buffer, cancellationToken).ConfigureAwait(false);
                    }
                    consumedBytes += before;
                    input.AdvanceTo(read.Buffer.End);
                    break;
                }
                consumedBytes += before - buffer.Length;
                input.AdvanceTo(buffer.Start, buffer.End);
            }
            writer.TryComplete();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ConnectionAbortedException)
        {
            writer.TryComplete(e);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own body limit: say so in the stream, whose status is already sent.
            try
            {
                await Dispatch(writer, gate, lineNumber + 1, null, TooLarge($"The workforce stream has more than {maxBodyBytes} bytes; the lines after line {lineNumber} were not read."), cancellationToken).ConfigureAwait(false);
                writer.TryComplete();
            }
            catch (OperationCanceledException cancelled)
            {
                writer.TryComplete(cancelled);
            }
        }
        catch (BadHttpRequestException e)
        {
            writer.TryComplete(new IOException("The request body could not be read.", e));
        }
    }

    private static Finding[] TooLarge(string message) => [new Finding("document-too-large", FindingSeverity.Error, "$", message)];

    private static bool TryReadLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        var position = buffer.PositionOf((byte)'\n');
        if (position is null)
        {
            line = default;
            return false;
        }
        line = buffer.Slice(0, position.Value);
        buffer = buffer.Slice(buffer.GetPosition(1, position.Value));
        return true;
    }

    private Task Line(ChannelWriter<Task<Outcome>> writer, SemaphoreSlim gate, long lineNumber, ReadOnlySequence<byte> line, CancellationToken cancellationToken)
    {
        if (line.Length > maxLineBytes)
        {
            return Dispatch(writer, gate, lineNumber, null, TooLarge($"The line has more than {maxLineBytes} bytes; at most {maxLineBytes} are accepted."), cancellationToken);
        }
        var bytes = line.ToArray();
        int length = bytes.Length;
        while (length > 0 && bytes[length - 1] is (byte)'\r' or (byte)' ' or (byte)'\t')
        {
            length--;
        }
        int start = 0;
        while (start < length && bytes[start] is (byte)' ' or (byte)'\t')
        {
            start++;
        }
        if (start == length)
        {
            return Task.CompletedTask;   // a blank line is skipped, as the command line does
        }
        return Dispatch(writer, gate, lineNumber, new ReadOnlyMemory<byte>(bytes, 0, length), null, cancellationToken);
    }

    /// <summary>Starts the work of one line once a worker is free, and queues it in input order.</summary>
    private async Task Dispatch(ChannelWriter<Task<Outcome>> writer, SemaphoreSlim gate, long lineNumber, ReadOnlyMemory<byte>? line, Finding[]? refused,
        CancellationToken cancellationToken)
    {
        lines++;
        if (line is not { } text)
        {
            Interlocked.Increment(ref malformed);
            await writer.WriteAsync(Task.FromResult(new Outcome(rows.Malformed(lineNumber, refused!), null)), cancellationToken).ConfigureAwait(false);
            return;
        }
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        Task<Outcome> work;
        try
        {
            work = Task.Run(() =>
            {
                try
                {
                    return Evaluate(lineNumber, text);
                }
                finally
                {
                    gate.Release();
                }
            }, CancellationToken.None);
        }
        catch
        {
            gate.Release();
            throw;
        }
        await writer.WriteAsync(work, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads and evaluates one line; a line with any error is reported whole and not evaluated, as the command line does.</summary>
    private Outcome Evaluate(long lineNumber, ReadOnlyMemory<byte> line)
    {
        try
        {
            var read = TranscriptJsonReader.Read(line, catalog);
            if (!read.IsValid)
            {
                Interlocked.Increment(ref malformed);
                return new Outcome(rows.Malformed(lineNumber, read.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList()), null);
            }
            var document = read.Document!;
            if (document.PersonId is not { } personId)
            {
                Interlocked.Increment(ref malformed);
                return new Outcome(rows.Malformed(lineNumber, [new Finding("missing-field", FindingSeverity.Error, "personId", "the required field \"personId\" is missing")]), null);
            }
            var person = workforce.Evaluate(new Person(personId, document.Certifications, document.Transcript), asOf);
            return new Outcome(rows.Person(lineNumber, person, read.Findings), person);
        }
#pragma warning disable CA1031 // One line's failure is reported in its row; the stream goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // The exception's message may quote the line's data: log its type only.
            LogLineFailed(logger, e.GetType().Name);
            Interlocked.Increment(ref malformed);
            return new Outcome(rows.Malformed(lineNumber, [new Finding("internal-error", FindingSeverity.Error, "$", "The line could not be evaluated because of an internal error.")]), null);
        }
    }
}
