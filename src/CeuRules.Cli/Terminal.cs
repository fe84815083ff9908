using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using Spectre.Console;

namespace CeuRules.Cli;

/// <summary>How the command line writes for people: a Spectre console over a writer, plain when not a terminal.</summary>
internal static class Terminal
{
    /// <summary>
    /// A console writing to <paramref name="writer"/>: colours and rounded tables on a terminal; no escapes,
    /// ASCII tables and 120 columns when redirected.
    /// </summary>
    internal static (IAnsiConsole Console, TableBorder Border) For(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!interactive)
        {
            console.Profile.Width = 120;
        }
        return (console, interactive ? TableBorder.Rounded : TableBorder.Ascii);
    }

    /// <summary>
    /// Text for a console table or line: every control character and bidirectional override escaped
    /// (<see cref="PlainText"/>) but the line end, which a table keeps inside its cell; markup made literal.
    /// </summary>
    internal static string Text(string text) => Markup.Escape(string.Join('\n', text.Split('\n').Select(PlainText.Escape)));

    /// <summary>A date as YYYY-MM-DD.</summary>
    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
