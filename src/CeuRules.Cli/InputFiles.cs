using System;
using System.IO;

namespace CeuRules.Cli;

/// <summary>
/// Reading the files a command is given, with one clear line on stderr when that fails. A file named
/// <c>-</c> is standard input; pipes, named pipes and devices are read as they come (never asked for
/// their length), and never past the limit a reader accepts.
/// </summary>
internal sealed class InputFiles
{
    /// <summary>The name that means standard input, as Unix tools expect.</summary>
    internal const string StandardInputName = "-";

    private readonly Func<Stream> standardInput;

    /// <summary>Input files whose standard input is <paramref name="standardInput"/> (the process's own when null).</summary>
    internal InputFiles(Stream? standardInput = null)
    {
        this.standardInput = standardInput is null ? Console.OpenStandardInput : () => new NotClosing(standardInput);
        ownStandardInput = standardInput is null;
    }

    /// <summary>True when standard input is the process's own (not a stream given in its place).</summary>
    private readonly bool ownStandardInput;

    /// <summary>True when <paramref name="file"/> is <c>-</c>, standard input.</summary>
    internal static bool IsStandardInput(FileInfo file) => file.ToString() == StandardInputName;

    /// <summary>How messages name the file: its name, or "standard input".</summary>
    internal static string Name(FileInfo file) => IsStandardInput(file) ? "standard input" : file.Name;

    /// <summary>How the details of an error line name the file: its name, or <c>-</c> for standard input.</summary>
    internal static string Source(FileInfo file) => IsStandardInput(file) ? StandardInputName : file.Name;

    /// <summary>
    /// The path that names the file read: the file's own, or for standard input <c>/dev/stdin</c> on
    /// Linux (which leads to a file redirected with <c>&lt; file</c>); null when there is none to compare.
    /// </summary>
    internal string? SourcePath(FileInfo file) =>
        !IsStandardInput(file) ? file.FullName : ownStandardInput && OperatingSystem.IsLinux() ? "/dev/stdin" : null;

    /// <summary>A stream over the file (or standard input), for reading once from start to end.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    internal Stream Open(FileInfo file) => IsStandardInput(file)
        ? standardInput()
        : new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);

    /// <summary>
    /// The bytes of <paramref name="file"/>, at most <paramref name="maxBytes"/> + 1 of them (one more
    /// than the reader accepts, so that the reader reports the document as too large and nothing more is
    /// read), or null after writing a <c>cannot-read</c> line: <paramref name="what"/> is the document's word id
    /// ("document", "catalog", "policy file"), the reason the coded one of <see cref="FindingCodes.ReadProblem"/>.
    /// </summary>
    internal byte[]? Read(FileInfo file, string what, int maxBytes, ErrorLines errors)
    {
        try
        {
            using var stream = Open(file);
            var buffer = new byte[Math.Min(maxBytes + 1, 1 << 16)];
            int length = 0;
            while (length <= maxBytes)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxBytes + 1L));
                }
                int read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }
                length += read;
            }
            Array.Resize(ref buffer, length);
            return buffer;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            errors.Error(FindingCodes.CannotRead, file.ToString(), ("what", what), ("file", file.ToString()), ("reason", FindingCodes.ReadProblem(e)));
            return null;
        }
    }

    /// <summary>A stream given for standard input, left open when a command closes what it read.</summary>
    private sealed class NotClosing(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override System.Threading.Tasks.ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
