using System;
using System.Linq;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;

namespace CeuRules.Explanations;

/// <summary>The rules of a policy, each in one sentence with its values, as the rule tables and the <c>policies</c> command show them.</summary>
public sealed partial class Explainer
{
    /// <summary>
    /// What <paramref name="rule"/> says, in one sentence with its values and in the policy's names for its
    /// unit, categories and kinds: "At least 30 AAMA points approved by the AAMA.", "Al menos 30 puntos de la
    /// AAMA aprobados por la AAMA.". The rule tables of docs/credentials and the JSON listing of the
    /// <c>policies</c> command use <see cref="English"/>.
    /// </summary>
    /// <param name="rule">The rule.</param>
    /// <param name="policy">The policy the rule belongs to, whose unit, categories, kinds and body the sentence names.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is of a type the library does not define.</exception>
    public string Rule(PolicyRule rule, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(rule);
        Preconditions.CheckNotNull(policy);
        return rule switch
        {
            ExpirationRule expiration => Format(expiration.Convention == ExpirationConvention.EndOfMonth ? "Rule.Expiration.EndOfMonth" : "Rule.Expiration.DayBefore", Period(expiration.CycleLength)),
            CreditWindowRule window => Format("Rule.Window", WindowWords(window.Start, window.Lookback, Get("Rule.Window.End.Expiration"))),
            ReactivationWindowRule window => Format("Rule.ReactivationWindow", WindowWords(window.Start, window.Lookback, Get("Rule.Window.End.Application"))),
            UnitRule units => units.Conversions.IsEmpty
                ? Format("Rule.Units.Only", UnitName(units.Unit, policy, plural: true))
                : Format("Rule.Units", UnitName(units.Unit, policy, plural: true), ListAnd(units.Conversions.Select(c => UnitName(c.From, policy, plural: true)))),
            UnitConversion conversion => Conversion(conversion, policy),
            DurationConversion duration => Format("Rule.Duration", Body(policy.Credential.Body), UnitName(policy.Units.Unit, policy, plural: false), PerTime(duration.MinutesPerUnit)),
            CategoryRule categories => categories.Categories.IsEmpty
                ? Get("Rule.Categories.None")
                : Format(categories.Required ? "Rule.Categories.Required" : "Rule.Categories", ListAnd(categories.Categories.Select(c => CategoryName(c, policy)))),
            TotalMinimum total => Format("Rule.Total", Amount(total.Minimum, policy)),
            CategoryMinimum byCategory => Format("Rule.Category", Amount(byCategory.Minimum, policy), CategoryPhrase(byCategory.Category, policy)),
            ApprovedMinimum fromApproved => Format("Rule.Approved", Amount(fromApproved.Minimum, policy), Approval(policy, approved: true, fromApproved.Minimum, policy.Units.Unit)),
            NonApprovedCap cap => Plural("Rule.NonApprovedCap", cap.Limit == CreditAmount.FromUnits(1), Amount(cap.Limit, policy), Approval(policy, approved: false, cap.Limit, policy.Units.Unit)),
            NonApprovedDurationRule duration => Format("Rule.NonApprovedDuration",
                Approval(policy.Credential.Body, approved: false, plural: false, feminine: true), Minutes(duration.MinimumMinutes),
                UnitName(policy.Units.Unit, policy, plural: false), PerTime(duration.MinutesPerUnit)),
            CprCardRule cards => Format(Agreeing("Rule.CprCards", one: cards.CreditPerCard == CreditAmount.FromUnits(1), policy), Months(cards.RequiredValidMonths), Amount(cards.CreditPerCard, policy),
                CategoryPhrase(cards.Category, policy), Approval(policy, cards.CountsAsApproved, cards.CreditPerCard, policy.Units.Unit),
                Plural("Rule.Cards", cards.MaxCards == 1, cards.MaxCards), Amount(cards.Limit, policy)),
            SelfStudyRule selfStudy => Format("Rule.SelfStudy", KindName(selfStudy.Kind, policy), Period(selfStudy.CompleteWithin)),
            NotAcceptedKindsRule notAccepted => Capitalized(Format("Rule.NotAccepted", ListAnd(notAccepted.Kinds.Select(k => KindName(k, policy))))),
            ActivityCutoffRule cutoff => Format("Rule.Cutoff", KindName(cutoff.Kind, policy), Date(cutoff.LastDay)),
            RecurringTrainingRule recurring => Format("Rule.Recurring", KindName(recurring.Kind, policy), Period(recurring.CountsOncePer)),
            CeTimeLimit limit => limit.Length is null
                ? Get("Rule.CeTimeLimit.None")
                : Format(limit.RouteAfterExpiration == RecertificationRoute.Reactivation ? "Rule.CeTimeLimit.Reactivation" : "Rule.CeTimeLimit", Period(limit.Length)),
            CeTimeLimitTransition transition => Format("Rule.CeTimeLimitTransition", Date(transition.DeemedExpiration)),
            ExamRoute exam => Exam(exam),
            FeeRule fee => Format("Rule.Fee." + fee.Kind, fee.Member == fee.NonMember
                ? Money(fee.Member)
                : Format("Rule.Fee.Members", Money(fee.Member), Money(fee.NonMember))),
            _ => throw new ArgumentException($"The rule '{rule.RuleId}' is of a type the library does not define: {rule.GetType().Name}.", nameof(rule)),
        };
    }

    /// <summary>Where a window of credit starts and ends: "from the certification date through the expiration date, both days included".</summary>
    private string WindowWords(WindowStart start, NodaTime.Period? lookback, string end) => start switch
    {
        WindowStart.CalendarYearBeforeEnd => Format("Rule.Window.CalendarYear", end),
        WindowStart.LookbackFromEnd => Format("Rule.Window.Lookback", end, Period(lookback!)),
        _ => Format("Rule.Window.FromCertification", end),
    };

    /// <summary>"1 college credit converts to 15 AAMA points, counted as not approved by the AAMA. Each college credit stands for 12 hours and 30 minutes of activity."</summary>
    private string Conversion(UnitConversion conversion, CredentialPolicy policy)
    {
        string from = UnitName(conversion.From, policy, plural: false);
        // The factor has at most two decimals (UnitConversion checks it), so it is shown exactly.
        string to = conversion.Factor.ToString("0.##", Culture) + " " + UnitName(policy.Units.Unit, policy, plural: conversion.Factor != 1m);
        string sentence = conversion.CountsAsNonApproved
            ? Format(Agreeing("Rule.Conversion.NotApproved", one: conversion.Factor == 1m, policy),
                from, to, Approval(policy.Credential.Body, approved: false, plural: conversion.Factor != 1m, feminine: IsFeminine(policy.Units.Unit, policy)))
            : Format("Rule.Conversion", from, to);
        return conversion.ImpliedMinutesPerUnit is { } minutes
            ? sentence + " " + Format("Rule.Conversion.Minutes", from, Minutes(minutes))
            : sentence;
    }

    /// <summary>The key of words that agree with an amount of the policy's unit in number and gender: ".One" or ".Other", then ".Feminine" where the language has it.</summary>
    private string Agreeing(string key, bool one, CredentialPolicy policy)
    {
        string counted = key + (one ? ".One" : ".Other");
        return IsFeminine(policy.Units.Unit, policy) && Find(counted + ".Feminine") is not null ? counted + ".Feminine" : counted;
    }

    /// <summary>The exam route: when it applies, the attempts allowed, and what happens after the last one.</summary>
    private string Exam(ExamRoute exam)
    {
        string attempts = Plural("Rule.Attempts", exam.MaxAttempts == 1, exam.MaxAttempts);
        if (exam.PassBeforeExpiration is { } pass && exam.ApplyBeforeExpiration is { } apply)
        {
            return Format("Rule.Exam.Before", Period(pass), Period(apply), attempts, WayBackText(exam));
        }
        return Format(exam.OnlyAfterLapse ? "Rule.Exam.AfterLapse" : "Rule.Exam", attempts, WayBackText(exam));
    }
}
