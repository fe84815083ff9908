using System.CommandLine;
using System.IO;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Cli;

/// <summary>The options several commands share, each declared once, and the reading of their values.</summary>
internal static class CliOptions
{
    /// <summary>The example that ends a command's description in its help.</summary>
    internal static string Example(string commandLine) => "\n\nExample:\n  " + commandLine;

    /// <summary>A new <c>--as-of</c> option; <paramref name="description"/> says what the date means for the command and its default.</summary>
    internal static Option<string?> AsOf(string description) => new("--as-of") { Description = description, HelpName = "YYYY-MM-DD" };

    /// <summary>
    /// Reads an <c>--as-of</c> value: true with null when none was given, true with the date when it is one, and
    /// false after writing why when it is not a date every reader accepts back (0001-01-01 to 9999-12-31).
    /// </summary>
    internal static bool TryParseAsOf(string? text, ErrorLines errors, out LocalDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        // A result dated in year 0 could not be read again.
        if (!parsed.Success || text.Length != 10 || parsed.Value.Year < 1)
        {
            errors.Error(FindingCodes.NotADate, "--as-of", ("value", text));
            return false;
        }
        date = parsed.Value;
        return true;
    }

    /// <summary>A new <c>--format</c> option accepting only <paramref name="formats"/>, the first being the default.</summary>
    internal static Option<string> Format(string description, params string[] formats)
    {
        var option = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}

/// <summary>The options of a spreadsheet input (<c>evaluate</c> and <c>batch</c>): the other CSV files and one's own headers.</summary>
internal sealed class SheetOptions
{
    private readonly Option<FileInfo?> certifications = new("--certifications") { Description = $"With a CSV of activities: the CSV of certifications (see {DocLinks.To("hr-integration.md")}).", HelpName = "FILE" };
    private readonly Option<FileInfo?> examAttempts = new("--exam-attempts") { Description = "With a CSV of activities: the CSV of exam attempts, if any.", HelpName = "FILE" };
    private readonly Option<string[]> columns = new("--column") { Description = "Read a header of one's own as a column id, for example --column \"Employee #=personId\" (repeatable).", HelpName = "HEADER=COLUMN-ID", AllowMultipleArgumentsPerToken = false };

    /// <summary>Adds the options to <paramref name="command"/> and returns it.</summary>
    internal Command AddTo(Command command)
    {
        command.Options.Add(certifications);
        command.Options.Add(examAttempts);
        command.Options.Add(columns);
        return command;
    }

    /// <summary>The values given.</summary>
    internal SheetArguments Read(ParseResult parse) => new(parse.GetValue(certifications), parse.GetValue(examAttempts), parse.GetValue(columns) ?? []);
}
