using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CeuRules.Policies;
using CeuRules.Workforce;

namespace CeuRules.Json;

/// <summary>
/// One line of a JSON Lines workforce: its number (from 1) and its bytes without the line end, or the
/// finding that refused it unread (a line over the per-line limit, or the stream over its limit).
/// </summary>
/// <param name="Number">The line's number, from 1.</param>
/// <param name="Bytes">The line's bytes, without the line end; empty when refused.</param>
/// <param name="Refusal">Why the line was not read, or null.</param>
public readonly record struct WorkforceJsonLine(long Number, ReadOnlyMemory<byte> Bytes, Finding? Refusal);

/// <summary>
/// Reads a workforce sent as JSON Lines (one transcript document with a <c>personId</c> per line, as
/// <c>ceurules batch</c> and the service read it) for <see cref="WorkforceEvaluator.EvaluateInOrderAsync{TInput}"/>:
/// <see cref="ReadLinesAsync"/> splits the stream into lines, <see cref="Read"/> reads one line into an entry.
/// Memory never grows with a line or with the stream: a line longer than the limit is one refused line
/// (reading goes on at the next line), and a stream longer than its limit ends with one refused line.
/// </summary>
public static class WorkforceJsonLines
{
    /// <summary>The longest line accepted by default, in bytes (1 MiB: a person with thousands of activities).</summary>
    public const int DefaultMaxLineBytes = 1024 * 1024;

    /// <summary>
    /// The lines of <paramref name="stream"/>, blank lines left out (their numbers are counted). Each
    /// line's bytes go to the reader as they are, so a line that is not UTF-8 is one malformed line like any other.
    /// </summary>
    /// <param name="stream">The JSON Lines; read to its end, or to <paramref name="maxBytes"/>.</param>
    /// <param name="maxLineBytes">The longest line read; a longer one is a refused line with a <c>line-too-large</c> finding, and reading goes on after its end.</param>
    /// <param name="maxBytes">The most bytes read; past them, a last refused line with a <c>document-too-large</c> finding, and no more.</param>
    /// <param name="bytesRead">Told the bytes read so far after each read, for a progress bar; may be null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineBytes"/> or <paramref name="maxBytes"/> is not positive.</exception>
    public static IAsyncEnumerable<WorkforceJsonLine> ReadLinesAsync(Stream stream, int maxLineBytes = DefaultMaxLineBytes, long maxBytes = long.MaxValue,
        Action<long>? bytesRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return Lines(stream, maxLineBytes, maxBytes, bytesRead, cancellationToken);
    }

    private static async IAsyncEnumerable<WorkforceJsonLine> Lines(Stream stream, int maxLineBytes, long maxBytes, Action<long>? bytesRead,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A refused line is skipped to its end, unless it has none within this many bytes: then the input is not JSON Lines at all.
        long maxSkippedBytes = (long)maxLineBytes * 16;
        var chunk = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>(1024);
        long number = 1;
        long total = 0;
        long skipped = -1;   // the bytes of a line refused as too long, or -1
        while (true)
        {
            long room = maxBytes - total;
            int read = await stream.ReadAsync(chunk.AsMemory(0, room >= chunk.Length ? chunk.Length : (int)room + 1), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }
            bool over = read > room;
            if (over)
            {
                read = (int)room;
            }
            total += read;
            bytesRead?.Invoke(total);
            int start = 0;
            while (start < read)
            {
                int end = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                int stop = end < 0 ? read : end;
                if (skipped < 0 && line.WrittenCount + (stop - start) > maxLineBytes)
                {
                    skipped = line.WrittenCount;
                    line.ResetWrittenCount();
                }
                if (skipped < 0)
                {
                    line.Write(chunk.AsSpan(start, stop - start));
                }
                else
                {
                    skipped += stop - start;
                    if (skipped > maxSkippedBytes)
                    {
                        yield return new WorkforceJsonLine(number, ReadOnlyMemory<byte>.Empty, new Finding(FindingCodes.LineTooLarge, FindingSeverity.Error, "$",
                            ("length", skipped.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            ("limit", maxLineBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reading", "stopped")));
                        yield break;
                    }
                }
                if (end < 0)
                {
                    break;
                }
                if (Complete(number, line, skipped, maxLineBytes) is { } complete)
                {
                    yield return complete;
                }
                skipped = -1;
                number++;
                line.ResetWrittenCount();
                start = end + 1;
            }
            if (over)
            {
                yield return new WorkforceJsonLine(number, ReadOnlyMemory<byte>.Empty, new Finding(FindingCodes.DocumentTooLarge, FindingSeverity.Error, "$",
                    ("what", "workforce"), ("limit", maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                yield break;
            }
        }
        if (Complete(number, line, skipped, maxLineBytes) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>A line read to its end: refused when too long, null when blank (spaces, tabs, carriage returns only), else without a carriage return at its end.</summary>
    private static WorkforceJsonLine? Complete(long number, ArrayBufferWriter<byte> line, long skipped, int maxLineBytes)
    {
        if (skipped >= 0)
        {
            return new WorkforceJsonLine(number, ReadOnlyMemory<byte>.Empty, new Finding(FindingCodes.LineTooLarge, FindingSeverity.Error, "$",
                ("length", skipped.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("limit", maxLineBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reading", "next")));
        }
        var bytes = line.WrittenSpan;
        if (bytes.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }
        if (bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }
        return new WorkforceJsonLine(number, bytes.ToArray(), null);
    }

    /// <summary>
    /// Reads one line into an entry: a person with the reader's warnings, or a malformed line with every
    /// error (a line with any error is reported whole and not evaluated: evaluating the rest would drop
    /// the bad part silently).
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="catalog">The policies the line's credentials are read against; the built-in ones when null.</param>
    /// <returns>The entry.</returns>
    public static WorkforceEntry Read(WorkforceJsonLine line, PolicyCatalog? catalog = null)
    {
        if (line.Refusal is { } refusal)
        {
            return WorkforceEntry.Malformed(line.Number, [refusal]);
        }
        try
        {
            var read = TranscriptJsonReader.Read(line.Bytes, catalog);
            if (!read.IsValid)
            {
                return WorkforceEntry.Malformed(line.Number, read.Findings.Where(f => f.Severity == FindingSeverity.Error));
            }
            var document = read.Document!;
            if (document.PersonId is not { } personId)
            {
                return WorkforceEntry.Malformed(line.Number, [new Finding(FindingCodes.MissingField, FindingSeverity.Error, "personId", ("expected", "text"))]);
            }
            if (string.IsNullOrWhiteSpace(personId))
            {
                return WorkforceEntry.Malformed(line.Number, [new Finding(FindingCodes.InvalidPerson, FindingSeverity.Error, "personId")]);
            }
            return WorkforceEntry.ForPerson(line.Number, new Person(personId, document.Certifications, document.Transcript), read.Findings);
        }
#pragma warning disable CA1031 // One line's failure is its own row; the message may quote the line's data, so only the type is said.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return WorkforceEntry.Malformed(line.Number, [new Finding(FindingCodes.InternalError, FindingSeverity.Error, "$", ("error", e.GetType().Name))]);
        }
    }
}
