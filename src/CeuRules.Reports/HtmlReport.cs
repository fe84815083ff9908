using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Reports;

/// <summary>
/// The HTML report: one self-contained page (inline CSS and SVG; nothing fetched, no script) with, for
/// each certification, the status in words, what is still needed and by when, the requirement bars, a
/// timeline of the cycle with every activity on it, what counted and why, and the dates that matter
/// (the route the person is on first); then, in a <c>details</c> element, every id, rule and source.
/// The markup is also well-formed XML, and every text from the input is HTML-encoded by
/// <see cref="MarkupWriter"/>. Every word comes from <see cref="ReportWords"/>.
/// </summary>
internal static class HtmlReport
{
    internal static void Write(TextWriter writer, LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> results, ReportOptions options)
    {
        var words = ReportWords.For(options.Culture, results);
        var findings = options.Findings;
        string title = options.Title ?? words.DefaultTitle;
        // The page is written to a buffer first, so that every abbreviation it uses is spelled out after its header, before its first use.
        var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var html = new MarkupWriter(buffer);
        html.Raw("<!DOCTYPE html>\n").Open("html", ("lang", Language(options.Culture, words)));
        WriteHead(html, words.PageTitle(title, options.DocumentName));
        html.Open("body").Open("main");
        html.Open("header", ("class", "page"));
        html.Element("h1", title);
        html.Element("p", words.PageMeta(options.DocumentName, asOf, results.Count, transcript.Activities.Length), ("class", "meta"));
        html.Close("header");
        int afterHeader = buffer.GetStringBuilder().Length;
        WriteFindings(html, findings, words);
        var leftOut = Json.Completeness.LeftOut(findings);
        if (!leftOut.IsEmpty)
        {
            html.Element("p", words.Incomplete(leftOut), ("class", "incomplete"));
        }
        var ordered = EvaluationOrder.ByUrgency(results);
        if (ordered.Length > 1)
        {
            WriteSummary(html, ordered, words);
        }
        for (int i = 0; i < ordered.Length; i++)
        {
            string? qualification = Json.Completeness.CouldChange(ordered[i].Status, leftOut) ? words.CouldChange(leftOut) : null;
            WriteCertification(html, ordered[i], transcript, $"certification-{i + 1}", words, options.IncludeDetails, qualification);
        }
        if (options.Recommendation is { } recommendation)
        {
            RecommendationSection.WriteHtml(html, recommendation, words, options.IncludeDetails);
        }
        html.Close("main").Close("body").Close("html");
        var page = buffer.GetStringBuilder();
        if (words.Explain.Abbreviations([WebUtility.HtmlDecode(page.ToString(afterHeader, page.Length - afterHeader))]) is { } abbreviations)
        {
            var line = new StringWriter(CultureInfo.InvariantCulture);
            new MarkupWriter(line).Element("p", abbreviations, ("class", "abbreviations"));
            page.Insert(afterHeader, line.ToString());
        }
        writer.Write(page.ToString());
        writer.WriteLine();
    }

    /// <summary>
    /// The page's language as BCP 47: the culture asked for (<c>en-US</c>, <c>es-US</c>, <c>es-MX</c>) when
    /// the words are in its language, otherwise the culture of the words written (<c>en-US</c> for a culture
    /// with no words of its own, the invariant culture included).
    /// </summary>
    internal static string Language(CultureInfo culture, ReportWords words) =>
        culture.Name.Length > 0 && culture.TwoLetterISOLanguageName == words.Culture.TwoLetterISOLanguageName ? culture.Name : words.Culture.Name;

    private static void WriteHead(MarkupWriter html, string title)
    {
        html.Open("head");
        html.Empty("meta", ("charset", "utf-8"));
        html.Empty("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Element("title", title);
        html.Open("style").Raw(HtmlStyle.Sheet).Close("style");
        html.Close("head");
    }

    private static void WriteFindings(MarkupWriter html, IReadOnlyList<Finding> findings, ReportWords words)
    {
        if (findings.Count == 0)
        {
            return;
        }
        html.Open("section", ("class", "findings"), ("aria-label", words.ProblemsHeading));
        html.Element("h2", words.ProblemsHeading);
        html.Open("ul");
        foreach (var finding in findings)
        {
            html.Open("li");
            foreach (var (part, text) in words.FindingLineParts(finding))
            {
                _ = part switch
                {
                    FindingLinePart.Severity => html.Element("strong", text),
                    FindingLinePart.Details => html.Element("small", text, ("class", "details")),
                    _ => html.Text(text),
                };
            }
            html.Close("li");
        }
        html.Close("ul").Close("section");
    }

    /// <summary>Several certifications in one line each, most urgent first, in the order of their sections.</summary>
    private static void WriteSummary(MarkupWriter html, IReadOnlyList<CertificationEvaluation> ordered, ReportWords words)
    {
        html.Open("nav", ("class", "summary"), ("aria-label", words.SummaryHeading));
        html.Element("h2", words.SummaryHeading);
        html.Open("ul");
        for (int i = 0; i < ordered.Count; i++)
        {
            html.Element("li", words.SummaryLine(ordered[i]), ("class", CssClass(ordered[i])), ("data-certification", $"certification-{i + 1}"));
        }
        html.Close("ul").Close("nav");
    }

    private static void WriteCertification(MarkupWriter html, CertificationEvaluation result, Transcript transcript, string id, ReportWords words, bool details, string? qualification)
    {
        var range = TimelineRange.For(result);
        var rows = ActivityRow.For(result, transcript, range, words);
        html.Open("section", ("class", "certification"), ("id", id), ("data-credential", result.Credential.Id), ("data-status", result.Status.ToId()),
            ("data-next-action", result.NextStep.Action.ToId()));
        html.Element("h2", words.CertificationHeading(result));
        html.Element("p", words.CertificationMeta(result), ("class", "meta"));
        WriteStatus(html, result, words);
        if (qualification is not null)
        {
            html.Element("p", qualification, ("class", "qualified"));
        }
        WriteNextSteps(html, result, words);
        WriteDates(html, result, words);
        WriteRequirements(html, result, words);
        html.Element("h3", words.TimelineHeading, ("id", $"{id}-timeline"));
        HtmlTimeline.Write(html, result, rows, range, words);
        HtmlTimeline.WriteKey(html, result, rows, range, words);
        WriteActivities(html, result, rows, words);
        WriteNotes(html, result, words);
        if (details)
        {
            WriteDetails(html, result, rows, words);
        }
        html.Close("section");
    }

    private static void WriteStatus(MarkupWriter html, CertificationEvaluation result, ReportWords words)
    {
        html.Open("div", ("class", $"status {CssClass(result)}"), ("role", "status"));
        html.Element("span", words.Badge(result), ("class", "badge"));
        string headline = words.Headline(result);
        string explanation = words.Explanation(result);
        html.Element("p", headline, ("class", "headline"));
        if (!SaysAlready(headline, explanation))
        {
            html.Element("p", explanation, ("class", "explanation"));
        }
        html.Close("div");
    }

    /// <summary>Whether the headline already says every word of the explanation, in order, whatever the punctuation and case.</summary>
    private static bool SaysAlready(string headline, string explanation) =>
        Letters(headline).Contains(Letters(explanation), StringComparison.Ordinal);

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant));

    /// <summary>The colour of a certification, from where it stands: requirements met after expiration is not green.</summary>
    private static string CssClass(CertificationEvaluation result) => result.Status switch
    {
        CertificationStatus.RequirementsMet when result.AsOf > result.ExpiresOn => "within-ce-time-limit",
        CertificationStatus.RequirementsMet => "met",
        CertificationStatus.InProgress => "in-progress",
        CertificationStatus.WithinCeTimeLimit => "within-ce-time-limit",
        CertificationStatus.LapsedExamRequired => "lapsed",
        _ => "ineligible",
    };

    /// <summary>The next step first, with its plan where it earns credit, then each route and the fees of the step's route.</summary>
    private static void WriteNextSteps(MarkupWriter html, CertificationEvaluation result, ReportWords words)
    {
        html.Element("h3", words.NextStepsHeading);
        html.Open("div", ("class", "panel next"), ("data-next-action", result.NextStep.Action.ToId()));
        html.Element("p", words.NextStep(result), ("class", "next-step"));
        var items = words.PlanItems(result);
        if (items.Count > 0)
        {
            html.Open("ul", ("class", "plan"));
            foreach (var item in items)
            {
                html.Element("li", item);
            }
            html.Close("ul");
        }
        html.Element("h4", words.RoutesHeading);
        html.Open("ul", ("class", "routes"));
        foreach (var route in result.Routes)
        {
            html.Element("li", words.RouteLine(route, result), ("class", route.CanSucceed ? "route open" : "route closed"), ("data-route", route.Route.ToId()));
        }
        html.Close("ul");
        WriteFees(html, result, words);
        html.Close("div");
    }

    private static void WriteFees(MarkupWriter html, CertificationEvaluation result, ReportWords words)
    {
        if (result.Fees.IsEmpty)
        {
            html.Element("p", words.NoFee);
            return;
        }
        var columns = words.FeeColumns;
        bool anyNote = result.Fees.Any(f => !f.Rule.Source.Confirmed);
        html.Open("table", ("class", "fees")).Element("caption", words.FeesCaption(result.Certification));
        html.Open("thead").Open("tr").Element("th", columns.Fee, ("scope", "col")).Element("th", columns.Amount, ("scope", "col"));
        if (anyNote)
        {
            html.Element("th", columns.Note, ("scope", "col"));
        }
        html.Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var fee in result.Fees)
        {
            html.Open("tr");
            html.Element("th", words.Fee(fee.Kind), ("scope", "row"));
            html.Element("td", words.Money(fee.Amount), ("class", "number"));
            if (anyNote)
            {
                html.Element("td", words.FeeConfirmation(fee, result), ("class", "fee-note"));
            }
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    private static void WriteRequirements(MarkupWriter html, CertificationEvaluation result, ReportWords words)
    {
        var columns = words.RequirementColumns;
        html.Element("h3", words.RequirementsHeading);
        html.Open("table", ("class", "requirements"));
        html.Open("thead").Open("tr")
            .Element("th", columns.Requirement, ("scope", "col")).Element("th", columns.Progress, ("scope", "col"))
            .Element("th", columns.Counted, ("scope", "col")).Element("th", columns.Result, ("scope", "col"))
            .Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var requirement in result.Requirements)
        {
            WriteRequirement(html, requirement, result, words);
        }
        html.Close("tbody").Close("table");
    }

    private static void WriteRequirement(MarkupWriter html, RequirementOutcome requirement, CertificationEvaluation result, ReportWords words)
    {
        var scale = requirement.Counted > requirement.Required ? requirement.Counted : requirement.Required;
        double percent = scale.IsZero ? 0 : 100.0 * requirement.Counted.Hundredths / scale.Hundredths;
        string kind = requirement.IsCap ? "cap" : requirement.IsMet ? "met" : "short";
        html.Open("tr", ("class", kind), ("data-requirement", requirement.RequirementId));
        html.Open("th", ("scope", "row")).Text(words.Requirement(requirement, result))
            .Element("span", words.RequirementBound(requirement, result), ("class", "sub"))
            .Close("th");
        html.Open("td", ("class", "bar-cell")).Open("div", ("class", "bar"), ("aria-hidden", "true"));
        html.Empty("div", ("class", $"fill {kind}"), ("style", $"width: {percent.ToString("0.#", CultureInfo.InvariantCulture)}%"));
        html.Close("div").Close("td");
        html.Element("td", words.RequirementCounted(requirement, result), ("class", "number"));
        html.Element("td", words.RequirementResult(requirement, result), ("class", $"result {kind}"));
        html.Close("tr");
    }

    private static void WriteActivities(MarkupWriter html, CertificationEvaluation result, IReadOnlyList<ActivityRow> rows, ReportWords words)
    {
        html.Element("h3", words.ActivitiesHeading);
        if (rows.Count == 0)
        {
            html.Element("p", words.NoActivity);
            return;
        }
        var columns = words.ActivityColumns;
        html.Open("table", ("class", "activities"));
        html.Open("thead").Open("tr")
            .Element("th", columns.Number, ("scope", "col")).Element("th", columns.Activity, ("scope", "col")).Element("th", columns.Completed, ("scope", "col"))
            .Element("th", columns.Result, ("scope", "col")).Element("th", columns.Why, ("scope", "col"))
            .Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var row in rows)
        {
            WriteActivity(html, row, result, words);
        }
        html.Close("tbody").Close("table");
    }

    private static void WriteActivity(MarkupWriter html, ActivityRow row, CertificationEvaluation result, ReportWords words)
    {
        string outcome = HtmlTimeline.OutcomeClass(row.Outcome);
        html.Open("tr", ("class", outcome), ("data-activity", row.Decision.ActivityId));
        html.Open("td", ("class", "number-cell")).Element("span", words.Number(row.Number), ("class", $"chip {outcome}")).Close("td");
        html.Open("td").Element("strong", row.Name);
        if (Describe(row.Activity, result.Policy, words) is { Length: > 0 } description)
        {
            html.Element("span", description, ("class", "sub"));
        }
        html.Close("td");
        html.Open("td");
        html.Text(row.Activity is null ? words.UnknownDate : words.Date(row.Activity.CompletedOn));
        if (row.Place != TimelinePlace.Inside)
        {
            html.Element("span", words.EdgeNote(row.Place), ("class", "sub"));
        }
        html.Close("td");
        html.Open("td").Element("strong", words.Outcome(row.Decision));
        html.Element("span", words.CountedOf(row.Decision, result), ("class", "sub")).Close("td");
        html.Open("td", ("class", "why"));
        foreach (var reason in row.Reasons)
        {
            html.Element("span", reason, ("class", "reason"));
        }
        html.Close("td");
        html.Close("tr");
    }

    /// <summary>The provider, kind and duration of an activity, without its id.</summary>
    private static string Describe(LearningActivity? activity, CredentialPolicy policy, ReportWords words)
    {
        if (activity is null)
        {
            return string.Empty;
        }
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(activity.Provider))
        {
            parts.Add(activity.Provider);
        }
        parts.Add(words.Kind(activity.Kind, policy));
        if (activity.DurationMinutes is { } minutes)
        {
            parts.Add(words.Minutes(minutes));
        }
        return string.Join(" · ", parts);
    }

    private static void WriteDates(MarkupWriter html, CertificationEvaluation result, ReportWords words)
    {
        var columns = words.DateColumns;
        html.Element("h3", words.DatesHeading);
        var deadlines = ReportWords.DeadlinesByRoute(result);
        if (deadlines.Count == 0)
        {
            html.Element("p", words.NoDateAhead);
            return;
        }
        html.Open("table", ("class", "dates"));
        html.Open("thead").Open("tr").Element("th", columns.What, ("scope", "col")).Element("th", columns.Date, ("scope", "col")).Element("th", columns.FromAsOf, ("scope", "col")).Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var deadline in deadlines)
        {
            html.Open("tr", ("class", "ahead"), ("data-deadline", deadline.Kind.ToId()));
            html.Element("th", words.Deadline(deadline.Kind), ("scope", "row"));
            html.Element("td", words.Date(deadline.Date));
            html.Element("td", words.Until(result.AsOf, deadline.Date));
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    private static void WriteNotes(MarkupWriter html, CertificationEvaluation result, ReportWords words)
    {
        if (result.Notes.IsEmpty)
        {
            return;
        }
        html.Element("h3", words.NotesHeading);
        html.Open("ul", ("class", "notes"));
        foreach (var note in result.Notes)
        {
            html.Element("li", words.Note(note));
        }
        html.Close("ul");
    }

    /// <summary>Every id, rule and source of the certification, folded away in a <c>details</c> element.</summary>
    private static void WriteDetails(MarkupWriter html, CertificationEvaluation result, IReadOnlyList<ActivityRow> rows, ReportWords words)
    {
        var columns = words.DetailsColumns;
        html.Open("details", ("class", "details"));
        html.Element("summary", words.DetailsSummary);
        html.Element("p", words.DetailsCertification(result), ("class", "ids"));
        var sources = new Details.SourceList();
        html.Open("table", ("class", "details-ids"));
        html.Open("thead").Open("tr").Element("th", columns.What, ("scope", "col")).Element("th", columns.Id, ("scope", "col"))
            .Element("th", columns.Rule, ("scope", "col")).Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var entry in Details.Entries(result, rows, words).Select(sources.Note))
        {
            html.Open("tr").Element("th", entry.What, ("scope", "row")).Element("td", entry.Id).Element("td", entry.RuleId).Close("tr");
        }
        html.Close("tbody").Close("table");
        html.Element("h4", words.SourcesHeading);
        html.Open("ul", ("class", "sources"));
        foreach (var (ruleId, source) in sources)
        {
            html.Open("li").Element("code", ruleId).Text(words.DetailsSource(string.Empty, source)).Close("li");
        }
        html.Close("ul");
        html.Close("details");
    }
}
