using System;
using CeuRules.Model;
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
    /// A finding in a sentence of this language, from its code and arguments, with the place in plain words
    /// (<see cref="FindingExplainer.Sentence(CeuRules.Finding)"/>).
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string Finding(Finding finding) =>
        (ReferenceEquals(this, Messages) ? FindingExplainer.Messages : FindingExplainer.For(Culture)).Sentence(finding);

    /// <summary>An error finding about a certification's own date, with its dates as arguments.</summary>
    internal static Finding CertificationFinding(string code, LocalDate certifiedOn, LocalDate asOf) => code == FindingCodes.CertifiedAfterAsOf.Id
        ? new Finding(FindingCodes.CertifiedAfterAsOf, FindingSeverity.Error, "certifiedOn", ("certifiedOn", Words.Iso(certifiedOn)), ("asOf", Words.Iso(asOf)))
        : new Finding(FindingCodes.ImplausibleCertificationDate, FindingSeverity.Error, "certifiedOn",
            ("certifiedOn", Words.Iso(certifiedOn)), ("asOf", Words.Iso(asOf)), ("earliest", Words.Iso(Certification.EarliestPlausibleDate)));

    /// <summary>Whether the words are English, where text the policy states in English (what happens when the exam attempts run out, another finding's message) can be quoted as it is.</summary>
    private bool SpeaksEnglish => Culture.TwoLetterISOLanguageName is "en" or "iv";

    private static LocalDate? DateArgument(Finding finding, string name) =>
        finding.Arguments.TryGetValue(name, out var text) && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;
}
