using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CeuRules.Utility;

namespace CeuRules.Explanations;

/// <summary>The abbreviations a reader meets, spelled out.</summary>
public sealed partial class Explainer
{
    /// <summary>
    /// The abbreviations of this language's words ("CE", "CEU", "CPR"; in Spanish also "RCP") that appear in
    /// <paramref name="texts"/>, spelled out on one line to put before them: "Abbreviations: CE: continuing
    /// education; CPR: cardiopulmonary resuscitation." A report writes it before its first use, so that every
    /// short form a person reads is spelled out the first time, whichever sentence uses it first.
    /// </summary>
    /// <param name="texts">The texts the output shows.</param>
    /// <returns>The line, or null when none of the abbreviations appears.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of them is null.</exception>
    public string? Abbreviations(IEnumerable<string> texts)
    {
        Preconditions.CheckNotNull(texts);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var tokens = Get("Abbreviations.List").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var text in texts)
        {
            Preconditions.CheckNotNull(text);
            foreach (var token in tokens)
            {
                if (!found.Contains(token) && Regex.IsMatch(text, @"(?<![\p{L}\p{N}-])" + Regex.Escape(token) + @"s?(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant))
                {
                    found.Add(token);
                }
            }
        }
        if (found.Count == 0)
        {
            return null;
        }
        var items = tokens.Where(found.Contains).Select(t => Format("Abbreviations.Item", t, Get("Abbreviation." + t))).ToList();
        return Format("Abbreviations.Line", string.Join(Get("Abbreviations.Separator"), items));
    }
}
