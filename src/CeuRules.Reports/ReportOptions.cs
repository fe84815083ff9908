using System;
using System.Collections.Generic;
using System.Globalization;

namespace CeuRules.Reports;

/// <summary>
/// How <see cref="EvaluationReport"/> writes a report: the culture of its words, whether it ends with
/// the details part (ids, rules and sources), its title, the name of the document evaluated, and the
/// findings met while reading that document.
/// </summary>
/// <remarks>
/// <para>Start from <see cref="Default"/> and change what differs with a <c>with</c>-style object
/// initializer, for example <c>new ReportOptions { Culture = CultureInfo.GetCultureInfo("es-US") }</c>.
/// The culture defaults to en-US; the machine's current culture is used only when the caller passes it.</para>
/// <para>Instances are immutable and thread-safe (the findings list is read, never changed).</para>
/// </remarks>
public sealed class ReportOptions
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private readonly CultureInfo culture = English;
    private readonly IReadOnlyList<Finding> findings = Array.Empty<Finding>();
    private readonly string? title;
    private readonly string? documentName;

    /// <summary>The options by default: en-US, with the details part, the default title, no document name, no findings.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The culture of the report's words, dates and numbers. Defaults to en-US, never to the current culture.</summary>
    /// <value>A culture; the reports speak English (en) and Spanish (es), and fall back to English for other languages.</value>
    /// <exception cref="ArgumentNullException">On setting: the value is null.</exception>
    public CultureInfo Culture
    {
        get => culture;
        init => culture = value ?? throw new ArgumentNullException(nameof(Culture));
    }

    /// <summary>
    /// Whether the report ends with its details part: the policy, credential, requirement, activity and
    /// rule ids, and each rule's source with its URL. The part above it shows none of them. Defaults to true.
    /// </summary>
    public bool IncludeDetails { get; init; } = true;

    /// <summary>The report's title, or null (the default) for the words "Recertification report" in the report's culture.</summary>
    /// <exception cref="ArgumentException">On setting: the value is empty or white space.</exception>
    public string? Title
    {
        get => title;
        init => title = NotBlank(value, nameof(Title));
    }

    /// <summary>The name of the document evaluated (a file name, a person's name), shown under the title; null (the default) for none.</summary>
    /// <exception cref="ArgumentException">On setting: the value is empty or white space.</exception>
    public string? DocumentName
    {
        get => documentName;
        init => documentName = NotBlank(value, nameof(DocumentName));
    }

    /// <summary>
    /// The findings met while reading the document (for example <c>TranscriptReadResult.Findings</c> of CeuRules.Json):
    /// listed at the top, and any part left out qualifies the statuses it could change. Defaults to none.
    /// </summary>
    /// <exception cref="ArgumentNullException">On setting: the value is null.</exception>
    /// <exception cref="ArgumentException">On setting: an element is null.</exception>
    public IReadOnlyList<Finding> Findings
    {
        get => findings;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Findings));
            foreach (var finding in value)
            {
                if (finding is null)
                {
                    throw new ArgumentException("A finding must not be null.", nameof(Findings));
                }
            }
            findings = value;
        }
    }

    /// <summary>
    /// The courses recommended to make the person current (from <c>CourseRecommender</c> of the package
    /// CeuRules.Recommendations, for the same person and as-of date), shown in a section after the
    /// certifications: the courses, what each earns, the total price and time, what each certification would
    /// then reach or what stays uncovered and why, and why notable courses were not chosen. Defaults to null:
    /// no such section.
    /// </summary>
    public CeuRules.Recommendations.Recommendation? Recommendation { get; init; }

    private static string? NotBlank(string? value, string name) =>
        value is not null && string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("The text must not be empty or white space.", name) : value;

    /// <summary>A short description for logs and the debugger.</summary>
    public override string ToString() =>
        $"{Culture.Name}{(IncludeDetails ? ", with details" : "")}{(Recommendation is null ? "" : ", with a recommendation")}, {Findings.Count} findings";
}
