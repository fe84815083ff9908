using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Resources;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime.Text;

namespace CeuRules.Explanations;

/// <summary>
/// Plain words, in English or Spanish (United States), for everything an evaluation says to the person
/// whose credential it is: the status headline, what is still needed and by when, why an activity's credit
/// did not count (a short label and a sentence per decision code), notes, findings, requirement names,
/// deadlines and fees, with dates, amounts and units written the way a reader of the language expects
/// ("28 February 2026", "28 de febrero de 2026"; "2 AAMA points", "2 puntos de la AAMA").
/// </summary>
/// <remarks>
/// <para>The words come from the assembly's resources (<c>Explanations.resx</c>, with a Spanish satellite
/// assembly), read through <see cref="ResourceManager.GetString(string, CultureInfo)"/> with
/// <see cref="Culture"/>; numbers and dates are formatted with the same culture. Choose the language with
/// <see cref="For(CultureInfo)"/>, <see cref="English"/> or <see cref="Spanish"/>; the machine's current
/// culture is used only through <see cref="ForCurrentCulture"/>.</para>
/// <para>Culture rule: a culture whose language is Spanish (<c>es</c>, <c>es-US</c>, <c>es-MX</c>…) speaks
/// Spanish and one whose language is English speaks English; the neutral <c>es</c> and <c>en</c> mean
/// <c>es-US</c> and <c>en-US</c>. Month names come from the culture; amounts and money are written as in
/// the United States in every culture ("$65.00", "4.25"), since every fee is in US dollars and the bodies
/// state credit with a decimal point. Any other culture, the invariant culture included, falls back to
/// <see cref="English"/> (<c>en-US</c>), just as the resource fallback falls back to the neutral English
/// resources. A culture named by a person (an option, a query) is read with <see cref="ForName(string)"/>,
/// which refuses a name that is not a culture of those languages instead of guessing.</para>
/// <para>Units: the built-in units (AAMA points, CCP points, NHA credits, clock and contact hours, IACET
/// CEUs, college credits) are named from the resources by unit id, in the reader's language. A custom
/// policy that gives its unit names of its own (<see cref="UnitRule.PluralName"/>,
/// <see cref="UnitRule.SingularName"/>) has them used in the reader's language where it translates them
/// (<see cref="UnitRule.PluralNameTranslations"/>) and as given otherwise. A category is named as its policy
/// names it in the reader's language (<see cref="CategoryRule.Names"/>), else as the resources name a
/// built-in category, else by the policy's English name, else by its id; the ids of custom activity kinds
/// and bodies, which the resources do not know, are used as they are.</para>
/// <para>No sentence names a rule id, a policy id or an activity id: those stay available as data on the
/// results (<c>RuleId</c>, <c>Code</c>, <c>Arguments</c>, <c>ActivityId</c>) for a details part.</para>
/// <para>The results' English <c>Message</c> and <c>StatusExplanation</c> properties, and the JSON
/// fields made from them, come from the same resources in English, with dates in ISO form and whatever
/// the current culture is.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class Explainer
{
    private static readonly ResourceManager Resources = new("CeuRules.Explanations.Explanations", typeof(Explainer).Assembly);

    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo SpanishCulture = CultureInfo.GetCultureInfo("es-US");

    private readonly LocalDatePattern? datePattern;

    /// <summary>How amounts and money are written in every culture: as in the United States ("$1,234.50", "-$5.00", "4.25").</summary>
    private static readonly NumberFormatInfo UnitedStatesNumbers = CreateUnitedStatesNumbers();

    private Explainer(CultureInfo culture, bool isoDates)
    {
        Culture = WithUnitedStatesNumbers(culture);
        datePattern = isoDates ? null : LocalDatePattern.Create(Get("Format.Date"), Culture);
    }

    /// <summary>Plain words in English (United States, <c>en-US</c>).</summary>
    public static Explainer English { get; } = new(EnglishCulture, isoDates: false);

    /// <summary>Plain words in Spanish (United States, <c>es-US</c>).</summary>
    public static Explainer Spanish { get; } = new(SpanishCulture, isoDates: false);

    /// <summary>The cultures whose language has words of its own: <c>en-US</c> and <c>es-US</c>.</summary>
    public static ImmutableArray<CultureInfo> SupportedCultures { get; } = [EnglishCulture, SpanishCulture];

    /// <summary>The words of the results' English messages and of the JSON: English, ISO dates, invariant numbers.</summary>
    internal static Explainer Messages { get; } = new(CultureInfo.InvariantCulture, isoDates: true);

    /// <summary>The culture the words are read and formatted in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The explainer for a culture: Spanish for a Spanish culture, English for an English one, and <see cref="English"/> for any other (see the remarks on <see cref="Explainer"/>).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The explainer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static Explainer For(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        string language = culture.TwoLetterISOLanguageName;
        if (language is not ("es" or "en"))
        {
            return English;
        }
        if (culture.IsNeutralCulture || culture.Name == EnglishCulture.Name || culture.Name == SpanishCulture.Name)
        {
            return language == "es" ? Spanish : English;
        }
        return new Explainer(culture, isoDates: false);
    }

    /// <summary>
    /// The explainer for a culture a person named, for example in an option or a query: <c>en</c> or
    /// <c>en-US</c> (English), <c>es</c> or <c>es-US</c> (Spanish), or another region of either language
    /// in the form .NET knows (<c>es-MX</c>, <c>en-GB</c>), by the rule of <see cref="For(CultureInfo)"/>.
    /// </summary>
    /// <param name="name">The culture's name, a language tag such as <c>es-US</c>.</param>
    /// <returns>The explainer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not the tag of an English or Spanish culture (for example <c>es_US</c>, <c>fr-FR</c> or <c>klingon</c>); the message names the accepted ones.</exception>
    public static Explainer ForName(string name)
    {
        Preconditions.CheckNotNull(name);
        return TryForName(name, out var explainer) ? explainer
            : throw new ArgumentException(
                $"'{PlainText.Escape(name)}' is not a culture the words are written in: use {AcceptedCultures}.",
                nameof(name));
    }

    /// <summary>The cultures <see cref="ForName(string)"/> accepts, as a refusal names them: "en-US or es-US (en and es mean those), or another region of English or Spanish such as es-MX".</summary>
    public static string AcceptedCultures => "en-US or es-US (en and es mean those), or another region of English or Spanish such as es-MX";

    /// <summary>Tries <see cref="ForName(string)"/>: the explainer for a culture a person named, or false when the name is not the tag of an English or Spanish culture.</summary>
    /// <param name="name">The culture's name; null is refused.</param>
    /// <param name="explainer">The explainer, or null when the name is refused.</param>
    /// <returns>Whether the name was accepted.</returns>
    public static bool TryForName(string? name, [NotNullWhen(true)] out Explainer? explainer)
    {
        explainer = null;
        if (name is null || !IsLanguageTag(name))
        {
            return false;
        }
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
        if (culture.TwoLetterISOLanguageName is not ("en" or "es") || !string.Equals(culture.Name, name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        explainer = For(culture);
        return true;
    }

    /// <summary>Whether a name has the shape of a language tag: a language of two or three letters, then subtags after hyphens ("es-US", "es-419"); an underscore ("es_US") is not a tag.</summary>
    private static bool IsLanguageTag(string name)
    {
        string[] parts = name.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }
        return parts.Skip(1).All(p => p.Length is >= 2 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    private static NumberFormatInfo CreateUnitedStatesNumbers()
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.CurrencySymbol = "$";
        format.CurrencyDecimalSeparator = ".";
        format.CurrencyGroupSeparator = ",";
        format.CurrencyPositivePattern = 0;
        format.CurrencyNegativePattern = 1;
        format.NumberDecimalSeparator = ".";
        format.NumberGroupSeparator = ",";
        format.NegativeSign = "-";
        return NumberFormatInfo.ReadOnly(format);
    }

    /// <summary>The culture, with its month names, writing numbers as in the United States.</summary>
    private static CultureInfo WithUnitedStatesNumbers(CultureInfo culture)
    {
        var copy = (CultureInfo)culture.Clone();
        copy.NumberFormat = (NumberFormatInfo)UnitedStatesNumbers.Clone();
        return CultureInfo.ReadOnly(copy);
    }

    /// <summary>The explainer for <see cref="CultureInfo.CurrentUICulture"/>, by the rule of <see cref="For(CultureInfo)"/>.</summary>
    /// <returns>The explainer.</returns>
    public static Explainer ForCurrentCulture() => For(CultureInfo.CurrentUICulture);

    // ----- Reading and formatting the resources -----

    private void AddPart(List<string> parts, string key, long value)
    {
        if (value != 0)
        {
            parts.Add(Plural(key, value == 1, value));
        }
    }

    private string List(List<string> items, string conjunction) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => Format(conjunction, string.Join(Get("List.Separator"), items.Take(items.Count - 1)), items[^1]),
    };

    private string Plural(string key, bool one, params object[] arguments) => Format(key + (one ? ".One" : ".Other"), arguments);

    private string Capitalized(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : string.Concat(Culture.TextInfo.ToUpper(text[0]).ToString(), text.AsSpan(1));

    private string Format(string key, params object[] arguments) => Grammar.Format(Culture, Get(key), arguments);

    private string Get(string key) => Find(key) ?? throw new InvalidOperationException($"The explanation resources have no '{key}'.");

    private string? Find(string key) => Resources.GetString(key, Culture);
}
