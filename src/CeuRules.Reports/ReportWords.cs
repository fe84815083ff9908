using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Reports;

/// <summary>
/// Every word the reports write for a person, bound to one culture: labels, headings, dates, statuses,
/// deadlines, fees, reasons and the sentences around the evaluation's own explanations. The report
/// writers hold no words of their own; they ask an instance of this class, made once per report by
/// <see cref="For"/>. Only English is written for now, whatever the culture; the culture travels with
/// every lookup so that the words can come from a culture-aware source without touching the writers.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every word is looked up for the instance's culture; the English words do not read it yet.")]
internal sealed partial class ReportWords
{
    private static readonly LocalDatePattern Readable = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    private ReportWords(CultureInfo culture) => Culture = culture;

    /// <summary>The culture the words are for.</summary>
    internal CultureInfo Culture { get; }

    /// <summary>The words for a culture.</summary>
    internal static ReportWords For(CultureInfo culture) => new(culture ?? throw new ArgumentNullException(nameof(culture)));

    // ---- Dates, counts, amounts -------------------------------------------------------------------

    /// <summary>A date as people write it: "28 February 2026".</summary>
    internal string Date(LocalDate date) => Readable.Format(date);

    /// <summary>Every ISO date (YYYY-MM-DD) inside a sentence rewritten as <see cref="Date"/> writes it.</summary>
    internal string WithReadableDates(string sentence) => IsoDate().Replace(sentence, match =>
    {
        var parsed = LocalDatePattern.Iso.Parse(match.Value);
        return parsed.Success ? Date(parsed.Value) : match.Value;
    });

    /// <summary>A count of days from the as-of date: "today", "in 12 days", "1 day ago".</summary>
    internal string Days(int days) => days switch
    {
        0 => "today",
        1 => "in 1 day",
        -1 => "1 day ago",
        > 0 => $"in {days} days",
        _ => $"{-days} days ago",
    };

    /// <summary>A passed deadline's distance from the as-of date: "passed, 3 days ago".</summary>
    internal string DaysPassed(int days) => $"passed, {Days(days)}";

    /// <summary>An amount of credit with its unit's name: "2 AAMA points".</summary>
    internal string Amount(UnitRule units, CreditAmount amount) => units.Describe(amount);

    /// <summary>An amount of money: "$65.00".</summary>
    internal string Money(Money amount) => amount.ToString();

    /// <summary>A number written for this culture.</summary>
    internal string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // ---- The page ---------------------------------------------------------------------------------

    /// <summary>The report's title when the caller gives none.</summary>
    internal string DefaultTitle => "Recertification report";

    /// <summary>The page's title in the browser tab.</summary>
    internal string PageTitle(string title, string? documentName) => documentName is null ? title : $"{title}: {documentName}";

    /// <summary>The line under the title: what was evaluated, as of when, and how much of it.</summary>
    internal string PageMeta(string? documentName, LocalDate asOf, int certifications, int activities)
    {
        string counts = $"{Count(certifications, "certification", "certifications")}, {Count(activities, "activity", "activities")}";
        return documentName is null
            ? $"Evaluated as of {Date(asOf)} · {counts}"
            : $"{documentName} · evaluated as of {Date(asOf)} · {counts}";
    }

    /// <summary>The first line of the text report.</summary>
    internal string TextHeader(string? documentName, LocalDate asOf) =>
        documentName is null ? $"Evaluated as of {Date(asOf)}" : $"{documentName} evaluated as of {Date(asOf)}";

    private static string Count(int count, string singular, string plural) => count == 1 ? $"1 {singular}" : $"{count} {plural}";

    /// <summary>The heading of the problems found in the document.</summary>
    internal string ProblemsHeading => "Problems in the document";

    /// <summary>A finding's severity as a label: "Error", "Warning", "Info".</summary>
    internal string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "Error",
        FindingSeverity.Warning => "Warning",
        _ => "Info",
    };

    /// <summary>The sentence on the parts of the document left out.</summary>
    internal string Incomplete(IReadOnlyList<Finding> leftOut) =>
        $"Incomplete: {leftOut.Count} part(s) of the document were left out ({string.Join(", ", leftOut.Select(f => f.Path))}); the results below were computed without them.";

    /// <summary>The sentence that qualifies a status a left-out part could change.</summary>
    internal string CouldChange(IReadOnlyList<Finding> leftOut) => Json.Completeness.Qualification(leftOut);

    // ---- A certification --------------------------------------------------------------------------

    /// <summary>A certification's heading: "Certified Medical Assistant — CMA (AAMA)".</summary>
    internal string CertificationHeading(CertificationEvaluation result) => $"{result.Credential.Name} — {result.Credential}";

    /// <summary>The line under a certification's heading, without any id.</summary>
    internal string CertificationMeta(CertificationEvaluation result) =>
        $"Certified {Date(result.Certification.CertifiedOn)} · {(result.Certification.IsMember ? "member" : "not a member")} of the {result.Credential.Body.Acronym}";

    /// <summary>The text report's rule line for a certification.</summary>
    internal string TextCertificationHeading(CertificationEvaluation result) =>
        $"{result.Credential} certified {Date(result.Certification.CertifiedOn)}";

    /// <summary>"Status: in progress" as the text report writes it.</summary>
    internal string StatusLine(CertificationStatus status) => $"Status: {Status(status)}";

    /// <summary>The credit window in words.</summary>
    internal string WindowLine(DateInterval window) => $"Credit window: {Date(window.Start)} to {Date(window.End)}";

    /// <summary>The status in lower-case words, for example "within the CE time limit".</summary>
    internal string Status(CertificationStatus status) => status switch
    {
        CertificationStatus.RequirementsMet => "requirements met",
        CertificationStatus.InProgress => "in progress",
        CertificationStatus.WithinCeTimeLimit => "within the CE time limit",
        CertificationStatus.LapsedExamRequired => "lapsed: exam required",
        _ => "ineligible",
    };

    /// <summary>The status on the HTML badge, for example "Within CE time limit".</summary>
    internal string Badge(CertificationStatus status) => status switch
    {
        CertificationStatus.RequirementsMet => "Requirements met",
        CertificationStatus.InProgress => "In progress",
        CertificationStatus.WithinCeTimeLimit => "Within CE time limit",
        CertificationStatus.LapsedExamRequired => "Lapsed, exam required",
        _ => "Ineligible",
    };

    /// <summary>The status in one sentence a person would say, for example "Current until 28 February 2026 — 14 AAMA points still needed".</summary>
    internal string Headline(CertificationEvaluation result) => result.Status switch
    {
        CertificationStatus.RequirementsMet when result.AsOf <= result.ExpiresOn =>
            $"Current until {Date(result.ExpiresOn)} — every requirement is met; recertify by CE by {Date(result.LastCeDay)}",
        CertificationStatus.RequirementsMet =>
            $"Expired on {Date(result.ExpiresOn)} — every requirement is met; recertify by CE by {Date(result.LastCeDay)}",
        CertificationStatus.InProgress =>
            $"Current until {Date(result.ExpiresOn)} — {StillNeeded(result)}",
        CertificationStatus.WithinCeTimeLimit =>
            $"Expired on {Date(result.ExpiresOn)} — recertification by CE still possible until {Date(result.LastCeDay)}; {StillNeeded(result)}",
        CertificationStatus.LapsedExamRequired =>
            $"Lapsed — the CE route closed on {Date(result.LastCeDay)}; recertify by exam{AttemptsLeft(result)}",
        _ => $"Ineligible — no route to recertify is left{FailedAttempts(result)}",
    };

    private string StillNeeded(CertificationEvaluation result)
    {
        var plan = result.Plan;
        if (plan.IsEmpty)
        {
            return "requirements not yet met";
        }
        string categories = plan.ByCategory.IsEmpty ? string.Empty
            : $" (at least {string.Join(" and ", plan.ByCategory.Select(n => $"{n.Amount} {n.Category}"))})";
        return $"{Amount(result.Policy.Units, plan.Total)} still needed{categories}";
    }

    private static string AttemptsLeft(CertificationEvaluation result) =>
        result.Exam is { } exam ? $" ({exam.AttemptsLeft} of {exam.MaxAttempts} attempts left)" : string.Empty;

    private static string FailedAttempts(CertificationEvaluation result) =>
        result.Exam is { } exam ? $" ({exam.FailedAttempts} of {exam.MaxAttempts} exam attempts failed)" : string.Empty;

    /// <summary>The evaluation's own explanation of the status, dates made readable.</summary>
    internal string Explanation(CertificationEvaluation result) => WithReadableDates(result.StatusExplanation);

    // ---- What to do next ------------------------------------------------------------------------

    /// <summary>The heading of the next steps.</summary>
    internal string NextStepsHeading => "What to do next";

    /// <summary>The words before the plan's date: "Complete by ".</summary>
    internal string CompleteByLead => "Complete by ";

    /// <summary>The words after the plan's date.</summary>
    internal string CompleteByTail(int days) => $" (the end of the credit window, {Days(days)}):";

    /// <summary>The plan's total.</summary>
    internal string PlanTotal(UnitRule units, CreditAmount total) => $"{Amount(units, total)} in total";

    /// <summary>A category the plan still needs.</summary>
    internal string PlanCategory(UnitRule units, CategoryNeed need) => $"including at least {Amount(units, need.Amount)} in the {need.Category} category";

    /// <summary>The approved credit the plan still needs.</summary>
    internal string PlanApproved(UnitRule units, CreditAmount approved, string body) => $"of which at least {Amount(units, approved)} approved by the {body}";

    /// <summary>The warning when the plan's date has passed.</summary>
    internal string PlanDatePassed => "That date has passed: activities completed from now on fall outside the window and do not count for this cycle.";

    /// <summary>The plan in one line, as the text report writes it.</summary>
    internal string PlanLine(CertificationEvaluation result)
    {
        var plan = result.Plan;
        string categories = plan.ByCategory.IsEmpty ? string.Empty : " including " + string.Join(", ", plan.ByCategory.Select(n => $"{n.Amount} {n.Category}"));
        string approved = plan.Approved.IsZero ? string.Empty : $"; at least {plan.Approved} approved by the {result.Credential.Body.Acronym}";
        return $"Plan: earn {Amount(result.Policy.Units, plan.Total)} more{categories}{approved}; completed by {Date(plan.CompleteBy)}.";
    }

    /// <summary>What to do when no more credit is to be earned.</summary>
    internal string NothingToEarn(CertificationEvaluation result) => result.Status switch
    {
        CertificationStatus.RequirementsMet => $"No more credit is needed. Apply to recertify by CE by {Date(result.LastCeDay)}.",
        CertificationStatus.LapsedExamRequired => $"The CE route closed on {Date(result.LastCeDay)}: credit no longer recertifies this cycle. Recertify by passing the exam.",
        _ => "No route to recertify is left: see the status above.",
    };

    /// <summary>The exam route's attempts, led by "Or recertify by exam" while the CE route is open.</summary>
    internal string ExamRoute(ExamStanding exam, bool ceRouteOpen)
    {
        string route = ceRouteOpen && exam.AttemptsLeft > 0 ? "Or recertify by exam" : "Exam route";
        return $"{route}: {exam.FailedAttempts} of {exam.MaxAttempts} attempts failed, {exam.AttemptsLeft} left.";
    }

    // ---- Fees ------------------------------------------------------------------------------------

    /// <summary>The sentence when no fee is due.</summary>
    internal string NoFee => "No fee is due on the route that applies.";

    /// <summary>The caption of the fee table.</summary>
    internal string FeesCaption => "Fees due";

    /// <summary>The fee table's column headings.</summary>
    internal (string Fee, string Amount, string Note) FeeColumns => ("Fee", "Amount", "Note");

    /// <summary>A fee's name with who pays it: "CE recertification (member)".</summary>
    internal string FeeName(FeeDue fee, bool member) => $"{Capitalized(Fee(fee.Kind))} ({(member ? "member" : "non-member")})";

    /// <summary>What a fee is for, for example "CE recertification".</summary>
    internal string Fee(FeeKind kind) => kind switch
    {
        FeeKind.CeRecertification => "CE recertification",
        FeeKind.Exam => "exam",
        FeeKind.Annual => "annual",
        _ => "reactivation",
    };

    /// <summary>The plain note on a fee the body does not itself confirm, or empty when it does.</summary>
    internal string FeeConfirmation(FeeDue fee, string body) =>
        fee.Rule.Source.Confirmed ? string.Empty : $"Amount not confirmed by the {body}: check it with the {body} before paying.";

    /// <summary>A fee in one line, as the text report writes it.</summary>
    internal string FeeLine(FeeDue fee, bool member, string body)
    {
        string note = FeeConfirmation(fee, body);
        return $"Fee: {FeeName(fee, member)} {Money(fee.Amount)}{(note.Length == 0 ? string.Empty : $" ({note})")}";
    }

    // ---- Requirements ----------------------------------------------------------------------------

    /// <summary>The heading of the requirements.</summary>
    internal string RequirementsHeading => "Requirements";

    /// <summary>The requirement table's column headings.</summary>
    internal (string Requirement, string Progress, string Counted, string Result) RequirementColumns => ("Requirement", "Progress", "Counted", "Result");

    /// <summary>A requirement's name: "Total", "Clinical category", "Approved by the AAMA", "CPR cards".</summary>
    internal string Requirement(RequirementOutcome requirement, string bodyAcronym)
    {
        const string CategoryPrefix = "category:";
        string id = requirement.RequirementId;
        return id switch
        {
            "total" => "Total",
            "approved" => $"Approved by the {bodyAcronym}",
            "cap:non-approved" => $"Not approved by the {bodyAcronym}",
            "cap:cpr" => "CPR cards",
            _ when id.StartsWith(CategoryPrefix, StringComparison.Ordinal) => Capitalized(id[CategoryPrefix.Length..]) + " category",
            _ => requirement.IsCap ? "Limit" : "Requirement",
        };
    }

    /// <summary>A requirement's bound: "at most 12 AAMA points", "at least 60 AAMA points".</summary>
    internal string RequirementBound(RequirementOutcome requirement, UnitRule units) =>
        requirement.IsCap ? $"at most {Amount(units, requirement.Required)}" : $"at least {Amount(units, requirement.Required)}";

    /// <summary>What counted against a requirement: "46 of 60 AAMA points".</summary>
    internal string RequirementCounted(RequirementOutcome requirement, UnitRule units) =>
        $"{requirement.Counted} of {(requirement.IsCap ? "at most " : string.Empty)}{Amount(units, requirement.Required)}";

    /// <summary>A requirement's result in words; a shortfall is "still needed" only while credit can still recertify.</summary>
    internal string RequirementResult(RequirementOutcome requirement, UnitRule units, bool ceRouteOpen) => requirement switch
    {
        { IsCap: true, Excluded.IsZero: true } => "Within the limit",
        { IsCap: true } => $"Limit reached: {Amount(units, requirement.Excluded)} over the limit not counted",
        { IsMet: true } => "✓ Met",
        _ when ceRouteOpen => $"{Amount(units, requirement.Shortfall)} still needed",
        _ => $"Short by {Amount(units, requirement.Shortfall)}",
    };

    // ---- Activities ------------------------------------------------------------------------------

    /// <summary>The heading of the activities.</summary>
    internal string ActivitiesHeading => "Activities: what counted and why";

    /// <summary>The sentence when the document lists no activity.</summary>
    internal string NoActivity => "The document lists no activity.";

    /// <summary>The activity table's column headings.</summary>
    internal (string Number, string Activity, string Completed, string Result, string Why) ActivityColumns => ("#", "Activity", "Completed", "Result", "Why");

    /// <summary>The name of an activity without a title: "Activity 3".</summary>
    internal string UntitledActivity(int number) => $"Activity {number}";

    /// <summary>The completion date of an activity the transcript does not hold.</summary>
    internal string UnknownDate => "unknown";

    /// <summary>An activity's kind in words: "course", "CPR card".</summary>
    internal string Kind(ActivityKind kind) => kind.Id switch
    {
        "course" => "course",
        "conference" => "conference",
        "self-study" => "self-study",
        "publication" => "publication",
        "college-course" => "college course",
        "cpr-card" => "CPR card",
        "bls-card" => "BLS card",
        "first-aid-card" => "first-aid card",
        "renewable-certification" => "renewable certification",
        "employment" => "employment",
        "employer-training" => "employer training",
        _ => "activity",
    };

    /// <summary>An activity's duration: "90 minutes".</summary>
    internal string Minutes(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";

    /// <summary>Where an activity outside the drawn dates is drawn, under its date.</summary>
    internal string EdgeNote(TimelinePlace place) =>
        place == TimelinePlace.Before ? "before the timeline: drawn at its left edge" : "after the timeline: drawn at its right edge";

    /// <summary>What became of an activity's credit, as a whole.</summary>
    internal string Outcome(ActivityOutcome outcome) => outcome switch
    {
        ActivityOutcome.Counted => "Counted",
        ActivityOutcome.PartlyCounted => "Partly counted",
        _ => "Not counted",
    };

    /// <summary>How much of an activity counted: "2 of 3 AAMA points".</summary>
    internal string CountedOf(CreditAmount counted, UnitRule units, CreditAmount submitted) => $"{counted} of {Amount(units, submitted)}";

    /// <summary>Credit that counted, in a sentence.</summary>
    internal string Counted(CountedCredit counted, UnitRule units, string body)
    {
        string toward = counted.Category is { } category ? $"the {category} category" : "the total";
        return $"{Amount(units, counted.Amount)} counted toward {toward}, {(counted.Approved ? "approved" : "not approved")} by the {body}.";
    }

    /// <summary>Credit that did not count, in a sentence with the evaluation's reason.</summary>
    internal string NotCounted(NotCountedCredit refused, UnitRule units)
    {
        string what = refused.Amount.IsZero ? "Not counted" : $"{Amount(units, refused.Amount)} not counted";
        return $"{what} ({Reason(refused.Reason)}): {WithReadableDates(refused.Message)}";
    }

    /// <summary>The sentence for an activity with no credit to count.</summary>
    internal string NoCredit => "No credit to count.";

    /// <summary>A note on an activity.</summary>
    internal string ActivityNote(ActivityNote note) => $"Note: {WithReadableDates(note.Message)}";

    /// <summary>Why credit did not count, in a few words: "outside the window".</summary>
    internal string Reason(NotCountedReason reason) => reason switch
    {
        NotCountedReason.OutsideWindow => "outside the window",
        NotCountedReason.AfterAsOf => "after the as-of date",
        NotCountedReason.Duplicate => "duplicate",
        NotCountedReason.OverCap => "over a limit",
        NotCountedReason.TooShort => "too short",
        NotCountedReason.NotAccepted => "not accepted",
        NotCountedReason.NeedsReview => "needs review",
        NotCountedReason.UnknownUnit => "not counted by this body",
        NotCountedReason.UnknownCategory => "unknown category",
        _ => "not counted",
    };

    /// <summary>The heading of the not-counted table in the text report.</summary>
    internal string NotCountedHeading => "Not counted:";

    /// <summary>The text report's not-counted table's column headings.</summary>
    internal (string Activity, string Amount, string Reason, string Why) NotCountedColumns => ("Activity", "Amount", "Reason", "Why");

    // ---- Dates that matter -----------------------------------------------------------------------

    /// <summary>The heading of the deadlines.</summary>
    internal string DatesHeading => "Dates that matter";

    /// <summary>The deadline table's column headings.</summary>
    internal (string What, string Date, string FromAsOf) DateColumns => ("What", "Date", "From the as-of date");

    /// <summary>What a deadline is, for example "Last day to recertify by CE".</summary>
    internal string Deadline(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Expiration => "Expiration",
        DeadlineKind.LastCeDay => "Last day to recertify by CE",
        DeadlineKind.ExamApplication => "Last day for the exam application",
        DeadlineKind.AnnualFee => "Annual fee due",
        _ => "Last day to pass the exam",
    };

    /// <summary>A deadline's short label on the timeline.</summary>
    internal string ShortDeadline(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Expiration => "Expiration",
        DeadlineKind.LastCeDay => "Last CE day",
        DeadlineKind.ExamApplication => "Exam application by",
        DeadlineKind.AnnualFee => "Annual fee",
        _ => "Pass exam by",
    };

    // ---- Notes -----------------------------------------------------------------------------------

    /// <summary>The heading of the notes.</summary>
    internal string NotesHeading => "Notes";

    /// <summary>A note on the evaluation, in the text report.</summary>
    internal string NoteLine(EvaluationNote note) => $"Note: {WithReadableDates(note.Message)}";

    // ---- The timeline ----------------------------------------------------------------------------

    /// <summary>The heading of the timeline.</summary>
    internal string TimelineHeading => "Timeline";

    /// <summary>The timeline's accessible label.</summary>
    internal string TimelineLabel(CertificationEvaluation result, LocalDate start, LocalDate end) =>
        $"Timeline of the {result.Credential} cycle from {Date(start)} to {Date(end)}, as of {Date(result.AsOf)}";

    /// <summary>The timeline's title.</summary>
    internal string TimelineTitle(LocalDate start, LocalDate end) => $"Timeline from {Date(start)} to {Date(end)}";

    /// <summary>A span of dates: "1 March 2021 to 28 February 2026".</summary>
    internal string Span(LocalDate from, LocalDate to) => $"{Date(from)} to {Date(to)}";

    /// <summary>The label of the certification date on the timeline.</summary>
    internal string CertifiedLabel(LocalDate date) => $"Certified {Date(date)}";

    /// <summary>The hint of the certification date.</summary>
    internal string CycleStarts => "The cycle starts";

    /// <summary>The hint of a deadline on the timeline.</summary>
    internal string DeadlineHint(Deadline deadline) => $"{Deadline(deadline.Kind)}: {Date(deadline.Date)} ({Days(deadline.DaysFromAsOf)})";

    /// <summary>The label of the as-of date on the timeline.</summary>
    internal string AsOfLabel(LocalDate date) => $"As of {Date(date)}";

    /// <summary>The hint of the as-of date.</summary>
    internal string AsOfHint => "The date this report evaluates";

    /// <summary>The as-of entry of the key: its label and its sentence.</summary>
    internal (string Label, string Text) AsOfKey(LocalDate date) => ("As of", $": {Date(date)}, the date this report evaluates.");

    /// <summary>The credit window band: its label and hint.</summary>
    internal (string Label, string Hint) WindowBand => ("Credit window", "Activities completed in it can count.");

    /// <summary>The CE time limit band.</summary>
    internal (string Label, string Hint) TimeLimitBand => ("CE time limit", "Expired, but recertification by CE is still allowed with credit from the window.");

    /// <summary>The band after the CE route closed with no exam attempt left.</summary>
    internal (string Label, string Hint) ClosedBand => ("CE route closed", "Credit no longer recertifies, and no exam attempt is left.");

    /// <summary>The band where only the exam remains.</summary>
    internal (string Label, string Hint) ExamOnlyBand => ("Exam only", "The CE route is closed: only the exam remains.");

    /// <summary>A band in the key, after its label.</summary>
    internal string BandKey(LocalDate from, LocalDate to, string hint) => $": {Span(from, to)}. {hint}";

    /// <summary>What a mark's shape means, after the outcome's words.</summary>
    internal string OutcomeHint(ActivityOutcome outcome) => outcome switch
    {
        ActivityOutcome.Counted => " (filled circle): all of its credit counts.",
        ActivityOutcome.PartlyCounted => " (ring): some of its credit counts; the list says why the rest does not.",
        _ => " (square): none of its credit counts; the list says why.",
    };

    /// <summary>The edge entry of the key.</summary>
    internal (string Label, string Text) EdgeKey => ("At an edge", ": completed outside the dates drawn; placed at the nearest edge.");

    /// <summary>A mark's title: number, name, date, outcome and why.</summary>
    internal string MarkTitle(ActivityRow row)
    {
        string edge = row.Place switch
        {
            TimelinePlace.Before => "; before the dates drawn, placed at the left edge",
            TimelinePlace.After => "; after the dates drawn, placed at the right edge",
            _ => string.Empty,
        };
        return $"{row.Number}. {row.Name}, completed {Date(row.Activity!.CompletedOn)}{edge}. {Outcome(row.Outcome)}. {row.Why}";
    }

    // ---- The details part ------------------------------------------------------------------------

    /// <summary>The summary line of the details part.</summary>
    internal string DetailsSummary => "Details: ids, rules and sources";

    /// <summary>The heading of the text report's details part.</summary>
    internal string DetailsHeading => "Details (ids, rules and sources)";

    /// <summary>The label of the ids of a certification in the details.</summary>
    internal string DetailsCertification(CertificationEvaluation result) =>
        $"{result.Credential}: credential {result.Credential.Id}, policy {result.Policy.PolicyId}, status {result.Status.ToId()} (rule {result.StatusRule.RuleId}), window {Date(result.Window.Start)} to {Date(result.Window.End)} (rule {result.WindowRule.RuleId})";

    /// <summary>The details' column headings.</summary>
    internal (string What, string Id, string Rule) DetailsColumns => ("What", "Id", "Rule");

    /// <summary>The heading of the sources of the rules in the details.</summary>
    internal string SourcesHeading => "Sources";

    /// <summary>The label of a deadline row in the details.</summary>
    internal string DetailsDeadline(Deadline deadline) => $"{Deadline(deadline.Kind)} ({Date(deadline.Date)})";

    /// <summary>The label of an activity row in the details.</summary>
    internal string DetailsActivity(ActivityRow row) => $"{row.Number}. {row.Name}";

    /// <summary>The label of a fee row in the details.</summary>
    internal string DetailsFee(FeeDue fee) => $"{Capitalized(Fee(fee.Kind))} {Money(fee.Amount)}";

    /// <summary>A source as an auditor reads it: citation, revision, authority, confirmation and URL.</summary>
    internal string Source(RuleSource source)
    {
        var parts = new List<string> { source.Citation };
        if (source.Revision is { } revision)
        {
            parts.Add(revision);
        }
        if (source.Authority is { } authority)
        {
            parts.Add($"{authority.ToId()} source");
        }
        if (!source.Confirmed)
        {
            parts.Add("unconfirmed");
        }
        if (source.Url is { } url)
        {
            parts.Add(url.OriginalString);
        }
        else if (source.Document is { } document)
        {
            parts.Add(document);
        }
        return string.Join(" · ", parts);
    }

    /// <summary>A finding with its code and place, for the details.</summary>
    internal string Finding(Finding finding) => finding.ToString();

    /// <summary>The text with its first letter in upper case.</summary>
    internal static string Capitalized(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
