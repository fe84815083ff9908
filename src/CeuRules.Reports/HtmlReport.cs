using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Reports;

/// <summary>
/// The <c>html</c> format: one self-contained page (inline CSS and SVG; nothing fetched, no script) with,
/// for each certification, the status in words, what is still needed and by when, the requirement bars,
/// a timeline of the cycle with every activity on it, and what counted and why. The markup is also
/// well-formed XML, and every text from the input is HTML-encoded by <see cref="MarkupWriter"/>.
/// </summary>
internal static class HtmlReport
{
    /// <summary>How a status looks: its words on the badge and its CSS class.</summary>
    private readonly record struct StatusLook(string Words, string CssClass);

    internal static void Write(TextWriter writer, string fileName, LocalDate asOf, IReadOnlyList<CertificationEvaluation> results, Transcript transcript, IReadOnlyList<Finding> findings)
    {
        var html = new MarkupWriter(writer);
        html.Raw("<!DOCTYPE html>\n").Open("html", ("lang", "en"));
        WriteHead(html, fileName);
        html.Open("body").Open("main");
        html.Open("header", ("class", "page"));
        html.Element("h1", "Recertification report");
        html.Element("p", $"{fileName} · evaluated as of {ReportWords.Date(asOf)} · {Count(results.Count, "certification")}, {Count(transcript.Activities.Length, "activity", "activities")}", ("class", "meta"));
        html.Close("header");
        WriteFindings(html, findings);
        var leftOut = CeuRules.Json.Completeness.LeftOut(findings);
        if (!leftOut.IsEmpty)
        {
            html.Element("p", $"Incomplete: {leftOut.Length} part(s) of the document were left out ({string.Join(", ", leftOut.Select(f => f.Path))}); the results below were computed without them.", ("class", "incomplete"));
        }
        for (int i = 0; i < results.Count; i++)
        {
            WriteCertification(html, results[i], transcript, $"certification-{i + 1}");
            if (CeuRules.Json.Completeness.CouldChange(results[i].Status, leftOut))
            {
                html.Element("p", CeuRules.Json.Completeness.Qualification(leftOut), ("class", "qualified"));
            }
        }
        html.Close("main").Close("body").Close("html");
        writer.WriteLine();
    }

    private static void WriteHead(MarkupWriter html, string fileName)
    {
        html.Open("head");
        html.Empty("meta", ("charset", "utf-8"));
        html.Empty("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Element("title", $"Recertification report: {fileName}");
        html.Open("style").Raw(HtmlStyle.Sheet).Close("style");
        html.Close("head");
    }

    private static void WriteFindings(MarkupWriter html, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }
        html.Open("section", ("class", "findings"), ("aria-label", "Problems in the document"));
        html.Element("h2", "Problems in the document");
        html.Open("ul");
        foreach (var finding in findings)
        {
            html.Open("li").Element("strong", $"{ReportWords.Capitalized(finding.Severity.ToString())}: ").Text(finding.ToString()).Close("li");
        }
        html.Close("ul").Close("section");
    }

    private static void WriteCertification(MarkupWriter html, CertificationEvaluation result, Transcript transcript, string id)
    {
        var range = TimelineRange.For(result);
        var rows = ActivityRow.For(result, transcript, range);
        html.Open("section", ("class", "certification"), ("id", id), ("data-credential", result.Credential.Id), ("data-status", result.Status.ToId()));
        html.Element("h2", $"{result.Credential.Name} — {result.Credential}");
        html.Element("p", $"Certified {ReportWords.Date(result.Certification.CertifiedOn)} · {(result.Certification.IsMember ? "member" : "not a member")} of the {result.Credential.Body.Acronym} · policy {result.Policy.PolicyId}", ("class", "meta"));
        WriteStatus(html, result);
        WriteNextSteps(html, result);
        WriteRequirements(html, result);
        html.Element("h3", "Timeline", ("id", $"{id}-timeline"));
        HtmlTimeline.Write(html, result, rows, range);
        HtmlTimeline.WriteKey(html, result, rows, range);
        WriteActivities(html, result, rows);
        WriteDates(html, result);
        WriteNotes(html, result);
        html.Close("section");
    }

    private static void WriteStatus(MarkupWriter html, CertificationEvaluation result)
    {
        var look = Look(result.Status);
        html.Open("div", ("class", $"status {look.CssClass}"), ("role", "status"));
        html.Element("span", look.Words, ("class", "badge"));
        string headline = Headline(result);
        string explanation = ReportWords.WithReadableDates(result.StatusExplanation);
        html.Element("p", headline, ("class", "headline"));
        if (!SaysAlready(headline, explanation))
        {
            html.Element("p", explanation, ("class", "explanation"));
        }
        html.Close("div");
    }

    /// <summary>Whether the headline already says every word of the explanation, in order, whatever the punctuation and case.</summary>
    private static bool SaysAlready(string headline, string explanation) =>
        Words(headline).Contains(Words(explanation), StringComparison.Ordinal);

    private static string Words(string text) => string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant));

    private static StatusLook Look(CertificationStatus status) => status switch
    {
        CertificationStatus.RequirementsMet => new("Requirements met", "met"),
        CertificationStatus.InProgress => new("In progress", "in-progress"),
        CertificationStatus.WithinCeTimeLimit => new("Within CE time limit", "within-ce-time-limit"),
        CertificationStatus.LapsedExamRequired => new("Lapsed, exam required", "lapsed"),
        _ => new("Ineligible", "ineligible"),
    };

    /// <summary>The status in one sentence a person would say, for example "Current until 28 February 2026 — 14 AAMA points still needed".</summary>
    internal static string Headline(CertificationEvaluation result) => result.Status switch
    {
        CertificationStatus.RequirementsMet when result.AsOf <= result.ExpiresOn =>
            $"Current until {ReportWords.Date(result.ExpiresOn)} — every requirement is met; recertify by CE by {ReportWords.Date(result.LastCeDay)}",
        CertificationStatus.RequirementsMet =>
            $"Expired on {ReportWords.Date(result.ExpiresOn)} — every requirement is met; recertify by CE by {ReportWords.Date(result.LastCeDay)}",
        CertificationStatus.InProgress =>
            $"Current until {ReportWords.Date(result.ExpiresOn)} — {StillNeeded(result)}",
        CertificationStatus.WithinCeTimeLimit =>
            $"Expired on {ReportWords.Date(result.ExpiresOn)} — recertification by CE still possible until {ReportWords.Date(result.LastCeDay)}; {StillNeeded(result)}",
        CertificationStatus.LapsedExamRequired =>
            $"Lapsed — the CE route closed on {ReportWords.Date(result.LastCeDay)}; recertify by exam{AttemptsLeft(result)}",
        _ => $"Ineligible — no route to recertify is left{FailedAttempts(result)}",
    };

    private static string StillNeeded(CertificationEvaluation result)
    {
        var plan = result.Plan;
        if (plan.IsEmpty)
        {
            return "requirements not yet met";
        }
        string categories = plan.ByCategory.IsEmpty ? string.Empty
            : $" (at least {string.Join(" and ", plan.ByCategory.Select(n => $"{n.Amount} {n.Category}"))})";
        return $"{result.Policy.Units.Describe(plan.Total)} still needed{categories}";
    }

    private static string AttemptsLeft(CertificationEvaluation result) =>
        result.Exam is { } exam ? $" ({exam.AttemptsLeft} of {exam.MaxAttempts} attempts left)" : string.Empty;

    private static string FailedAttempts(CertificationEvaluation result) =>
        result.Exam is { } exam ? $" ({exam.FailedAttempts} of {exam.MaxAttempts} exam attempts failed)" : string.Empty;

    private static void WriteNextSteps(MarkupWriter html, CertificationEvaluation result)
    {
        html.Element("h3", "What to do next");
        html.Open("div", ("class", "panel next"));
        WritePlan(html, result);
        if (result.Exam is { } exam)
        {
            string route = CeRouteOpen(result.Status) && exam.AttemptsLeft > 0 ? "Or recertify by exam" : "Exam route";
            html.Element("p", $"{route}: {exam.FailedAttempts} of {exam.MaxAttempts} attempts failed, {exam.AttemptsLeft} left.");
        }
        WriteFees(html, result);
        html.Close("div");
    }

    private static void WritePlan(MarkupWriter html, CertificationEvaluation result)
    {
        var plan = result.Plan;
        var units = result.Policy.Units;
        if (plan.IsEmpty)
        {
            html.Element("p", NothingToEarn(result), ("class", "plan-summary"));
            return;
        }
        html.Open("p", ("class", "plan-summary")).Text("Complete by ").Element("strong", ReportWords.Date(plan.CompleteBy))
            .Text($" (the end of the credit window, {ReportWords.Days(Period.DaysBetween(result.AsOf, plan.CompleteBy))}):").Close("p");
        html.Open("ul", ("class", "plan"));
        html.Element("li", $"{units.Describe(plan.Total)} in total");
        foreach (var need in plan.ByCategory)
        {
            html.Element("li", $"including at least {units.Describe(need.Amount)} in the {need.Category} category");
        }
        if (!plan.Approved.IsZero)
        {
            html.Element("li", $"of which at least {units.Describe(plan.Approved)} approved by the {result.Credential.Body.Acronym}");
        }
        html.Close("ul");
        if (plan.CompleteBy < result.AsOf)
        {
            html.Element("p", "That date has passed: activities completed from now on fall outside the window and do not count for this cycle.", ("class", "warning"));
        }
    }

    private static string NothingToEarn(CertificationEvaluation result) => result.Status switch
    {
        CertificationStatus.RequirementsMet => $"No more credit is needed. Apply to recertify by CE by {ReportWords.Date(result.LastCeDay)}.",
        CertificationStatus.LapsedExamRequired => $"The CE route closed on {ReportWords.Date(result.LastCeDay)}: credit no longer recertifies this cycle. Recertify by passing the exam.",
        _ => "No route to recertify is left: see the status above.",
    };

    private static void WriteFees(MarkupWriter html, CertificationEvaluation result)
    {
        if (result.Fees.IsEmpty)
        {
            html.Element("p", "No fee is due on the route that applies.");
            return;
        }
        html.Open("table", ("class", "fees")).Element("caption", "Fees due");
        html.Open("thead").Open("tr").Element("th", "Fee", ("scope", "col")).Element("th", "Amount", ("scope", "col")).Element("th", "Source", ("scope", "col")).Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var fee in result.Fees)
        {
            html.Open("tr");
            html.Element("th", $"{ReportWords.Capitalized(ReportWords.Fee(fee.Kind))} ({(result.Certification.IsMember ? "member" : "non-member")})", ("scope", "row"));
            html.Element("td", fee.Amount.ToString(), ("class", "number"));
            html.Element("td", ReportWords.WithReadableDates(fee.Rule.Source.ToString()), ("class", "source"));
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    private static void WriteRequirements(MarkupWriter html, CertificationEvaluation result)
    {
        html.Element("h3", "Requirements");
        html.Open("table", ("class", "requirements"));
        html.Open("thead").Open("tr")
            .Element("th", "Requirement", ("scope", "col")).Element("th", "Progress", ("scope", "col"))
            .Element("th", "Counted", ("scope", "col")).Element("th", "Result", ("scope", "col"))
            .Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var requirement in result.Requirements)
        {
            WriteRequirement(html, requirement, result);
        }
        html.Close("tbody").Close("table");
    }

    private static void WriteRequirement(MarkupWriter html, RequirementOutcome requirement, CertificationEvaluation result)
    {
        var units = result.Policy.Units;
        var scale = requirement.Counted > requirement.Required ? requirement.Counted : requirement.Required;
        double percent = scale.IsZero ? 0 : 100.0 * requirement.Counted.Hundredths / scale.Hundredths;
        string kind = requirement.IsCap ? "cap" : requirement.IsMet ? "met" : "short";
        html.Open("tr", ("class", kind), ("data-requirement", requirement.RequirementId));
        html.Open("th", ("scope", "row")).Text(ReportWords.Requirement(requirement, result.Credential.Body.Acronym))
            .Element("span", requirement.IsCap ? $"at most {units.Describe(requirement.Required)}" : $"at least {units.Describe(requirement.Required)}", ("class", "sub"))
            .Close("th");
        html.Open("td", ("class", "bar-cell")).Open("div", ("class", "bar"), ("aria-hidden", "true"));
        html.Empty("div", ("class", $"fill {kind}"), ("style", $"width: {percent.ToString("0.#", CultureInfo.InvariantCulture)}%"));
        html.Close("div").Close("td");
        html.Element("td", $"{requirement.Counted} of {(requirement.IsCap ? "at most " : string.Empty)}{units.Describe(requirement.Required)}", ("class", "number"));
        html.Element("td", RequirementResult(requirement, units, CeRouteOpen(result.Status)), ("class", $"result {kind}"));
        html.Close("tr");
    }

    /// <summary>A requirement's result in words; a shortfall is "still needed" only while credit can still recertify.</summary>
    private static string RequirementResult(RequirementOutcome requirement, Policies.UnitRule units, bool ceRouteOpen) => requirement switch
    {
        { IsCap: true, Excluded.IsZero: true } => "Within the cap",
        { IsCap: true } => $"Cap reached: {units.Describe(requirement.Excluded)} over the cap not counted",
        { IsMet: true } => "✓ Met",
        _ when ceRouteOpen => $"{units.Describe(requirement.Shortfall)} still needed",
        _ => $"Short by {units.Describe(requirement.Shortfall)}",
    };

    private static bool CeRouteOpen(CertificationStatus status) =>
        status is CertificationStatus.RequirementsMet or CertificationStatus.InProgress or CertificationStatus.WithinCeTimeLimit;

    private static void WriteActivities(MarkupWriter html, CertificationEvaluation result, IReadOnlyList<ActivityRow> rows)
    {
        html.Element("h3", "Activities: what counted and why");
        if (rows.Count == 0)
        {
            html.Element("p", "The document lists no activity.");
            return;
        }
        html.Open("table", ("class", "activities"));
        html.Open("thead").Open("tr")
            .Element("th", "#", ("scope", "col")).Element("th", "Activity", ("scope", "col")).Element("th", "Completed", ("scope", "col"))
            .Element("th", "Result", ("scope", "col")).Element("th", "Why", ("scope", "col"))
            .Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var row in rows)
        {
            WriteActivity(html, row, result);
        }
        html.Close("tbody").Close("table");
    }

    private static void WriteActivity(MarkupWriter html, ActivityRow row, CertificationEvaluation result)
    {
        var units = result.Policy.Units;
        string outcome = HtmlTimeline.OutcomeClass(row.Outcome);
        html.Open("tr", ("class", outcome), ("data-activity", row.Decision.ActivityId));
        html.Open("td", ("class", "number-cell")).Element("span", row.Number.ToString(CultureInfo.InvariantCulture), ("class", $"chip {outcome}")).Close("td");
        html.Open("td").Element("strong", row.Name);
        html.Element("span", Describe(row.Activity, row.Decision.ActivityId), ("class", "sub")).Close("td");
        html.Open("td");
        html.Text(row.Activity is null ? "unknown" : ReportWords.Date(row.Activity.CompletedOn));
        if (row.Place != TimelinePlace.Inside)
        {
            html.Element("span", row.Place == TimelinePlace.Before ? "before the timeline: drawn at its left edge" : "after the timeline: drawn at its right edge", ("class", "sub"));
        }
        html.Close("td");
        html.Open("td").Element("strong", HtmlTimeline.OutcomeWords(row.Outcome));
        html.Element("span", $"{row.Decision.CountedTotal} of {units.Describe(row.Decision.Submitted)}", ("class", "sub")).Close("td");
        html.Open("td", ("class", "why"));
        foreach (var reason in row.Reasons)
        {
            html.Element("span", reason, ("class", "reason"));
        }
        html.Close("td");
        html.Close("tr");
    }

    private static string Describe(LearningActivity? activity, string id)
    {
        if (activity is null)
        {
            return $"id {id}";
        }
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(activity.Provider))
        {
            parts.Add(activity.Provider);
        }
        parts.Add(activity.Kind.Id);
        if (activity.DurationMinutes is { } minutes)
        {
            parts.Add($"{minutes} minutes");
        }
        parts.Add($"id {id}");
        return string.Join(" · ", parts);
    }

    private static void WriteDates(MarkupWriter html, CertificationEvaluation result)
    {
        html.Element("h3", "Dates that matter");
        html.Open("table", ("class", "dates"));
        html.Open("thead").Open("tr").Element("th", "What", ("scope", "col")).Element("th", "Date", ("scope", "col")).Element("th", "From the as-of date", ("scope", "col")).Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var deadline in result.Deadlines)
        {
            html.Open("tr", ("class", deadline.DaysFromAsOf < 0 ? "passed" : "ahead"));
            html.Element("th", ReportWords.Deadline(deadline.Kind), ("scope", "row"));
            html.Element("td", ReportWords.Date(deadline.Date));
            html.Element("td", deadline.DaysFromAsOf < 0 ? $"passed, {ReportWords.Days(deadline.DaysFromAsOf)}" : ReportWords.Days(deadline.DaysFromAsOf));
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    private static void WriteNotes(MarkupWriter html, CertificationEvaluation result)
    {
        if (result.Notes.IsEmpty)
        {
            return;
        }
        html.Element("h3", "Notes");
        html.Open("ul", ("class", "notes"));
        foreach (var note in result.Notes)
        {
            html.Element("li", ReportWords.WithReadableDates(note.Message));
        }
        html.Close("ul");
    }

    private static string Count(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count} {plural ?? singular + "s"}";
}
