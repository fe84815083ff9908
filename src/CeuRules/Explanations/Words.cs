using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>
/// The one explanation layer: it turns what the engine decided (codes, rules and typed arguments) into
/// sentences, in the policy's own unit names. The engine writes no sentence; every face (the results'
/// messages, the JSON <c>message</c> and <c>statusExplanation</c> fields, the text and HTML reports)
/// reads its words from here.
/// </summary>
internal static class Words
{
    /// <summary>Why credit did not count.</summary>
    internal static string NotCounted(NotCountedCredit credit, CredentialPolicy policy)
    {
        var a = credit.Arguments;
        string body = policy.Credential.Body.Acronym;
        var units = policy.Units;
        return credit.Code switch
        {
            DecisionCodes.AfterAsOf =>
                $"Completed on {Iso(a.Get<LocalDate>("completedOn"))}, after the as-of date {Iso(a.Get<LocalDate>("asOf"))}.",
            DecisionCodes.OutsideWindow =>
                $"Completed on {Iso(a.Get<LocalDate>("completedOn"))}, outside the window {Iso(a.Get<LocalDate>("windowStart"))} to {Iso(a.Get<LocalDate>("windowEnd"))}.",
            DecisionCodes.DuplicateId =>
                $"Another activity has the same id '{a.Get<string>("activityId")}'; an activity counts once.",
            DecisionCodes.DuplicateContent =>
                $"The same activity as '{a.Get<string>("duplicateOf")}' (same kind, date, title, provider and credit); an activity counts once.",
            DecisionCodes.KindNotAccepted =>
                $"The {body} does not accept an activity of the kind '{a.Get<ActivityKind>("kind")}'.",
            DecisionCodes.CprCardValidity => CardValidity(a, policy),
            DecisionCodes.CprOverCap =>
                $"At most {a.Get<int>("maxCards")} CPR cards ({Amount(a.Get<Credit>("limit"), policy)}) count; {a.Get<int>("maxCards")} earlier cards already do.",
            DecisionCodes.UnknownUnit => UnknownUnit(a.Get<ImmutableArray<string>>("statedUnits"), policy),
            DecisionCodes.AfterCutoff =>
                $"Completed on {Iso(a.Get<LocalDate>("completedOn"))}; an activity of the kind '{a.Get<ActivityKind>("kind")}' counts only for what was completed through {Iso(a.Get<LocalDate>("lastDay"))}.",
            DecisionCodes.RecurringRepeat =>
                $"The same training as '{a.Get<string>("repeatedActivityId")}' completed on {Iso(a.Get<LocalDate>("repeatedOn"))}; it counts once per {PeriodRules.Describe(a.Get<Period>("countsOncePer")!)}.",
            DecisionCodes.SelfStudyNoPurchaseDate =>
                $"The purchase date of the self-study program is not documented; it must be completed within {PeriodRules.Describe(a.Get<Period>("completeWithin")!)} of purchase.",
            DecisionCodes.SelfStudyLate =>
                $"Completed on {Iso(a.Get<LocalDate>("completedOn"))}, after {Iso(a.Get<LocalDate>("lastDay"))}, the last day of {PeriodRules.Describe(a.Get<Period>("completeWithin")!)} from its purchase on {Iso(a.Get<LocalDate>("purchasedOn"))}.",
            DecisionCodes.UnknownCategory =>
                $"The line names the category '{a.Get<Category>("category")}'; the {policy.Credential} policy has {string.Join(", ", policy.Categories!.Categories)}.",
            DecisionCodes.NoCategory =>
                $"The line names no category; the {policy.Credential} policy sorts every {units.SingularName} into {string.Join(", ", policy.Categories!.Categories)}, so a person must assign one.",
            DecisionCodes.TimeLimit =>
                $"The activity lasted {a.Get<int>("minutes")} minutes, which supports at most {Amount(a.Get<Credit>("supported"), policy)} at one per {a.Get<int>("minutesPerUnit")} minutes; {Amount(a.Get<Credit>("claimed"), policy)} were claimed.",
            DecisionCodes.NoDuration =>
                $"The activity is not approved by the {body} and documents no duration; it must last at least {a.Get<int>("minimumMinutes")} minutes, so a person must review it.",
            DecisionCodes.TooShort =>
                $"The activity lasted {Minutes(a.Get<decimal>("minutes"))} minutes; an activity not approved by the {body} must last at least {a.Get<int>("minimumMinutes")} minutes.",
            DecisionCodes.DurationLimit =>
                $"{(a.Get<bool>("impliedByUnits") ? "The stated units document" : "The activity lasted")} {Minutes(a.Get<decimal>("minutes"))} minutes, which supports at most {Amount(a.Get<Credit>("supported"), policy)} at one per {a.Get<int>("minutesPerUnit")} minutes; {Amount(a.Get<Credit>("claimed"), policy)} were claimed.",
            DecisionCodes.NonApprovedOverCap =>
                $"At most {Amount(a.Get<Credit>("limit"), policy)} from activities not approved by the {body} count, and the cap is reached.",
            _ => $"Not counted ({credit.Code}).",
        };
    }

    /// <summary>A note about how an activity was read.</summary>
    internal static string Note(ActivityNote note, CredentialPolicy policy)
    {
        var a = note.Arguments;
        return note.Code switch
        {
            DecisionCodes.CardLinesUnused =>
                $"The policy values a CPR card at {Amount(a.Get<Credit>("creditPerCard"), policy)} ({policy.CprCards?.Category.ToString() ?? "no category"}); the credit lines the card states are not used ({note.RuleId}).",
            DecisionCodes.ConvertedFromDuration =>
                $"Converted from the documented {a.Get<int>("minutes")} minutes at one {policy.Units.SingularName} per {a.Get<int>("minutesPerUnit")} minutes: {Amount(a.Get<Credit>("credit"), policy)} ({note.RuleId}).",
            DecisionCodes.ConvertedFromUnit =>
                $"Converted from {a.Get<CreditUnit>("from")}: {policy.Units.ConversionFrom(a.Get<CreditUnit>("from"))?.Describe()} ({note.RuleId})",
            DecisionCodes.OtherUnits =>
                $"{a.Get<int>("count")} credit line(s) in other units are left to the policies of other credentials.",
            DecisionCodes.UntitledRecurring =>
                $"The training has no title, so it cannot be matched with earlier ones; {policy.RecurringTraining?.Describe()} ({note.RuleId})",
            _ => note.Code,
        };
    }

    /// <summary>A note about the certification as a whole.</summary>
    internal static string EvaluationNote(EvaluationNote note)
    {
        var a = note.Arguments;
        return note.Code switch
        {
            "as-of-before-certification" =>
                $"The as-of date {Iso(a.Get<LocalDate>("asOf"))} is before the certification date {Iso(a.Get<LocalDate>("certifiedOn"))}.",
            "exam-attempt-after-as-of" =>
                $"The exam attempt on {Iso(a.Get<LocalDate>("attemptOn"))} is after the as-of date {Iso(a.Get<LocalDate>("asOf"))} and is not taken into account.",
            "exam-passed-after-certification" =>
                $"An exam was passed on {Iso(a.Get<LocalDate>("attemptOn"))}, after the certification date {Iso(a.Get<LocalDate>("certifiedOn"))}: if it recertified the person, evaluate the new cycle from that date.",
            _ => note.Code,
        };
    }

    /// <summary>An error finding about a certification's own date.</summary>
    internal static Finding CertificationFinding(string code, LocalDate certifiedOn, LocalDate asOf)
    {
        var arguments = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [new("certifiedOn", Iso(certifiedOn)), new System.Collections.Generic.KeyValuePair<string, string>("asOf", Iso(asOf))]);
        string message = code switch
        {
            "certified-after-as-of" =>
                $"The certification date {Iso(certifiedOn)} is after the as-of date {Iso(asOf)}; no cycle has begun, so the answer cannot be relied on.",
            _ =>
                $"The certification date {Iso(certifiedOn)} is before {Iso(Certification.EarliestPlausibleDate)}; it was probably never set, so the answer cannot be relied on.",
        };
        return new Finding(code, FindingSeverity.Error, "certifiedOn", message, arguments);
    }

    /// <summary>The status of an evaluation in a sentence, with what is still needed; an unreliable answer says so first.</summary>
    internal static string Status(CertificationEvaluation result)
    {
        string status = StatusAlone(result);
        return result.IsReliable ? status : string.Join(" ", result.Findings.Select(f => f.Message)) + " " + status;
    }

    private static string StatusAlone(CertificationEvaluation result)
    {
        var policy = result.Policy;
        string missing = string.Join(", ", result.Requirements.Where(r => !r.IsMet).Select(r => Shortfall(r, policy)));
        int daysLeft = Period.DaysBetween(result.AsOf, result.ExpiresOn);
        var window = result.Window;
        var exam = result.Exam;
        bool reactivation = result.WindowRule is ReactivationWindowRule;
        return result.Status switch
        {
            CertificationStatus.RequirementsMet when result.AsOf <= result.ExpiresOn && result.LastCeDay > result.ExpiresOn =>
                $"Every requirement is met; apply by {Iso(result.ExpiresOn)} to stay current (recertification by CE remains possible through {Iso(result.LastCeDay)}).",
            CertificationStatus.RequirementsMet =>
                $"Every requirement is met; recertify by CE by {Iso(result.LastCeDay)}.",
            CertificationStatus.InProgress =>
                $"Current until {Iso(result.ExpiresOn)} ({daysLeft} days left); still needed: {missing}.",
            CertificationStatus.WithinCeTimeLimit when reactivation =>
                $"Expired on {Iso(result.ExpiresOn)}; reactivation by CE remains possible through {Iso(result.LastCeDay)} with credit completed from {Iso(window.Start)} to the application; still needed: {missing}.",
            CertificationStatus.WithinCeTimeLimit =>
                $"Expired on {Iso(result.ExpiresOn)}; recertification by CE remains possible through {Iso(result.LastCeDay)} with credit completed by {Iso(window.End)}; still needed: {missing}.",
            CertificationStatus.LapsedExamRequired =>
                $"Lapsed: the CE route closed on {Iso(result.LastCeDay)}; recertify by exam{(exam is null ? string.Empty : $" ({exam.AttemptsLeft} of {exam.MaxAttempts} attempts left)")}.",
            CertificationStatus.Ineligible =>
                $"{exam!.FailedAttempts} failed exam attempts of {exam.MaxAttempts}: {exam.Rule.WhenExhausted}",
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Status, "Unknown status."),
        };
    }

    private static string Shortfall(RequirementOutcome outcome, CredentialPolicy policy)
    {
        // What a person must still earn, rounded up to the hundredth so that it is never less than the exact need.
        string amount = policy.Units.Describe(outcome.Shortfall.RoundedUp);
        return outcome.Rule switch
        {
            TotalMinimum => $"{amount} in total",
            ApprovedMinimum => $"{amount} approved by the {policy.Credential.Body.Acronym}",
            CategoryMinimum byCategory => $"{amount} in the {byCategory.Category} category",
            _ => $"{amount} for {outcome.RequirementId}",
        };
    }

    private static string CardValidity(ImmutableArray<DecisionArgument> a, CredentialPolicy policy)
    {
        string validity = a.Any(x => x.Name == "validMonths") ? $"valid for {a.Get<int>("validMonths")} months" : "of undocumented validity";
        return $"The CPR card is {validity}; only a {a.Get<int>("requiredValidMonths")}-month card earns {Amount(a.Get<Credit>("creditPerCard"), policy)} ({policy.CprCards?.Category.ToString() ?? "no category"}), so a person must review it.";
    }

    private static string UnknownUnit(ImmutableArray<string> stated, CredentialPolicy policy)
    {
        var units = policy.Units;
        string what = stated.IsDefaultOrEmpty ? "states no credit" : "states credit only in " + string.Join(", ", stated);
        string accepted = units.Conversions.IsEmpty ? units.Unit.Id : $"{units.Unit} (or converts {string.Join(", ", units.Conversions.Select(c => c.From.Id))})";
        string orDuration = units.FromDuration is null ? string.Empty : " or a documented duration";
        return $"The activity {what}{(units.FromDuration is null ? string.Empty : " and documents no duration")}; the {policy.Credential} policy counts {accepted}{orDuration}.";
    }

    /// <summary>An amount with the policy's name for its unit ("2 AAMA points", "0.83 NHA credits"); the amount is rounded to the hundredth where it is not exact.</summary>
    internal static string Amount(Credit credit, CredentialPolicy policy) =>
        credit.Unit == policy.Units.Unit ? policy.Units.Describe(credit.Amount) : $"{credit.Amount} {credit.Unit}";

    private static string Minutes(decimal minutes) => minutes.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A date in ISO form (2026-02-28), written digit by digit for the years 0 to 9999 and by NodaTime's pattern otherwise.</summary>
    internal static string Iso(LocalDate date)
    {
        if (date.Year is < 0 or > 9999)
        {
            return date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }
        return string.Create(10, (date.Year, date.Month, date.Day), static (chars, ymd) =>
        {
            chars[0] = (char)('0' + (ymd.Year / 1000));
            chars[1] = (char)('0' + (ymd.Year / 100 % 10));
            chars[2] = (char)('0' + (ymd.Year / 10 % 10));
            chars[3] = (char)('0' + (ymd.Year % 10));
            chars[4] = '-';
            chars[5] = (char)('0' + (ymd.Month / 10));
            chars[6] = (char)('0' + (ymd.Month % 10));
            chars[7] = '-';
            chars[8] = (char)('0' + (ymd.Day / 10));
            chars[9] = (char)('0' + (ymd.Day % 10));
        });
    }
}
