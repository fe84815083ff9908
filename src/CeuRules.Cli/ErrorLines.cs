using System.Globalization;
using System.IO;
using System.Linq;
using CeuRules.Explanations;

namespace CeuRules.Cli;

/// <summary>
/// The one way a command says what went wrong: every problem is a <see cref="Finding"/> of a code declared in
/// <see cref="FindingCodes"/>, written as one line worded by the explanation layer
/// (<see cref="Explainer.FindingCommandLine"/>) in the command's language. Nothing here composes a sentence.
/// </summary>
internal sealed class ErrorLines
{
    private readonly Explainer words;

    /// <summary>Lines to <paramref name="writer"/> in the language of <paramref name="culture"/> (English when null).</summary>
    internal ErrorLines(TextWriter writer, CultureInfo? culture = null)
    {
        Writer = writer;
        words = ReportCulture.Words(culture);
    }

    /// <summary>The error stream (already escaping control characters).</summary>
    internal TextWriter Writer { get; }

    /// <summary>Writes <paramref name="finding"/> as one line; <paramref name="source"/> is the file or line its path is in.</summary>
    internal void Write(Finding finding, string? source = null) =>
        Writer.WriteLine(words.FindingCommandLine(finding, source is null ? null : PlainText.Escape(source)));

    /// <summary>
    /// Writes a finding that a file's findings carry inside the file's own name (a <c>--policies</c> folder's
    /// <c>FILE:PATH</c>): its place is worded from the path inside the file, and the file is named in the details.
    /// </summary>
    internal void WriteInFile(Finding finding)
    {
        if (finding.Arguments.TryGetValue("file", out var file) && finding.Path.StartsWith(file + ":", System.StringComparison.Ordinal))
        {
            Write(new Finding(finding.Code, finding.Severity, finding.Path[(file.Length + 1)..], finding.Message, finding.Arguments), file);
        }
        else
        {
            Write(finding);
        }
    }

    /// <summary>
    /// Writes an error of <paramref name="code"/> at <paramref name="path"/> (the option concerned, a file, or "$" for the
    /// whole command) with its arguments; a value from the user is escaped (<see cref="PlainText.Escape"/>).
    /// </summary>
    internal void Error(FindingCode code, string path, params (string Name, string Value)[] arguments) =>
        Report(FindingSeverity.Error, code, path, arguments);

    /// <summary>Writes a finding of <paramref name="severity"/>, as <see cref="Error"/> does.</summary>
    internal void Report(FindingSeverity severity, FindingCode code, string path, params (string Name, string Value)[] arguments) =>
        Write(new Finding(code, severity, PlainText.Escape(path), [.. arguments.Select(a => (a.Name, PlainText.Escape(a.Value)))]));
}
