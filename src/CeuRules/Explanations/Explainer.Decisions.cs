using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;

namespace CeuRules.Explanations;

/// <summary>What became of each activity's credit and why: labels and sentences per decision code, and the notes.</summary>
public sealed partial class Explainer
{
    /// <summary>What became of an activity's credit as a whole: "Counted", "Partly counted" or "Not counted".</summary>
    /// <param name="activity">The activity's decision.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public string Outcome(ActivityDecision activity)
    {
        Preconditions.CheckNotNull(activity);
        return Get(activity.CountedTotal.IsZero ? "Outcome.NotCounted" : activity.NotCounted.IsEmpty ? "Outcome.Counted" : "Outcome.PartlyCounted");
    }

    /// <summary>Why credit did not count, in a few words, per decision code: "Too short", "Not counted by the NHA".</summary>
    /// <param name="credit">The credit not counted.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credit"/> is null.</exception>
    public string ReasonLabel(NotCountedCredit credit)
    {
        Preconditions.CheckNotNull(credit);
        return Capitalized(Find(credit.Code + ".Label") is { } label ? Grammar.Format(Culture, label, [Body(credit.Policy.Credential.Body)]) : Get("Decision.Other.Label"));
    }

    /// <summary>Why credit did not count, in a sentence: "The NHA does not count CPR cards."</summary>
    /// <param name="credit">The credit not counted.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credit"/> is null.</exception>
    public string Reason(NotCountedCredit credit)
    {
        Preconditions.CheckNotNull(credit);
        var a = credit.Arguments;
        var policy = credit.Policy;
        string body = Body(policy.Credential.Body);
        // "una actividad no aprobada", "actividades no aprobadas": the approval agrees with the activities it describes.
        string notApproved = Approval(policy.Credential.Body, approved: false, plural: false, feminine: true);
        string notApprovedActivities = Approval(policy.Credential.Body, approved: false, plural: true, feminine: true);
        string sentence = credit.Code switch
        {
            DecisionCodes.AfterAsOf => Format("after-as-of.Sentence", Date(a.Get(ArgumentKeys.CompletedOn)), Date(a.Get(ArgumentKeys.AsOf))),
            DecisionCodes.OutsideWindow => Format("outside-window.Sentence", Date(a.Get(ArgumentKeys.CompletedOn)), Date(a.Get(ArgumentKeys.WindowStart)), Date(a.Get(ArgumentKeys.WindowEnd))),
            DecisionCodes.DuplicateId => Get("duplicate-id.Sentence"),
            DecisionCodes.DuplicateContent => Get("duplicate-content.Sentence"),
            DecisionCodes.KindNotAccepted => Format("kind-not-accepted.Sentence", body, KindName(a.Get(ArgumentKeys.Kind), policy)),
            DecisionCodes.CprCardValidity => a.Any(x => x.Name == "validMonths")
                ? Format("cpr-card-validity.Sentence", Months(a.Get(ArgumentKeys.ValidMonths)), Months(a.Get(ArgumentKeys.RequiredValidMonths)), CardCredit(a.Get(ArgumentKeys.CreditPerCard), policy))
                : Format("cpr-card-validity.Undocumented", Months(a.Get(ArgumentKeys.RequiredValidMonths)), CardCredit(a.Get(ArgumentKeys.CreditPerCard), policy)),
            DecisionCodes.CprOverCap => Format("cpr-over-cap.Sentence", a.Get(ArgumentKeys.MaxCards), Amount(a.Get(ArgumentKeys.Limit), policy)),
            DecisionCodes.UnknownUnit => UnknownUnit(a.Get(ArgumentKeys.StatedUnits), policy, body),
            DecisionCodes.AfterCutoff => Format("after-cutoff.Sentence", Date(a.Get(ArgumentKeys.CompletedOn)), KindName(a.Get(ArgumentKeys.Kind), policy), Date(a.Get(ArgumentKeys.LastDay))),
            DecisionCodes.RecurringRepeat => Format("recurring-repeat.Sentence", Date(a.Get(ArgumentKeys.RepeatedOn)), OncePer(a.Get(ArgumentKeys.CountsOncePer) ?? NodaTime.Period.Zero)),
            DecisionCodes.SelfStudyNoPurchaseDate => Format("self-study-no-purchase-date.Sentence", Period(a.Get(ArgumentKeys.CompleteWithin) ?? NodaTime.Period.Zero)),
            DecisionCodes.SelfStudyLate => Format("self-study-late.Sentence", Date(a.Get(ArgumentKeys.CompletedOn)), Date(a.Get(ArgumentKeys.LastDay)),
                Period(a.Get(ArgumentKeys.CompleteWithin) ?? NodaTime.Period.Zero), Date(a.Get(ArgumentKeys.PurchasedOn))),
            DecisionCodes.UnknownCategory => Format("unknown-category.Sentence", a.Get(ArgumentKeys.Category).Id ?? string.Empty, body, Categories(policy)),
            DecisionCodes.NoCategory => Format("no-category.Sentence", body, Categories(policy)),
            DecisionCodes.TimeLimit => Format("time-limit.Sentence", Minutes(a.Get(ArgumentKeys.Minutes)), Amount(a.Get(ArgumentKeys.Supported), policy),
                Amount(CreditAmount.FromUnits(1), policy), PerTime(a.Get(ArgumentKeys.MinutesPerUnit)), Amount(a.Get(ArgumentKeys.Claimed), policy)),
            DecisionCodes.NoDuration => Format("no-duration.Sentence", notApproved, Minutes(a.Get(ArgumentKeys.MinimumMinutes))),
            DecisionCodes.TooShort => Format("too-short.Sentence", Minutes(a.Get(ArgumentKeys.Minutes)), notApproved, Minutes(a.Get(ArgumentKeys.MinimumMinutes))),
            DecisionCodes.DurationLimit => Format(a.Get(ArgumentKeys.ImpliedByUnits) ? "duration-limit.FromUnits" : "duration-limit.Sentence",
                Minutes(a.Get(ArgumentKeys.Minutes)), Amount(a.Get(ArgumentKeys.Supported), policy), Amount(CreditAmount.FromUnits(1), policy),
                PerTime(a.Get(ArgumentKeys.MinutesPerUnit)), Amount(a.Get(ArgumentKeys.Claimed), policy)),
            DecisionCodes.NonApprovedOverCap => Format("non-approved-over-cap.Sentence", Amount(a.Get(ArgumentKeys.Limit), policy), notApprovedActivities),
            _ => Get("Decision.Other.Sentence"),
        };
        return Capitalized(sentence);
    }

    /// <summary>What did not count and why, in one sentence: "1 AAMA point did not count: The activity lasted 30 minutes; …".</summary>
    /// <param name="credit">The credit not counted.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credit"/> is null.</exception>
    public string NotCounted(NotCountedCredit credit)
    {
        Preconditions.CheckNotNull(credit);
        string reason = Reason(credit);
        return credit.Amount.IsZero ? Format("NotCounted.None", reason)
            : Capitalized(Plural("NotCounted", credit.Amount == CreditAmount.FromUnits(1), Amount(credit.Amount, credit.Policy), reason));
    }

    /// <summary>What counted toward what: "2 AAMA points counted toward the clinical category (approved by the AAMA)."; approval is named only for a body whose rules distinguish it.</summary>
    /// <param name="credit">The credit counted.</param>
    /// <param name="evaluation">The evaluation it belongs to.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Counted(CountedCredit credit, CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(credit);
        Preconditions.CheckNotNull(evaluation);
        var policy = evaluation.Policy;
        string toward = credit.Category is { } category ? CategoryPhrase(category, policy) : Get("Counted.Total");
        if (DistinguishesApproval(policy))
        {
            toward = Format("Counted.WithApproval", toward, Approval(policy, credit.Approved, credit.Amount, policy.Units.Unit));
        }
        return Capitalized(Plural("Counted", credit.Amount == CreditAmount.FromUnits(1), Amount(credit.Amount, policy), toward));
    }

    /// <summary>An activity's note in a few words, per code: "Converted from its length".</summary>
    /// <param name="note">The note.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public string NoteLabel(ActivityNote note)
    {
        Preconditions.CheckNotNull(note);
        return Capitalized(Find(note.Code + ".Label") ?? Get("Note.Other.Label"));
    }

    /// <summary>An activity's note in a sentence: "Converted from contact hours: 1 contact hour counts as 0.5 NHA credits."</summary>
    /// <param name="note">The note.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public string Note(ActivityNote note)
    {
        Preconditions.CheckNotNull(note);
        var a = note.Arguments;
        var policy = note.Policy;
        string body = Body(policy.Credential.Body);
        string sentence = note.Code switch
        {
            DecisionCodes.CardLinesUnused => Format("card-lines-unused.Sentence", body, Amount(a.Get(ArgumentKeys.CreditPerCard), policy),
                policy.CprCards is { } cards ? Format("card-lines-unused.InCategory", CategoryPhrase(cards.Category, policy)) : string.Empty),
            DecisionCodes.ConvertedFromDuration => Format("converted-from-duration.Sentence", Minutes(a.Get(ArgumentKeys.Minutes)), Amount(CreditAmount.FromUnits(1), policy),
                PerTime(a.Get(ArgumentKeys.MinutesPerUnit)), Amount(a.Get(ArgumentKeys.Credit), policy)),
            DecisionCodes.ConvertedFromUnit => ConvertedFromUnit(a.Get(ArgumentKeys.From), policy),
            DecisionCodes.OtherUnits => Plural("other-units.Sentence", a.Get(ArgumentKeys.Count) == 1, body, a.Get(ArgumentKeys.Count)),
            DecisionCodes.UntitledRecurring => policy.RecurringTraining is { } recurring
                ? Format("untitled-recurring.Sentence", OncePer(recurring.CountsOncePer))
                : Get("untitled-recurring.NoRule"),
            _ => Get("Note.Other.Sentence"),
        };
        return Capitalized(sentence);
    }

    /// <summary>
    /// Everything to say about one activity, in sentences: what counted toward what, what did not and why,
    /// then its notes ("Note: …").
    /// </summary>
    /// <param name="activity">The activity's decision.</param>
    /// <param name="evaluation">The evaluation it belongs to.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImmutableArray<string> ActivityLines(ActivityDecision activity, CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(activity);
        Preconditions.CheckNotNull(evaluation);
        var lines = ImmutableArray.CreateBuilder<string>();
        foreach (var counted in activity.Counted)
        {
            lines.Add(Counted(counted, evaluation));
        }
        foreach (var refused in activity.NotCounted)
        {
            lines.Add(NotCounted(refused));
        }
        if (lines.Count == 0)
        {
            lines.Add(Get("Activity.NothingToCount"));
        }
        foreach (var note in activity.Notes)
        {
            lines.Add(Format("Activity.Note", Note(note)));
        }
        return lines.ToImmutable();
    }

    /// <summary>A note about the certification as a whole, in a sentence.</summary>
    /// <param name="note">The note.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public string Note(EvaluationNote note)
    {
        Preconditions.CheckNotNull(note);
        var a = note.Arguments;
        return note.Code switch
        {
            EvaluationNoteCodes.AsOfBeforeCertification => Format("as-of-before-certification.Sentence", Date(a.Get(ArgumentKeys.AsOf)), Date(a.Get(ArgumentKeys.CertifiedOn))),
            EvaluationNoteCodes.ExamAttemptAfterAsOf => Format("exam-attempt-after-as-of.Sentence", Date(a.Get(ArgumentKeys.AttemptOn)), Date(a.Get(ArgumentKeys.AsOf))),
            EvaluationNoteCodes.ExamPassedAfterCertification => Format("exam-passed-after-certification.Sentence", Date(a.Get(ArgumentKeys.AttemptOn)), Date(a.Get(ArgumentKeys.CertifiedOn))),
            _ => Get("EvaluationNote.Other"),
        };
    }

    private string CardCredit(Credit credit, CredentialPolicy policy) =>
        policy.CprCards is { } cards ? Amount(credit, policy) + Format("card-lines-unused.InCategory", CategoryPhrase(cards.Category, policy)) : Amount(credit, policy);

    private string UnknownUnit(ImmutableArray<string> stated, CredentialPolicy policy, string body)
    {
        var units = policy.Units;
        var accepted = new List<string> { UnitName(units.Unit, policy, plural: true) };
        accepted.AddRange(units.Conversions.Select(c => UnitName(c.From, policy, plural: true)));
        if (units.FromDuration is not null)
        {
            accepted.Add(Get("unknown-unit.Duration"));
        }
        string counts = List(accepted, "List.Or");
        if (stated.IsDefaultOrEmpty)
        {
            return Format("unknown-unit.NoCredit", body, counts);
        }
        var names = stated.Select(id => CreditUnit.IsValidId(id) && Find("Unit." + id + ".Other") is not null
            ? UnitName(new CreditUnit(id), policy, plural: true) : Format("Format.Quoted", id)).ToList();
        return Format("unknown-unit.Sentence", List(names, "List.And"), body, counts);
    }

    private string ConvertedFromUnit(CreditUnit from, CredentialPolicy policy)
    {
        var conversion = policy.Units.ConversionFrom(from);
        if (conversion is null)
        {
            return Get("Note.Other.Sentence");
        }
        var worth = CreditAmount.TryFromDecimal(conversion.Factor, out var factor) ? factor : CreditAmount.Zero;
        return Format("converted-from-unit.Sentence", UnitName(from, policy, plural: true), AmountIn(CreditAmount.FromUnits(1), from, policy), Amount(worth, policy));
    }

    /// <summary>An amount with the unit's name where the words know the unit, else its id: "2.5 AAMA points", for a finding that names no policy.</summary>
    internal string UnitAmount(CreditAmount amount, CreditUnit unit) =>
        Number(amount) + " " + (Find("Unit." + unit.Id + (amount != CreditAmount.FromUnits(1) ? ".Other" : ".One")) ?? unit.Id ?? string.Empty);

    /// <summary>A unit's name in the plural where the words know the unit, else its id.</summary>
    internal string UnitPlural(CreditUnit unit) => Find("Unit." + unit.Id + ".Other") ?? unit.Id ?? string.Empty;

    /// <summary>An amount with the unit's name as the first of <paramref name="policies"/> that counts in the unit names it, else as <see cref="UnitAmount(CreditAmount, CreditUnit)"/> does.</summary>
    internal string UnitAmount(CreditAmount amount, CreditUnit unit, IReadOnlyList<CredentialPolicy> policies) =>
        policies.FirstOrDefault(p => p.Units.Unit == unit) is { } policy ? AmountIn(amount, unit, policy) : UnitAmount(amount, unit);

    /// <summary>A unit's name in the plural as the first of <paramref name="policies"/> that counts in the unit names it, else as <see cref="UnitPlural(CreditUnit)"/> does.</summary>
    internal string UnitPlural(CreditUnit unit, IReadOnlyList<CredentialPolicy> policies) =>
        policies.FirstOrDefault(p => p.Units.Unit == unit) is { } policy ? UnitName(unit, policy, plural: true) : UnitPlural(unit);

    /// <summary>Items joined as a list with "and" in this language.</summary>
    internal string ListAnd(IEnumerable<string> items) => List(items.ToList(), "List.And");
}
