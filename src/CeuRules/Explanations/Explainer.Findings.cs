using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Utility;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Explanations;

/// <summary>Findings about a document: their severity and their sentence.</summary>
public sealed partial class Explainer
{
    /// <summary>A finding's severity as a label: "Error", "Warning", "Information" ("Advertencia"…).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The label.</returns>
    public string SeverityName(FindingSeverity severity) => Capitalized(Get(severity switch
    {
        FindingSeverity.Error => "Finding.Error",
        FindingSeverity.Warning => "Finding.Warning",
        _ => "Finding.Info",
    }));

    /// <summary>
    /// A finding in a sentence. The findings about a certification's own date (<c>certified-after-as-of</c>,
    /// <c>implausible-certification-date</c>) are worded here; any other finding keeps its own message in
    /// English and, in another language, is named by where it is in the document.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string Finding(Finding finding)
    {
        Preconditions.CheckNotNull(finding);
        if (finding.Code is "certified-after-as-of" or "implausible-certification-date"
            && DateArgument(finding, "certifiedOn") is { } certifiedOn)
        {
            var other = finding.Code == "certified-after-as-of" ? DateArgument(finding, "asOf") : Certification.EarliestPlausibleDate;
            if (other is { } second)
            {
                return Format(finding.Code + ".Sentence", Date(certifiedOn), Date(second));
            }
        }
        if (SpeaksEnglish)
        {
            return finding.Message;
        }
        return Format("Finding.Other", finding.Path, SeverityName(finding.Severity).ToLower(Culture));
    }

    /// <summary>An error finding about a certification's own date, worded in English for the results.</summary>
    internal static Finding CertificationFinding(string code, LocalDate certifiedOn, LocalDate asOf)
    {
        var arguments = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [new("certifiedOn", Words.Iso(certifiedOn)), new KeyValuePair<string, string>("asOf", Words.Iso(asOf))]);
        var second = code == "certified-after-as-of" ? asOf : Certification.EarliestPlausibleDate;
        string message = Messages.Format(code + ".Sentence", Messages.Date(certifiedOn), Messages.Date(second));
        return new Finding(code, FindingSeverity.Error, "certifiedOn", message, arguments);
    }

    /// <summary>Whether the words are English, where text the policy states in English (what happens when the exam attempts run out, another finding's message) can be quoted as it is.</summary>
    private bool SpeaksEnglish => Culture.TwoLetterISOLanguageName is "en" or "iv";

    private static LocalDate? DateArgument(Finding finding, string name) =>
        finding.Arguments.TryGetValue(name, out var text) && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;
}
