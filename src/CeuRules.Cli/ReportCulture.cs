using System.CommandLine;
using System.Globalization;
using CeuRules.Explanations;

namespace CeuRules.Cli;

/// <summary>The <c>--culture</c> option: the language of the words a person reads, English or Spanish, read by <see cref="Explainer.TryForName"/>.</summary>
internal static class ReportCulture
{
    internal static Option<string?> Option(string description = "The language of the text and HTML reports and of the calendar: en-US (the default) or es-US (en and es mean those), or another region of English or Spanish. The JSON output does not depend on it.") => new("--culture")
    {
        Description = description,
        HelpName = "CULTURE",
    };

    /// <summary>The words of a command in <paramref name="culture"/>, as <see cref="TryParse"/> read it: English when none was given.</summary>
    internal static Explainer Words(CultureInfo? culture) => culture is null ? Explainer.English : Explainer.For(culture);

    /// <summary>
    /// Reads a <c>--culture</c> value: true with null when none was given, true with the culture named, and false
    /// after writing why, naming the accepted cultures, when it is not a culture of a language the words are written in.
    /// </summary>
    internal static bool TryParse(string? name, ErrorLines errors, out CultureInfo? culture)
    {
        culture = null;
        if (name is null)
        {
            return true;
        }
        if (!Explainer.TryForName(name, out var words))
        {
            errors.Error(FindingCodes.UnknownCulture, "--culture", ("value", name));
            return false;
        }
        culture = words.Culture;
        return true;
    }
}
