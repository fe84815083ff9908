using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace CeuRules.Cli;

/// <summary>
/// The lines of a JSON Lines stream as bytes (each line's encoding is checked by the reader that reads
/// it, so one bad line cannot hide in a replacement character). A line longer than the limit ends the
/// reading just past the limit: memory never grows with a line, whatever the input (<c>/dev/zero</c>
/// has no line ends at all).
/// </summary>
internal static class JsonLines
{
    /// <summary>The longest line accepted, in bytes (1 MiB: a person with thousands of activities).</summary>
    internal const int MaxLineBytes = 1024 * 1024;

    /// <summary>One line: its number (from 1), its bytes without the line end, or <see cref="TooLong"/>.</summary>
    internal readonly record struct Line(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

    /// <summary>The lines of <paramref name="stream"/>; after a line longer than <paramref name="maxLineBytes"/>, one <see cref="Line.TooLong"/> line and nothing more.</summary>
    internal static async IAsyncEnumerable<Line> ReadAsync(Stream stream, int maxLineBytes, Action<long>? bytesRead = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var chunk = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>(1024);
        long number = 1;
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            bytesRead?.Invoke(total);
            int start = 0;
            while (start < read)
            {
                int end = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                int stop = end < 0 ? read : end;
                if (line.WrittenCount + (stop - start) > maxLineBytes)
                {
                    yield return new Line(number, ReadOnlyMemory<byte>.Empty, TooLong: true);
                    yield break;
                }
                line.Write(chunk.AsSpan(start, stop - start));
                if (end < 0)
                {
                    break;
                }
                yield return new Line(number++, WithoutCarriageReturn(line.WrittenMemory.ToArray()), TooLong: false);
                line.ResetWrittenCount();
                start = end + 1;
            }
        }
        if (line.WrittenCount > 0)
        {
            yield return new Line(number, WithoutCarriageReturn(line.WrittenMemory.ToArray()), TooLong: false);
        }
    }

    /// <summary>True when the line holds nothing but spaces, tabs and carriage returns.</summary>
    internal static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    private static ReadOnlyMemory<byte> WithoutCarriageReturn(byte[] bytes) =>
        bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes.AsMemory(0, bytes.Length - 1) : bytes;
}
