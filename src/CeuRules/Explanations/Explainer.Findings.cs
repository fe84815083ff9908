using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Explanations;

/// <summary>A part of a finding's line (<see cref="Explainer.FindingLineParts(Finding)"/>).</summary>
public enum FindingLinePart
{
    /// <summary>Punctuation or words joining the other parts, as the language writes them.</summary>
    Joint = 0,

    /// <summary>The severity's label: "Error".</summary>
    Severity = 1,

    /// <summary>The finding's sentence.</summary>
    Sentence = 2,

    /// <summary>The details: the path and the code.</summary>
    Details = 3,
}

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

    /// <summary>
    /// A finding in a sentence of this language, with the categories, kinds of activity and units its
    /// arguments name worded as <paramref name="policies"/> name them
    /// (<see cref="FindingExplainer.For(CultureInfo, IEnumerable{CredentialPolicy})"/>).
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <param name="policies">The policies the document was read for: a catalog's <see cref="PolicyCatalog.Policies"/>, the policies of the evaluations shown.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Finding(Finding finding, IEnumerable<CredentialPolicy> policies) => FindingExplainer.For(Culture, policies).Sentence(finding);

    /// <summary>A finding's details, for a details part beside its sentence: its path and its code, "activities[1].completedOn · not-a-date".</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The details.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string FindingDetails(Finding finding)
    {
        Preconditions.CheckNotNull(finding);
        return Format("Finding.Details", finding.Path, finding.Code);
    }

    /// <summary>
    /// A finding on one line, its severity, its sentence and its details joined as the language joins them:
    /// "Error: The completion date of activity 2 is … (activities[1].completedOn · not-a-date)". A page that
    /// sets the parts apart (the HTML report) reads <see cref="FindingLineParts(CeuRules.Finding)"/>, the same line in parts.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string FindingLine(Finding finding) => string.Concat(FindingLineParts(finding).Select(p => p.Text));

    /// <summary><see cref="FindingLine(CeuRules.Finding)"/> with the sentence of <see cref="Finding(CeuRules.Finding, IEnumerable{CredentialPolicy})"/>.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="policies">The policies the document was read for.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string FindingLine(Finding finding, IEnumerable<CredentialPolicy> policies) => string.Concat(FindingLineParts(finding, policies).Select(p => p.Text));

    /// <summary>
    /// The parts of <see cref="FindingLine(CeuRules.Finding)"/> in order: the severity, the sentence and the
    /// details, with the punctuation between them as parts of kind <see cref="FindingLinePart.Joint"/>.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The parts; joined, they are the line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public ImmutableArray<(FindingLinePart Part, string Text)> FindingLineParts(Finding finding)
    {
        Preconditions.CheckNotNull(finding);
        return FindingLineParts(finding, Finding(finding));
    }

    /// <summary><see cref="FindingLineParts(CeuRules.Finding)"/> with the sentence of <see cref="Finding(CeuRules.Finding, IEnumerable{CredentialPolicy})"/>.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="policies">The policies the document was read for.</param>
    /// <returns>The parts; joined, they are the line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImmutableArray<(FindingLinePart Part, string Text)> FindingLineParts(Finding finding, IEnumerable<CredentialPolicy> policies)
    {
        Preconditions.CheckNotNull(finding);
        return FindingLineParts(finding, Finding(finding, policies));
    }

    private ImmutableArray<(FindingLinePart Part, string Text)> FindingLineParts(Finding finding, string sentence)
    {
        string template = Get("Finding.Line");
        var parts = ImmutableArray.CreateBuilder<(FindingLinePart, string)>(7);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0 || open + 2 >= template.Length || template[open + 2] != '}' || template[open + 1] is < '0' or > '2')
            {
                parts.Add((FindingLinePart.Joint, template[i..]));
                break;
            }
            if (open > i)
            {
                parts.Add((FindingLinePart.Joint, template[i..open]));
            }
            parts.Add(template[open + 1] switch
            {
                '0' => (FindingLinePart.Severity, SeverityName(finding.Severity)),
                '1' => (FindingLinePart.Sentence, sentence),
                _ => (FindingLinePart.Details, FindingDetails(finding)),
            });
            i = open + 3;
        }
        return parts.ToImmutable();
    }

    /// <summary>
    /// A finding as one line of a command line's error output: its severity, its sentence and, in brackets, its
    /// details: "error: The option --as-of is … [--as-of · not-a-date]". The details are the file or line the
    /// finding is in (<paramref name="source"/>) joined to its path by ':', then the code; a path of the whole
    /// document ("$") is left out. Every line a command writes about a problem has this one form.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <param name="source">Where the finding's document is, as a path names it (a file's name, <c>line 5</c>); null when the finding's path says it all.</param>
    /// <returns>The line, without a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string FindingCommandLine(Finding finding, string? source = null)
    {
        Preconditions.CheckNotNull(finding);
        var words = FindingExplainer.For(Culture);
        string path = finding.Path == "$" ? source ?? string.Empty
            : source is null ? finding.Path : string.Format(Culture, words.Find("CommandLine.Path")!, source, finding.Path);
        string details = path.Length == 0 ? finding.Code : string.Format(Culture, words.Find("CommandLine.Details")!, path, finding.Code);
        string severity = Get(finding.Severity switch
        {
            FindingSeverity.Error => "Finding.Error",
            FindingSeverity.Warning => "Finding.Warning",
            _ => "Finding.Info",
        });
        return string.Format(Culture, words.Find("CommandLine.Line")!, severity, Finding(finding), details);
    }

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
