using System;
using System.Collections.Generic;
using System.IO;

namespace CeuRules.Cli;

/// <summary>
/// The one check that no file a command writes is a file it reads, or another file it writes: refused
/// before anything is opened for writing, whatever names the file (the same path, a symbolic link, a hard
/// link), so that a report can never replace the user's input, policy or other report.
/// </summary>
internal static class OutputFiles
{
    /// <summary>
    /// True when every output is distinct from every input and from every other output; otherwise writes
    /// one line naming both options and files to <paramref name="errors"/> and returns false.
    /// </summary>
    /// <param name="outputs">The files to be written, each with the option that names it ("--out").</param>
    /// <param name="readFrom">The files read, each with the word id of what it is (<c>input</c>, <c>certifications</c>, <c>exam-attempts</c>, <c>policy</c>, <c>policies</c>, <c>catalog</c>).</param>
    /// <param name="inputs">How the command reads its inputs (standard input has no path to compare).</param>
    /// <param name="errors">Where the refusal is written.</param>
    internal static bool AreSafe(IReadOnlyList<(string Option, FileInfo? File)> outputs, IReadOnlyList<(string What, FileInfo? File)> readFrom,
        InputFiles inputs, ErrorLines errors)
    {
        for (int o = 0; o < outputs.Count; o++)
        {
            if (outputs[o].File is not { } output)
            {
                continue;
            }
            foreach (var (what, file) in readFrom)
            {
                if (file is not null && inputs.SourcePath(file) is { } source && FileIdentity.Same(source, output.FullName))
                {
                    errors.Error(FindingCodes.OutputIsInput, outputs[o].Option, ("option", outputs[o].Option), ("file", output.ToString()), ("what", what), ("input", file.ToString()));
                    return false;
                }
            }
            for (int other = o + 1; other < outputs.Count; other++)
            {
                if (outputs[other].File is { } second && SamePlace(output, second))
                {
                    errors.Error(FindingCodes.SameOutput, outputs[o].Option,
                        ("option", outputs[o].Option), ("file", output.ToString()), ("other", outputs[other].Option), ("second", second.ToString()));
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Two outputs are one place when they are one existing file, or the same full path before either exists.</summary>
    private static bool SamePlace(FileInfo first, FileInfo second) =>
        FileIdentity.Same(first.FullName, second.FullName)
        || string.Equals(Path.GetFullPath(first.FullName), Path.GetFullPath(second.FullName),
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
