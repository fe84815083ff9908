using System;
using System.IO;

namespace CeuRules.Cli;

/// <summary>
/// A file written in full or not at all: the content goes to a temporary file beside the target, which
/// <see cref="Commit"/> renames over the target (one atomic rename on the same file system). Disposed
/// without a commit (a failure, an interruption), the temporary file is removed and the target, if it
/// existed, is left exactly as it was.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string target;
    private bool committed;

    private AtomicFile(string target, string temporary, FileStream stream)
    {
        this.target = target;
        TemporaryPath = temporary;
        Stream = stream;
    }

    /// <summary>The stream to write the content to.</summary>
    internal FileStream Stream { get; }

    /// <summary>The temporary file's path (hidden, beside the target).</summary>
    internal string TemporaryPath { get; }

    /// <summary>Creates the temporary file for <paramref name="target"/>; nothing is written to the target yet.</summary>
    internal static AtomicFile Create(string target)
    {
        var full = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        return new AtomicFile(full, temporary, stream);
    }

    /// <summary>Flushes the content to disk and renames the temporary file over the target.</summary>
    internal void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(TemporaryPath, target, overwrite: true);
        committed = true;
    }

    /// <summary>Closes the stream and, unless committed, removes the temporary file.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (!committed)
        {
            try
            {
                File.Delete(TemporaryPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the target is untouched either way.
            }
        }
    }
}
