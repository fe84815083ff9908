using System;
using System.Resources;

namespace CeuRules.Web.Services;

/// <summary>The page's own words (labels, buttons, headings) in English and Spanish, from UiText.resx; the domain's words come from the explanation layer.</summary>
internal static class UiText
{
    private static readonly ResourceManager Resources = new("CeuRules.Web.UiText", typeof(UiText).Assembly);

    /// <summary>The text of <paramref name="key"/> in the page's language.</summary>
    /// <exception cref="InvalidOperationException">No text has that key (a bug, caught by the tests that read every key).</exception>
    internal static string Get(string key) =>
        Resources.GetString(key, Language.Current) ?? throw new InvalidOperationException($"The page has no text '{key}'.");

    /// <summary>The text of <paramref name="key"/> with its placeholders filled in the page's language.</summary>
    internal static string Format(string key, params object?[] arguments) => string.Format(Language.Current, Get(key), arguments);
}
