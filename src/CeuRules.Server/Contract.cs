using System.Collections.Generic;
using System.Text.Json;

namespace CeuRules.Server;

/// <summary>One finding of a reader or a validator: a stable code, a severity, the JSON path of the value concerned and a sentence naming it.</summary>
/// <param name="Code">The stable code, for example <c>not-a-date</c> (docs/formats.md and docs/vendors.md list them).</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Path">The JSON path of the value concerned, for example <c>activities[3].completedOn</c>; <c>$</c> for the whole document.</param>
/// <param name="Message">A sentence naming the value and the rule.</param>
public sealed record ProblemFinding(string Code, string Severity, string Path, string Message)
{
    /// <summary>The wire form of a library finding (a reader's or the catalog validator's).</summary>
    /// <param name="finding">The library's finding.</param>
    /// <returns>The finding.</returns>
    public static ProblemFinding From(Finding finding) => new(finding!.Code, finding.SeverityId, finding.Path, finding.Message);
}

/// <summary>An RFC 9457 problem: why a request was refused, with the findings that say where.</summary>
/// <param name="Type">A URI reference naming the kind of problem.</param>
/// <param name="Title">A short summary of the kind of problem.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What went wrong with this request.</param>
/// <param name="Findings">The findings, with codes and JSON paths; every problem has at least this member (a refusal that is not about the body's content names its own code, for example <c>unauthorized</c>).</param>
public sealed record Problem(string Type, string Title, int Status, string? Detail, IReadOnlyList<ProblemFinding> Findings);

/// <summary>The input document: one person's certifications and activities (docs/formats.md, "The input document").</summary>
/// <param name="AsOf">The date to evaluate as of (YYYY-MM-DD); the <c>asOf</c> query parameter overrides it; today when neither says.</param>
/// <param name="PersonId">The person's id (required on a workforce line).</param>
/// <param name="Certifications">One person's certifications; at least one.</param>
/// <param name="Activities">The continuing-education activities; at most 100,000.</param>
public sealed record TranscriptDocumentBody(IReadOnlyList<CertificationBody> Certifications, string? AsOf = null, string? PersonId = null, IReadOnlyList<ActivityBody>? Activities = null);

/// <summary>A certification of the input document.</summary>
/// <param name="Credential"><c>aama-cma</c>, <c>amt-rma</c>, <c>nha-ccma</c>, <c>ncct-ncma</c>, or the id of a configured custom policy.</param>
/// <param name="CertifiedOn">Certification or most recent recertification (YYYY-MM-DD).</param>
/// <param name="Member">Member of the issuing body (member fees).</param>
/// <param name="ExamAttempts">Exam attempts.</param>
public sealed record CertificationBody(string Credential, string CertifiedOn, bool? Member = null, IReadOnlyList<ExamAttemptBody>? ExamAttempts = null);

/// <summary>An exam attempt.</summary>
/// <param name="On">The date of the attempt (YYYY-MM-DD).</param>
/// <param name="Passed">Whether it was passed.</param>
public sealed record ExamAttemptBody(string On, bool Passed);

/// <summary>An activity of the input document.</summary>
/// <param name="Id">Unique in the document, at most 200 characters.</param>
/// <param name="Title">The title.</param>
/// <param name="Provider">The provider.</param>
/// <param name="Kind"><c>course</c>, <c>conference</c>, <c>self-study</c>, <c>publication</c>, <c>college-course</c>, <c>cpr-card</c>, <c>bls-card</c>, <c>first-aid-card</c>, <c>renewable-certification</c>, <c>employment</c>, <c>employer-training</c>.</param>
/// <param name="CompletedOn">Completion date (YYYY-MM-DD); for a CPR card, the issue date.</param>
/// <param name="DurationMinutes">0 to 525,600.</param>
/// <param name="PurchasedOn">Purchase date of a self-study program.</param>
/// <param name="ValidMonths">A CPR card's validity, 0 to 120.</param>
/// <param name="Credits">The credit lines.</param>
public sealed record ActivityBody(string Id, string Kind, string CompletedOn, string? Title = null, string? Provider = null, int? DurationMinutes = null, string? PurchasedOn = null, int? ValidMonths = null, IReadOnlyList<CreditLineBody>? Credits = null);

/// <summary>A credit line of an activity.</summary>
/// <param name="Amount">0 to 1,000,000, at most two decimals.</param>
/// <param name="Unit"><c>aama-point</c>, <c>amt-ccp-point</c>, <c>nha-credit</c>, <c>clock-hour</c>, <c>contact-hour</c>, <c>iacet-ceu</c>, <c>college-credit</c>.</param>
/// <param name="Category"><c>general</c>, <c>clinical</c>, <c>administrative</c>.</param>
/// <param name="ApprovedBy">Bodies that approved the credit: <c>aama</c>, <c>amt</c>, <c>nha</c>, <c>ncct</c>.</param>
/// <param name="ApprovalReference">The approving body's reference.</param>
public sealed record CreditLineBody(decimal Amount, string Unit, string? Category = null, IReadOnlyList<string>? ApprovedBy = null, string? ApprovalReference = null);

/// <summary>The result document, as <c>ceurules evaluate --format json</c> writes it (docs/formats.md, "The result document").</summary>
/// <param name="AsOf">The date the results are as of.</param>
/// <param name="Results">One evaluation per certification: status, explanation, policy, dates, deadlines, exam, requirements, a decision per activity, plan, fees, notes.</param>
/// <param name="Findings">The findings of reading the document.</param>
public sealed record EvaluationResultBody(string AsOf, IReadOnlyList<JsonElement> Results, IReadOnlyList<ProblemFinding> Findings);

/// <summary>The result of validating a course catalog, as <c>ceurules validate-catalog --format json</c> writes it.</summary>
/// <param name="Valid">Whether no finding is an error.</param>
/// <param name="AsOf">The date whose policy versions the catalog was checked against.</param>
/// <param name="Findings">Every finding of the reader and the validator.</param>
/// <param name="Yields">What a learner earns from each offer, per credential.</param>
public sealed record CatalogValidationBody(bool Valid, string AsOf, IReadOnlyList<ProblemFinding> Findings, IReadOnlyList<CourseYieldBody> Yields);

/// <summary>What a learner earns from one offer of a course for one credential.</summary>
/// <param name="Course">The course id.</param>
/// <param name="Path">The offer's JSON path in the catalog.</param>
/// <param name="Credential">The credential id.</param>
/// <param name="Policy">The policy version's id.</param>
/// <param name="Unit">The unit of the amounts.</param>
/// <param name="Total">The credit counted in total, in hundredths.</param>
/// <param name="Description">A sentence saying what a learner earns.</param>
/// <param name="Counted">The credit counted, by category.</param>
/// <param name="NotCounted">The credit not counted, with the reason and the rule.</param>
public sealed record CourseYieldBody(string Course, string Path, string Credential, string Policy, string Unit, decimal Total, string Description,
    IReadOnlyList<CountedCreditBody> Counted, IReadOnlyList<NotCountedCreditBody> NotCounted)
{
    /// <summary>Only where the total is not a whole number of hundredths (a time-based unit): the exact amount as a fraction, such as "5/6"; absent otherwise.</summary>
    public string? TotalExact { get; init; }
}

/// <summary>Credit a course counts.</summary>
/// <param name="Amount">The amount, in the yield's unit, in hundredths.</param>
/// <param name="Category">The category, or null.</param>
/// <param name="Approved">Whether the credit is approved by the credential's body.</param>
public sealed record CountedCreditBody(decimal Amount, string? Category, bool Approved)
{
    /// <summary>Only where the amount is not a whole number of hundredths (a time-based unit): the exact amount as a fraction, such as "5/6"; absent otherwise.</summary>
    public string? AmountExact { get; init; }
}

/// <summary>Credit a course does not count.</summary>
/// <param name="Amount">The amount, in the yield's unit, in hundredths.</param>
/// <param name="Reason">The reason, coarse (as in the result format).</param>
/// <param name="Code">The decision's stable code, as in the result format.</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Message">A sentence saying why.</param>
public sealed record NotCountedCreditBody(decimal Amount, string Reason, string Code, string Rule, string Message)
{
    /// <summary>Only where the amount is not a whole number of hundredths (a time-based unit): the exact amount as a fraction, such as "5/6"; absent otherwise.</summary>
    public string? AmountExact { get; init; }
}

/// <summary>The policies known, as <c>ceurules policies --format json</c> lists them.</summary>
/// <param name="Policies">Every version of every credential listed, with its rules.</param>
public sealed record PolicyListingBody(IReadOnlyList<PolicyBody> Policies);

/// <summary>One policy version.</summary>
/// <param name="Credential">The credential id.</param>
/// <param name="Acronym">The credential's acronym, for example CMA.</param>
/// <param name="Name">The credential's name.</param>
/// <param name="Body">The certifying body's id.</param>
/// <param name="Version">The version.</param>
/// <param name="PolicyId">The version's id, for example <c>aama-cma@2020</c>.</param>
/// <param name="EffectiveFrom">The first day of the cycles it governs (YYYY-MM-DD), or null for the earliest cycles.</param>
/// <param name="Summary">A sentence summarizing the version.</param>
/// <param name="Origin">Where the credential's versions came from.</param>
/// <param name="Rules">Every rule, with its source.</param>
public sealed record PolicyBody(string Credential, string Acronym, string Name, string Body, string Version, string PolicyId, string? EffectiveFrom, string? Summary, PolicyOriginBody Origin, IReadOnlyList<RuleBody> Rules);

/// <summary>Where a credential's policy versions came from.</summary>
/// <param name="Kind">built-in (a policy file of the library), file (a configured policy file or the policy directory's) or code.</param>
/// <param name="File">The built-in file's name or the file's path; null for code.</param>
/// <param name="Sha256">The SHA-256 of the file's content, 64 lowercase hexadecimal digits; null for code.</param>
public sealed record PolicyOriginBody(string Kind, string? File, string? Sha256);

/// <summary>One rule of a policy version.</summary>
/// <param name="Id">The stable rule id, for example <c>aama-cma/total</c>.</param>
/// <param name="Description">What the rule says.</param>
/// <param name="Source">Where the rule comes from.</param>
public sealed record RuleBody(string Id, string Description, RuleSourceBody Source);

/// <summary>Where a rule comes from.</summary>
/// <param name="Citation">The citation.</param>
/// <param name="Confirmed">Whether the body confirms the value.</param>
/// <param name="Note">A note on the source, or null.</param>
/// <param name="Url">The address an auditor can open, or null.</param>
/// <param name="Document">The document cited where there is no address, or null.</param>
/// <param name="Revision">The revision or date of the source, or null.</param>
/// <param name="Authority">Who stands behind it: <c>body</c>, <c>mirror</c> or <c>secondary</c>; null when not stated.</param>
/// <param name="Superseded">Whether a later source replaces this one.</param>
public sealed record RuleSourceBody(string Citation, bool Confirmed, string? Note, string? Url, string? Document, string? Revision, string? Authority, bool Superseded)
{
    /// <summary>On a rule's first source only: the further sources, each with the same fields (and no further sources of its own).</summary>
    public IReadOnlyList<RuleSourceBody>? FurtherSources { get; init; }
}

/// <summary>
/// One line of a workforce summary stream (JSON Lines): a row per evaluated certification and per
/// malformed input line, in input order, then one line with only <c>summary</c>; or, when the stream was
/// cut (by the time limit, or a body that could not be read to its end), one last line with only
/// <c>stopped</c> instead of the summary. The fields are those of the <c>ceurules batch --out report.json</c>
/// rows (docs/hr-integration.md); no field is on every line.
/// </summary>
/// <param name="Line">The input line number.</param>
/// <param name="PersonId">The person's id; null for a malformed line.</param>
/// <param name="Credential">The credential id.</param>
/// <param name="Status"><c>met</c>, <c>in-progress</c>, <c>within-ce-time-limit</c>, <c>lapsed-exam-required</c>, <c>ineligible</c>.</param>
/// <param name="CertifiedOn">The certification date.</param>
/// <param name="ExpiresOn">The expiration date.</param>
/// <param name="LastCeDay">The last day of the CE route.</param>
/// <param name="NextStep">What to do next and by when, as the engine decided it.</param>
/// <param name="NextDeadline">The first deadline that still applies (ahead, on a route that can still succeed); absent when none does.</param>
/// <param name="Missing">The requirements still short, by requirement id.</param>
/// <param name="PlanTotal">The least additional credit.</param>
/// <param name="PlanApproved">How much of it must be approved.</param>
/// <param name="Unit">The unit of the amounts.</param>
/// <param name="Error">Why the line was not evaluated, or that a credential has no policy.</param>
/// <param name="Errors">The reader's error findings of a malformed line.</param>
/// <param name="Findings">The reader's findings for a line that was evaluated (path and code).</param>
/// <param name="Summary">Only on the last line of a complete stream: the counts.</param>
/// <param name="Stopped">Only on the last line of a cut stream: why it stopped and after which line.</param>
public sealed record WorkforceRowBody(long? Line = null, string? PersonId = null, string? Credential = null, string? Status = null, string? CertifiedOn = null,
    string? ExpiresOn = null, string? LastCeDay = null, NextStepBody? NextStep = null, DeadlineBody? NextDeadline = null, IReadOnlyDictionary<string, decimal>? Missing = null,
    decimal? PlanTotal = null, decimal? PlanApproved = null, string? Unit = null, string? Error = null, IReadOnlyList<ProblemFinding>? Errors = null,
    string? Findings = null, WorkforceSummaryBody? Summary = null, WorkforceStoppedBody? Stopped = null);

/// <summary>The last line of a cut workforce stream.</summary>
/// <param name="Code"><c>time-limit</c> (the request's time limit was reached) or <c>unreadable-body</c> (the rest of the body could not be read).</param>
/// <param name="AfterLine">The last input line whose rows were sent; the lines after it were not evaluated.</param>
/// <param name="Message">A sentence saying so.</param>
public sealed record WorkforceStoppedBody(string Code, long AfterLine, string Message);

/// <summary>The next step of a certification (docs/formats.md, "The next step and the routes").</summary>
/// <param name="Action"><c>apply</c>, <c>earn-then-apply</c>, <c>exam</c>, <c>reactivate</c> or <c>none</c>.</param>
/// <param name="By">The last day to do it, or null when the step has no date.</param>
/// <param name="DaysFromAsOf">Days from the as-of date to <paramref name="By"/>, or null.</param>
/// <param name="Route"><c>ce</c>, <c>exam</c>, <c>reactivation</c>, or null for <c>none</c>.</param>
/// <param name="Code">Why this is the step: one of the route codes of docs/formats.md.</param>
public sealed record NextStepBody(string Action, string? By, int? DaysFromAsOf, string? Route, string Code);

/// <summary>A deadline.</summary>
/// <param name="Kind"><c>exam-pass</c>, <c>exam-application</c>, <c>expiration</c>, <c>last-ce-day</c>, <c>last-reactivation-day</c>, <c>annual-fee</c>.</param>
/// <param name="Date">The last day.</param>
/// <param name="DaysFromAsOf">Days from the as-of date.</param>
public sealed record DeadlineBody(string Kind, string Date, int DaysFromAsOf);

/// <summary>The counts at the end of a workforce stream.</summary>
/// <param name="Lines">Non-blank input lines.</param>
/// <param name="People">People evaluated.</param>
/// <param name="MalformedLines">Lines not evaluated.</param>
/// <param name="Certifications">Certifications evaluated.</param>
/// <param name="NotEvaluated">Certifications without a policy.</param>
/// <param name="DueWithinDays">Certifications whose next step is due within the horizon.</param>
/// <param name="NoRoute">Certifications with no route left to recertify (next step <c>none</c>).</param>
/// <param name="Counts">Certifications by credential and status.</param>
public sealed record WorkforceSummaryBody(long Lines, long People, long MalformedLines, long Certifications, long NotEvaluated, long DueWithinDays, long NoRoute, IReadOnlyList<StatusCountBody> Counts);

/// <summary>How many certifications of a credential have a status.</summary>
/// <param name="Credential">The credential id.</param>
/// <param name="Status">The status.</param>
/// <param name="Count">How many.</param>
public sealed record StatusCountBody(string Credential, string Status, long Count);

/// <summary>A vendor's course catalog (docs/vendors.md, "The catalog format").</summary>
/// <param name="Vendor">The vendor's name.</param>
/// <param name="Courses">The courses, each with id, title, kind, durationMinutes, contentAreas, topics, validMonths, completeWithinMonths and offers (credential and credit lines).</param>
public sealed record CatalogBody(string Vendor, IReadOnlyList<JsonElement> Courses);
