using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Resources;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Reports;

/// <summary>
/// Every word the reports write for a person, bound to one culture. The words about the evaluation
/// (dates, amounts, statuses, the headline, the plan, deadlines, fees, reasons, notes, requirements,
/// findings) come from the core's <see cref="Explainer"/>, from the data (codes and arguments), never
/// from the evaluation's English messages; the report's own layout words (headings, column names, the
/// timeline's hints and key, the details part's labels) come from this package's resources
/// (<c>ReportText.resx</c>, with a Spanish satellite assembly). The report writers hold no words of
/// their own; they ask an instance of this class, made once per report by <see cref="For(CultureInfo, IReadOnlyList{CertificationEvaluation})"/>.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
internal sealed class ReportWords
{
    private static readonly ResourceManager Resources = new("CeuRules.Reports.ReportText", typeof(ReportWords).Assembly);

    /// <summary>The policies of the evaluations the report shows, whose own names of categories, kinds and units the findings are worded with.</summary>
    private readonly System.Collections.Immutable.ImmutableArray<CredentialPolicy> policies;

    private ReportWords(Explainer explainer, System.Collections.Immutable.ImmutableArray<CredentialPolicy> policies)
    {
        Explain = explainer;
        this.policies = policies;
    }

    /// <summary>The explainer every domain word comes from.</summary>
    internal Explainer Explain { get; }

    /// <summary>The culture the words are read and formatted in: the explainer's (English for a culture with no words of its own).</summary>
    internal CultureInfo Culture => Explain.Culture;

    /// <summary>The words for a culture, by the rule of <see cref="Explainer.For(CultureInfo)"/>.</summary>
    internal static ReportWords For(CultureInfo culture) => For(culture, []);

    /// <summary>The words for a culture of a report showing <paramref name="results"/>: findings name categories, kinds and units as the results' policies do.</summary>
    internal static ReportWords For(CultureInfo culture, IReadOnlyList<CertificationEvaluation> results) =>
        new(Explainer.For(culture ?? throw new ArgumentNullException(nameof(culture))), results.Select(r => r.Policy).Distinct().ToImmutableArray());

    // ---- Dates, counts, amounts -------------------------------------------------------------------

    /// <summary>A date as people write it: "28 February 2026", "28 de febrero de 2026".</summary>
    internal string Date(LocalDate date) => Explain.Date(date);

    /// <summary>How far a date is from the as-of date, in days, months or years as a person counts them: "today", "in 12 days", "in 3 months".</summary>
    internal string Until(LocalDate asOf, LocalDate date) => Explain.Distance(asOf, date);

    /// <summary>The sentence when no deadline applies any more.</summary>
    internal string NoDateAhead => Explain.NoDeadlineAhead();

    /// <summary>An amount of credit with its unit's name: "2 AAMA points".</summary>
    internal string Amount(CredentialPolicy policy, CreditAmount amount) => Explain.Amount(amount, policy);

    /// <summary>An amount of money: "$65.00".</summary>
    internal string Money(Money amount) => Explain.Money(amount);

    /// <summary>A number written for this culture.</summary>
    internal string Number(int value) => value.ToString(Culture);

    /// <summary>A span of dates: "1 March 2021 to 28 February 2026".</summary>
    internal string Span(LocalDate from, LocalDate to) => Explain.DateSpan(from, to);

    // ---- The page ---------------------------------------------------------------------------------

    /// <summary>The report's title when the caller gives none.</summary>
    internal string DefaultTitle => Text("DefaultTitle");

    /// <summary>The page's title in the browser tab.</summary>
    internal string PageTitle(string title, string? documentName) => documentName is null ? title : Format("PageTitle", title, documentName);

    /// <summary>The line under the title: what was evaluated, as of when, and how much of it.</summary>
    internal string PageMeta(string? documentName, LocalDate asOf, int certifications, int activities)
    {
        string c = Plural("Count.Certification", certifications), a = Plural("Count.Activity", activities);
        return documentName is null ? Format("PageMeta", Date(asOf), c, a) : Format("PageMeta.Document", documentName, Date(asOf), c, a);
    }

    /// <summary>The first line of the text report.</summary>
    internal string TextHeader(string? documentName, LocalDate asOf) =>
        documentName is null ? Format("TextHeader", Date(asOf)) : Format("TextHeader.Document", documentName, Date(asOf));

    /// <summary>The heading of the problems found in the document.</summary>
    internal string ProblemsHeading => Text("Problems.Heading");

    /// <summary>A finding's severity as a label: "Error", "Warning", "Information".</summary>
    internal string Severity(FindingSeverity severity) => Explain.SeverityName(severity);

    /// <summary>A finding in a sentence a person reads.</summary>
    internal string Finding(Finding finding) => Explain.Finding(finding, policies);

    /// <summary>A finding on one line, severity, sentence and details joined by the words layer's one format: "Error: … (activities[1].completedOn · not-a-date)".</summary>
    internal string FindingLine(Finding finding) => Explain.FindingLine(finding, policies);

    /// <summary>The parts of <see cref="FindingLine"/>, for a page that sets the severity and the details apart.</summary>
    internal System.Collections.Immutable.ImmutableArray<(FindingLinePart Part, string Text)> FindingLineParts(Finding finding) => Explain.FindingLineParts(finding, policies);

    /// <summary>The sentence on the parts of the document left out, naming where they were in words ("activity 2").</summary>
    internal string Incomplete(IReadOnlyList<Finding> leftOut) => Explain.PartsLeftOut(leftOut);

    /// <summary>
    /// The sentence that qualifies a status a left-out activity could change, in the report's language;
    /// the same sentence as the JSON's English <c>qualification</c> (<see cref="Json.Completeness.Qualification"/>), from the same data.
    /// </summary>
    internal string CouldChange(IReadOnlyList<Finding> leftOut) => Explain.CouldChange(leftOut.Count(f => f.Code == Json.Completeness.ActivityLeftOut));

    // ---- A certification --------------------------------------------------------------------------

    /// <summary>A certification's heading: "Certified Medical Assistant — CMA (AAMA)".</summary>
    internal string CertificationHeading(CertificationEvaluation result) => Format("Certification.Heading", result.Credential.Name, result.Credential);

    /// <summary>The line under a certification's heading, without any id.</summary>
    internal string CertificationMeta(CertificationEvaluation result) =>
        Format("Certification.Meta", Date(result.Certification.CertifiedOn), Explain.Membership(result.Certification));

    /// <summary>The text report's rule line for a certification.</summary>
    internal string TextCertificationHeading(CertificationEvaluation result) =>
        Format("Certification.TextHeading", result.Credential, Date(result.Certification.CertifiedOn));

    /// <summary>"Status: In progress" as the text report writes it.</summary>
    internal string StatusLine(CertificationEvaluation result) => Format("Status.Line", Badge(result));

    /// <summary>The credit window in words.</summary>
    internal string WindowLine(DateInterval window) => Explain.CreditThatCounts(window);

    /// <summary>The status's name, for example "Within the time allowed for CE".</summary>
    internal string Status(CertificationStatus status) => Explain.StatusName(status);

    /// <summary>The status in sentences a person would say.</summary>
    internal string Headline(CertificationEvaluation result) => Explain.Headline(result);

    /// <summary>The headline, preceded by why the answer cannot be relied on when it cannot.</summary>
    internal string Explanation(CertificationEvaluation result) => Explain.StatusExplanation(result);

    // ---- What to do next ------------------------------------------------------------------------

    /// <summary>The heading of the next steps.</summary>
    internal string NextStepsHeading => Text("NextSteps.Heading");

    /// <summary>The next step in sentences: what to do and by when.</summary>
    internal string NextStep(CertificationEvaluation result) => Explain.NextStep(result);

    /// <summary>The next step as the text report writes it: "Next step: …".</summary>
    internal string NextStepLine(CertificationEvaluation result) => Format("NextStep.Line", NextStep(result));

    /// <summary>What the plan still needs, one item each; empty when the next step earns no credit.</summary>
    internal IReadOnlyList<string> PlanItems(CertificationEvaluation result) => Explain.PlanItems(result);

    /// <summary>The plan in one line, as the text report writes it.</summary>
    internal string PlanLine(CertificationEvaluation result) => Format("Plan.Line", string.Join(Text("Plan.Separator"), PlanItems(result)));

    /// <summary>The heading of the routes.</summary>
    internal string RoutesHeading => Text("Routes.Heading");

    /// <summary>One route in a line, with why it is closed when it is.</summary>
    internal string RouteLine(RouteState route, CertificationEvaluation result) => Explain.RouteLine(route, result);

    /// <summary>The heading of the summary of several certifications.</summary>
    internal string SummaryHeading => Text("Summary.Heading");

    /// <summary>A certification in one line for the summary: credential, where it stands, and the next step with its date.</summary>
    internal string SummaryLine(CertificationEvaluation result) => Format("Summary.Line", result.Credential, Badge(result), Explain.NextStepBrief(result));

    /// <summary>The status badge: the status's name, or where the routes say more, that the credential has expired and what is left (met, reactivation, the exam).</summary>
    internal string Badge(CertificationEvaluation result) => Explain.StatusBadge(result);

    /// <summary>Where the exam route stands.</summary>
    internal string ExamRoute(ExamStanding exam) => Explain.ExamStanding(exam);

    // ---- Fees ------------------------------------------------------------------------------------

    /// <summary>The sentence when no fee is due.</summary>
    internal string NoFee => Explain.NoFee();

    /// <summary>The caption of the fee table, with whether the person is a member (the price depends on it).</summary>
    internal string FeesCaption(Certification certification) => Format("Fees.Caption", Explain.Membership(certification));

    /// <summary>The fee table's column headings.</summary>
    internal (string Fee, string Amount, string Note) FeeColumns => (Text("Fees.Fee"), Text("Fees.Amount"), Text("Fees.Note"));

    /// <summary>What a fee is for, for example "Recertification by CE".</summary>
    internal string Fee(FeeKind kind) => Explain.FeeName(kind);

    /// <summary>The plain note on a fee the body does not itself confirm, or empty when it does.</summary>
    internal string FeeConfirmation(FeeDue fee, CertificationEvaluation result) =>
        Explain.Unconfirmed(fee.Rule.Source, result.Credential.Body) is { } unconfirmed ? Format("Fee.Unconfirmed", unconfirmed) : string.Empty;

    /// <summary>A fee in one line, as the text report writes it.</summary>
    internal string FeeLine(FeeDue fee, CertificationEvaluation result)
    {
        string line = Explain.Fee(fee, result);
        string note = FeeConfirmation(fee, result);
        return note.Length == 0 ? line : Format("Fee.WithNote", line, note);
    }

    // ---- Requirements ----------------------------------------------------------------------------

    /// <summary>The heading of the requirements.</summary>
    internal string RequirementsHeading => Text("Requirements.Heading");

    /// <summary>The requirement table's column headings.</summary>
    internal (string Requirement, string Progress, string Counted, string Result) RequirementColumns =>
        (Text("Requirements.Requirement"), Text("Requirements.Progress"), Text("Requirements.Counted"), Text("Requirements.Result"));

    /// <summary>A requirement's name: "Total", "Clinical category", "Approved by the AAMA", "CPR cards".</summary>
    internal string Requirement(RequirementOutcome requirement, CertificationEvaluation result) => Explain.RequirementName(requirement, result.Policy);

    /// <summary>A requirement's bound: "at most 12 AAMA points", "at least 60 AAMA points".</summary>
    internal string RequirementBound(RequirementOutcome requirement, CertificationEvaluation result) => Explain.RequirementTarget(requirement, result.Policy);

    /// <summary>A requirement's name and bound in one cell.</summary>
    internal string RequirementWithBound(RequirementOutcome requirement, CertificationEvaluation result) =>
        Format("Requirement.WithTarget", Requirement(requirement, result), RequirementBound(requirement, result));

    /// <summary>What counted against a requirement: "46 of 60 AAMA points".</summary>
    internal string RequirementCounted(RequirementOutcome requirement, CertificationEvaluation result) => Explain.RequirementProgress(requirement, result.Policy);

    /// <summary>A requirement's result in words.</summary>
    internal string RequirementResult(RequirementOutcome requirement, CertificationEvaluation result) => Explain.RequirementResult(requirement, result);

    // ---- Activities ------------------------------------------------------------------------------

    /// <summary>The heading of the activities.</summary>
    internal string ActivitiesHeading => Text("Activities.Heading");

    /// <summary>The sentence when the document lists no activity.</summary>
    internal string NoActivity => Text("Activities.None");

    /// <summary>The activity table's column headings.</summary>
    internal (string Number, string Activity, string Completed, string Result, string Why) ActivityColumns =>
        (Text("Activities.Number"), Text("Activities.Activity"), Text("Activities.Completed"), Text("Activities.Result"), Text("Activities.Why"));

    /// <summary>The name of an activity without a title: "Activity 3".</summary>
    internal string UntitledActivity(int number) => Format("Activity.Untitled", Number(number));

    /// <summary>The completion date of an activity the transcript does not hold.</summary>
    internal string UnknownDate => Text("Activity.UnknownDate");

    /// <summary>An activity's kind as a label: "course", "CPR card".</summary>
    internal string Kind(LearningActivityKind kind, CredentialPolicy policy) => Explain.KindLabel(kind, policy);

    /// <summary>An activity's duration: "90 minutes".</summary>
    internal string Minutes(int minutes) => Explain.Minutes(minutes);

    /// <summary>Where an activity outside the drawn dates is drawn, under its date.</summary>
    internal string EdgeNote(TimelinePlace place) => Text(place == TimelinePlace.Before ? "Activity.Edge.Before" : "Activity.Edge.After");

    /// <summary>What became of an activity's credit, as a whole.</summary>
    internal string Outcome(ActivityDecision decision) => Explain.Outcome(decision);

    /// <summary>How much of an activity counted: "2 of 3 AAMA points".</summary>
    internal string CountedOf(ActivityDecision decision, CertificationEvaluation result) =>
        Format("Activity.CountedOf", Explain.Number(decision.CountedTotal), Amount(result.Policy, decision.Submitted));

    /// <summary>What counted toward what, what did not and why, then the notes, in sentences.</summary>
    internal IReadOnlyList<string> ActivityLines(ActivityDecision decision, CertificationEvaluation result) => Explain.ActivityLines(decision, result);

    /// <summary>Why credit did not count, in a few words: "Too short".</summary>
    internal string ReasonLabel(NotCountedCredit refused) => Explain.ReasonLabel(refused);

    /// <summary>Why credit did not count, in a sentence.</summary>
    internal string Reason(NotCountedCredit refused) => Explain.Reason(refused);

    /// <summary>The heading of the not-counted table in the text report.</summary>
    internal string NotCountedHeading => Text("NotCounted.Heading");

    /// <summary>The text report's not-counted table's column headings.</summary>
    internal (string Activity, string Amount, string Reason, string Why) NotCountedColumns =>
        (Text("NotCounted.Activity"), Text("NotCounted.Amount"), Text("NotCounted.Reason"), Text("NotCounted.Why"));

    // ---- Dates that matter -----------------------------------------------------------------------

    /// <summary>The heading of the deadlines.</summary>
    internal string DatesHeading => Text("Dates.Heading");

    /// <summary>The deadline table's column headings.</summary>
    internal (string What, string Date, string FromAsOf) DateColumns => (Text("Dates.What"), Text("Dates.Date"), Text("Dates.FromAsOf"));

    /// <summary>What a deadline is, for example "Last day to recertify by continuing education (CE)".</summary>
    internal string Deadline(DeadlineKind kind) => Explain.DeadlineName(kind);

    /// <summary>A deadline's short label on the timeline, with its date, where the full name does not fit.</summary>
    internal string TimelineDeadline(Deadline deadline) => Format("Timeline.DateLabel", Text("Timeline.Short." + deadline.Kind), Date(deadline.Date));

    /// <summary>The evaluation's deadlines, those of the route the person is on first.</summary>
    internal static IReadOnlyList<Deadline> DeadlinesByRoute(CertificationEvaluation result) => Explainer.DeadlinesByRoute(result);

    // ---- Notes -----------------------------------------------------------------------------------

    /// <summary>The heading of the notes.</summary>
    internal string NotesHeading => Text("Notes.Heading");

    /// <summary>A note on the evaluation, in a sentence.</summary>
    internal string Note(EvaluationNote note) => Explain.Note(note);

    /// <summary>A note on the evaluation, in the text report.</summary>
    internal string NoteLine(EvaluationNote note) => Format("Note.Line", Note(note));

    // ---- The timeline ----------------------------------------------------------------------------

    /// <summary>The heading of the timeline.</summary>
    internal string TimelineHeading => Text("Timeline.Heading");

    /// <summary>The timeline's accessible label.</summary>
    internal string TimelineLabel(CertificationEvaluation result, LocalDate start, LocalDate end) =>
        Format("Timeline.Label", result.Credential, Span(start, end), Date(result.AsOf));

    /// <summary>The timeline's title.</summary>
    internal string TimelineTitle(LocalDate start, LocalDate end) => Format("Timeline.Title", Span(start, end));

    /// <summary>The label of the certification date on the timeline.</summary>
    internal string CertifiedLabel(LocalDate date) => Format("Timeline.Certified", Date(date));

    /// <summary>The hint of the certification date.</summary>
    internal string CycleStarts => Text("Timeline.CycleStarts");

    /// <summary>The hint of a deadline on the timeline: "Last day to recertify by continuing education (CE): 28 February 2026 (in 97 days)".</summary>
    internal string DeadlineHint(Deadline deadline) => Explain.Deadline(deadline);

    /// <summary>The label of the as-of date on the timeline.</summary>
    internal string AsOfLabel(LocalDate date) => Format("Timeline.AsOf", Date(date));

    /// <summary>The hint of the as-of date.</summary>
    internal string AsOfHint => Text("Timeline.AsOfHint");

    /// <summary>The as-of entry of the key: its label and its sentence.</summary>
    internal (string Label, string Text) AsOfKey(LocalDate date) => (Text("Key.AsOf"), Format("Key.AsOf.Text", Date(date)));

    /// <summary>The credit window band: its label and hint.</summary>
    internal (string Label, string Hint) WindowBand => Band("Band.Window");

    /// <summary>The CE time limit band.</summary>
    internal (string Label, string Hint) TimeLimitBand => Band("Band.TimeLimit");

    /// <summary>The band after the CE route closed with no exam attempt left.</summary>
    internal (string Label, string Hint) ClosedBand => Band("Band.Closed");

    /// <summary>The band where only the exam remains.</summary>
    internal (string Label, string Hint) ExamOnlyBand => Band("Band.ExamOnly");

    /// <summary>The band after expiration where reactivation follows it: its label and hint.</summary>
    internal (string Label, string Hint) ReactivationBand => Band("Band.Reactivation");

    private (string Label, string Hint) Band(string key) => (Text(key), Text(key + ".Hint"));

    /// <summary>A band in the key, after its label.</summary>
    internal string BandKey(LocalDate from, LocalDate to, string hint) => Format("Band.Key", Span(from, to), hint);

    /// <summary>A band's title in the drawing.</summary>
    internal string BandTitle(string label, LocalDate from, LocalDate to) => Format("Band.Title", label, Span(from, to));

    /// <summary>What a mark's shape means, after the outcome's words.</summary>
    internal string OutcomeHint(ActivityOutcome outcome) => Text("Key." + outcome);

    /// <summary>The edge entry of the key.</summary>
    internal (string Label, string Text) EdgeKey => (Text("Key.Edge"), Text("Key.Edge.Text"));

    /// <summary>A mark's title: number, name, date, outcome and why.</summary>
    internal string MarkTitle(ActivityRow row)
    {
        string edge = row.Place switch
        {
            TimelinePlace.Before => Text("Mark.Before"),
            TimelinePlace.After => Text("Mark.After"),
            _ => string.Empty,
        };
        return Format("Mark.Title", Number(row.Number), row.Name, Date(row.Activity!.CompletedOn), edge, Outcome(row.Decision), row.Why);
    }

    // ---- The details part ------------------------------------------------------------------------

    /// <summary>The summary line of the details part.</summary>
    internal string DetailsSummary => Text("Details.Summary");

    /// <summary>The heading of the text report's details part.</summary>
    internal string DetailsHeading => Text("Details.Heading");

    /// <summary>The label of the ids of a certification in the details.</summary>
    internal string DetailsCertification(CertificationEvaluation result) =>
        Format("Details.Certification", result.Credential, result.Credential.Id, result.Policy.PolicyId, result.Status.ToId(), result.StatusRule.RuleId,
            Span(result.Window.Start, result.Window.End), result.WindowRule.RuleId);

    /// <summary>The details' column headings.</summary>
    internal (string What, string Id, string Rule) DetailsColumns => (Text("Details.What"), Text("Details.Id"), Text("Details.Rule"));

    /// <summary>The heading of the sources of the rules in the details.</summary>
    internal string SourcesHeading => Text("Details.Sources");

    /// <summary>The label of a deadline row in the details.</summary>
    internal string DetailsDeadline(Deadline deadline) => Format("Details.Deadline", Deadline(deadline.Kind), Date(deadline.Date));

    /// <summary>The label of an activity row in the details.</summary>
    internal string DetailsActivity(ActivityRow row) => Format("Details.Activity", Number(row.Number), row.Name);

    /// <summary>The label of a part of an activity row in the details: "3. First aid: Too short".</summary>
    internal string DetailsPart(ActivityRow row, string what) => Format("Details.Part", DetailsActivity(row), what);

    /// <summary>The label of a fee row in the details.</summary>
    internal string DetailsFee(FeeDue fee) => Format("Details.Fee", Fee(fee.Kind), Money(fee.Amount));

    /// <summary>A rule and its source in the details.</summary>
    internal string DetailsSource(string ruleId, RuleSource source) => Format("Details.Source", ruleId, Source(source));

    /// <summary>A note's label in the details.</summary>
    internal string NoteLabel(ActivityNote note) => Explain.NoteLabel(note);

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
            parts.Add(Explain.AuthorityName(authority));
        }
        if (!source.Confirmed)
        {
            parts.Add(Text("Source.Unconfirmed"));
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

    // ---- Recommended courses ---------------------------------------------------------------------

    /// <summary>The heading of the recommended courses.</summary>
    internal string RecommendationHeading => Text("Recommendation.Heading");

    /// <summary>The recommended courses' column headings.</summary>
    internal (string Course, string Price, string Time, string Earns) RecommendationColumns =>
        (Text("Recommendation.Course"), Text("Recommendation.Price"), Text("Recommendation.Time"), Text("Recommendation.Earns"));

    /// <summary>The label of the totals row.</summary>
    internal string RecommendationTotal => Text("Recommendation.Total");

    /// <summary>What stands for a price the catalog does not state.</summary>
    internal string NoPrice => Text("Recommendation.NoPrice");

    /// <summary>What stands for a duration the catalog does not state.</summary>
    internal string NoDuration => Text("Recommendation.NoDuration");

    /// <summary>The heading of the notable courses not chosen.</summary>
    internal string NotChosenHeading => Text("Recommendation.NotChosen");

    /// <summary>What a certification would reach with the chosen courses: "would be: Requirements met", or that it would stay as it is.</summary>
    internal string Outlook(CeuRules.Recommendations.CertificationOutlook outlook) => outlook.StatusAfter == outlook.StatusBefore
        ? Format("Recommendation.Stays", Status(outlook.StatusAfter))
        : Format("Recommendation.Becomes", Status(outlook.StatusBefore), Status(outlook.StatusAfter));

    /// <summary>A course as the details part names it: its title, vendor and id.</summary>
    internal string CourseDetail(string title, string vendor, string courseId) => Format("Recommendation.CourseDetail", title, vendor, courseId);

    /// <summary>A course not chosen as the details part names it, with its reason's code.</summary>
    internal string AlternativeDetail(string title, string vendor, string courseId, string code) => Format("Recommendation.AlternativeDetail", title, vendor, courseId, code);

    // ---- Resources -------------------------------------------------------------------------------

    /// <summary>The name of every layout word in the resources, for the tests.</summary>
    internal static ResourceManager LayoutResources => Resources;

    private string Plural(string key, int count) => Format(key + (count == 1 ? ".One" : ".Other"), Number(count));

    private string Format(string key, params object[] arguments) => string.Format(Culture, Text(key), arguments);

    private string Text(string key) => Resources.GetString(key, Culture) ?? throw new InvalidOperationException($"The report's resources have no '{key}'.");
}
