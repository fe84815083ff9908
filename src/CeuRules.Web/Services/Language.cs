using System;
using System.Globalization;
using CeuRules.Explanations;

namespace CeuRules.Web.Services;

/// <summary>
/// The page's language: English (en-US) or Spanish (es-US), first the browser's, then the person's choice.
/// Changing it re-renders every page in the new language at once; the words come from the explanation layer,
/// the reports' resources and the page's own <see cref="UiText"/>.
/// </summary>
internal sealed class Language
{
    internal static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    internal static CultureInfo Spanish { get; } = CultureInfo.GetCultureInfo("es-US");

    /// <summary>The language now in use.</summary>
    internal CultureInfo Culture { get; private set; } = English;

    /// <summary>"en" or "es", for the document's <c>lang</c> attribute.</summary>
    internal string Code => Culture.TwoLetterISOLanguageName;

    /// <summary>The explanation layer in the current language.</summary>
    internal Explainer Explainer => Explainer.For(Culture);

    /// <summary>
    /// The language the page's own words are in (<see cref="UiText"/>): the last one used. The page has one
    /// reader, and this does not depend on which async flow renders (a culture set in one does not flow back).
    /// </summary>
    internal static CultureInfo Current { get; private set; } = English;

    /// <summary>Raised after the language changes.</summary>
    internal event Action? Changed;

    /// <summary>Spanish for any "es" tag (es, es-MX, es-419), English for anything else.</summary>
    internal static CultureInfo For(string? tag) =>
        tag is not null && (tag.Equals("es", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("es-", StringComparison.OrdinalIgnoreCase)) ? Spanish : English;

    /// <summary>Switches to the language of <paramref name="tag"/> and sets it as the thread's culture.</summary>
    internal void Use(string? tag)
    {
        var culture = For(tag);
        Current = culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        if (!culture.Equals(Culture))
        {
            Culture = culture;
            Changed?.Invoke();
        }
    }
}
