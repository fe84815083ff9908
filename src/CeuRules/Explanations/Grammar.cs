using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CeuRules.Explanations;

/// <summary>
/// The rules of a language that apply where a template of the explanation resources joins a phrase put into
/// it: Spanish contracts the prepositions <c>a</c> and <c>de</c> with the article <c>el</c> that begins the
/// phrase ("de {0}" with "el campo" is "del campo", "a {0}" with "el programa" is "al programa"). The
/// templates' own words are written contracted already, and a phrase's own text (a document's title, a
/// proper name such as "El Paso", whose capital article does not contract) is never changed.
/// </summary>
internal static partial class Grammar
{
    /// <summary>Formats <paramref name="template"/> with <paramref name="arguments"/> in <paramref name="culture"/>, applying the language's rules at each join.</summary>
    internal static string Format(CultureInfo culture, string template, object?[] arguments)
    {
        if (culture.TwoLetterISOLanguageName == "es" && (template.Contains("de {", StringComparison.OrdinalIgnoreCase) || template.Contains("a {", StringComparison.OrdinalIgnoreCase)))
        {
            template = SpanishJoin().Replace(template, join =>
            {
                int index = int.Parse(join.Groups["index"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                if (index >= arguments.Length || arguments[index] is not string phrase || !phrase.StartsWith("el ", StringComparison.Ordinal))
                {
                    return join.Value;
                }
                string preposition = join.Groups["preposition"].Value;
                string contracted = preposition switch
                {
                    "de" => "del",
                    "De" => "Del",
                    "a" => "al",
                    _ => "Al",
                };
                // The rest of the phrase becomes part of the template: its braces are written doubled.
                return contracted + " " + phrase[3..].Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
            });
        }
        return string.Format(culture, template, arguments);
    }

    /// <summary>"de {n}" or "a {n}" as whole words: the preposition, one space and a placeholder without a format.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<preposition>de|De|a|A) \{(?<index>[0-9]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex SpanishJoin();
}
