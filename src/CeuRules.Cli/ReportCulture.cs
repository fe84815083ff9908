using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CeuRules.Cli;

/// <summary>The <c>--culture</c> option: the language of the text and HTML reports, English (en) or Spanish (es), in any region .NET knows.</summary>
internal static class ReportCulture
{
    /// <summary>The languages the reports speak, by ISO 639-1 code.</summary>
    private static readonly string[] Languages = ["en", "es"];

    internal static Option<string?> Option() => new("--culture")
    {
        Description = "The language of the text and HTML reports: en-US (the default) or es-US; any region of English or Spanish. The JSON and calendar outputs do not depend on it.",
        HelpName = "CULTURE",
    };

    /// <summary>
    /// Reads a <c>--culture</c> value: true with null when none was given, true with the culture named, and false
    /// after writing why when it is not a culture of a language the reports speak.
    /// </summary>
    internal static bool TryParse(string? name, TextWriter stderr, out CultureInfo? culture)
    {
        culture = null;
        if (name is null)
        {
            return true;
        }
        try
        {
            culture = name.Length == 0 ? null : CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            culture = null;
        }
        if (culture is null || !Languages.Contains(culture.TwoLetterISOLanguageName, StringComparer.Ordinal))
        {
            stderr.WriteLine($"error: --culture '{name}' is not a culture the reports are written in (expected English or Spanish, for example en-US or es-US).");
            culture = null;
            return false;
        }
        return true;
    }
}
