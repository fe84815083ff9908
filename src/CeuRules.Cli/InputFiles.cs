using System;
using System.IO;

namespace CeuRules.Cli;

/// <summary>Reading the files a command is given, with one clear line on stderr when that fails.</summary>
internal static class InputFiles
{
    /// <summary>The bytes of <paramref name="file"/>, or null after writing "error: cannot read the WHAT 'file': reason".</summary>
    internal static byte[]? Read(FileInfo file, string what, TextWriter stderr)
    {
        try
        {
            return File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            stderr.WriteLine($"error: cannot read the {what} '{file}': {e.Message}");
            return null;
        }
    }
}
