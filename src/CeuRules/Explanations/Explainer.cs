using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Resources;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Recommendations;
using CeuRules.Utility;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Explanations;

/// <summary>
/// Plain words, in English or Spanish (United States), for everything an evaluation says to the person
/// whose credential it is: the status headline, what is still needed and by when, why an activity's credit
/// did not count (a short label and a sentence per decision code), notes, findings, requirement names,
/// deadlines and fees, with dates, amounts and units written the way a reader of the language expects
/// ("28 February 2026", "28 de febrero de 2026"; "2 AAMA points", "2 puntos de la AAMA").
/// </summary>
/// <remarks>
/// <para>The words come from the assembly's resources (<c>Explanations.resx</c>, with a Spanish satellite
/// assembly), read through <see cref="ResourceManager.GetString(string, CultureInfo)"/> with
/// <see cref="Culture"/>; numbers and dates are formatted with the same culture. Choose the language with
/// <see cref="For(CultureInfo)"/>, <see cref="English"/> or <see cref="Spanish"/>; the machine's current
/// culture is used only through <see cref="ForCurrentCulture"/>.</para>
/// <para>Culture rule: a culture whose language is Spanish (<c>es</c>, <c>es-US</c>, <c>es-MX</c>…) speaks
/// Spanish and one whose language is English speaks English, each formatting numbers and dates as that
/// culture does; any other culture, the invariant culture included, falls back to <see cref="English"/>
/// (<c>en-US</c>), just as the resource fallback falls back to the neutral English resources.</para>
/// <para>Units: the built-in units (AAMA points, CCP points, NHA credits, clock and contact hours, IACET
/// CEUs, college credits) are named from the resources by unit id, in the reader's language. A custom
/// policy that gives its unit names of its own (<see cref="UnitRule.PluralName"/>,
/// <see cref="UnitRule.SingularName"/>) has them used as given, in every language; so are the ids of
/// custom categories, activity kinds and bodies, which the resources do not know.</para>
/// <para>No sentence names a rule id, a policy id or an activity id: those stay available as data on the
/// results (<c>RuleId</c>, <c>Code</c>, <c>Arguments</c>, <c>ActivityId</c>) for a details part.</para>
/// <para>The results' English <c>Message</c> and <c>StatusExplanation</c> properties, and the JSON
/// fields made from them, come from the same resources in English, with dates in ISO form and whatever
/// the current culture is.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Explainer
{
    private static readonly ResourceManager Resources = new("CeuRules.Explanations.Explanations", typeof(Explainer).Assembly);

    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo SpanishCulture = CultureInfo.GetCultureInfo("es-US");

    private readonly LocalDatePattern? datePattern;

    private Explainer(CultureInfo culture, bool isoDates)
    {
        Culture = culture;
        datePattern = isoDates ? null : LocalDatePattern.Create(Get("Format.Date"), culture);
    }

    /// <summary>Plain words in English (United States, <c>en-US</c>).</summary>
    public static Explainer English { get; } = new(EnglishCulture, isoDates: false);

    /// <summary>Plain words in Spanish (United States, <c>es-US</c>).</summary>
    public static Explainer Spanish { get; } = new(SpanishCulture, isoDates: false);

    /// <summary>The cultures whose language has words of its own: <c>en-US</c> and <c>es-US</c>.</summary>
    public static ImmutableArray<CultureInfo> SupportedCultures { get; } = [EnglishCulture, SpanishCulture];

    /// <summary>The words of the results' English messages and of the JSON: English, ISO dates, invariant numbers.</summary>
    internal static Explainer Messages { get; } = new(CultureInfo.InvariantCulture, isoDates: true);

    /// <summary>The culture the words are read and formatted in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The explainer for a culture: Spanish for a Spanish culture, English for an English one, and <see cref="English"/> for any other (see the remarks on <see cref="Explainer"/>).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The explainer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static Explainer For(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        string language = culture.TwoLetterISOLanguageName;
        if (language == "es")
        {
            return culture.Name == SpanishCulture.Name ? Spanish : new Explainer(culture, isoDates: false);
        }
        if (language == "en" && culture.Name != EnglishCulture.Name)
        {
            return new Explainer(culture, isoDates: false);
        }
        return English;
    }

    /// <summary>The explainer for <see cref="CultureInfo.CurrentUICulture"/>, by the rule of <see cref="For(CultureInfo)"/>.</summary>
    /// <returns>The explainer.</returns>
    public static Explainer ForCurrentCulture() => For(CultureInfo.CurrentUICulture);

    // ----- Dates, numbers, amounts and names -----

    /// <summary>A date as people write it: "28 February 2026", "28 de febrero de 2026".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date in words.</returns>
    public string Date(LocalDate date) => datePattern is null ? Words.Iso(date) : datePattern.Format(date);

    /// <summary>A number of days from the evaluation date: "today", "in 12 days", "1 day ago".</summary>
    /// <param name="daysFromAsOf">The days, negative for the past.</param>
    /// <returns>The days in words.</returns>
    public string Days(int daysFromAsOf) => daysFromAsOf switch
    {
        0 => Get("Days.Today"),
        > 0 => Plural("Days.Ahead", daysFromAsOf == 1, daysFromAsOf),
        _ => Plural("Days.Ago", daysFromAsOf == -1, -(long)daysFromAsOf),
    };

    /// <summary>A length of time: "60 months", "1 year and 6 months".</summary>
    /// <param name="period">The period.</param>
    /// <returns>The period in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public string Period(Period period)
    {
        Preconditions.CheckNotNull(period);
        var parts = new List<string>(4);
        AddPart(parts, "Period.Year", period.Years);
        AddPart(parts, "Period.Month", period.Months);
        AddPart(parts, "Period.Week", period.Weeks);
        AddPart(parts, "Period.Day", period.Days);
        return parts.Count == 0 ? Get("Period.None") : List(parts, "List.And");
    }

    /// <summary>An amount as a number, to the hundredth, with the culture's decimal separator: "2.5" (or "2,5").</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The number.</returns>
    public string Number(CreditAmount amount) => amount.Value.ToString("0.##", Culture);

    /// <summary>An amount in the policy's unit, with the unit's name: "2 AAMA points", "1 punto de la AAMA".</summary>
    /// <param name="amount">The amount, in the policy's unit.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The amount in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public string Amount(CreditAmount amount, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(policy);
        return AmountIn(amount, policy.Units.Unit, policy);
    }

    /// <summary>An amount with its own unit: "3 contact hours", "2 puntos de la AAMA".</summary>
    /// <param name="credit">The amount and its unit.</param>
    /// <param name="policy">The policy, whose names its own unit uses.</param>
    /// <returns>The amount in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public string Amount(Credit credit, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(policy);
        return AmountIn(credit.Amount, credit.Unit, policy);
    }

    /// <summary>An amount still needed, rounded up to the hundredth so that it is never less than the exact need: "0.84 NHA credits".</summary>
    /// <param name="amount">The exact amount needed, in the policy's unit.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The amount in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public string Need(CreditAmount amount, CredentialPolicy policy) => Amount(amount.RoundedUp, policy);

    /// <summary>An amount of money in dollars, written as the culture writes currency: "$65.00".</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The amount in words.</returns>
    public string Money(Money money)
    {
        var format = (NumberFormatInfo)Culture.NumberFormat.Clone();
        format.CurrencySymbol = "$";
        return money.Dollars.ToString("C2", format);
    }

    /// <summary>A category's name: "clinical", "clínica"; a category the resources do not know by its id.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name.</returns>
    public string CategoryName(Category category) => Find("Category." + category.Id) ?? category.Id ?? string.Empty;

    /// <summary>A kind of activity, in the plural as a sentence names it: "CPR cards", "las tarjetas de RCP (CPR)".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The kind in words.</returns>
    public string KindName(LearningActivityKind kind) => Find("Kind." + kind.Id) ?? Format("Kind.Other", kind.Id ?? string.Empty);

    /// <summary>A kind of activity, in the singular and without an article, as a label: "course", "tarjeta de RCP (CPR)"; a kind the resources do not know by its id.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The kind in words.</returns>
    public string KindLabel(LearningActivityKind kind) => Find("Kind." + kind.Id + ".One") ?? kind.Id ?? string.Empty;

    /// <summary>A length of time in minutes: "240 minutes", "1 minuto".</summary>
    /// <param name="minutes">The minutes.</param>
    /// <returns>The minutes in words.</returns>
    public string Minutes(decimal minutes) => Plural("Minutes", minutes == 1, minutes.ToString("0.##", Culture));

    /// <summary>Whether the person is a member of the body, as the fees depend on it: "member of the AAMA", "no es miembro de la AAMA".</summary>
    /// <param name="certification">The certification.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> is null.</exception>
    public string Membership(Certification certification)
    {
        Preconditions.CheckNotNull(certification);
        string key = certification.IsMember ? "Membership.Member" : "Membership.NotMember";
        string acronym = certification.Credential.Body.Acronym;
        return Find(key + "." + acronym) ?? Format(key, acronym);
    }

    /// <summary>What became of an activity's credit as a whole: "Counted", "Partly counted" or "Not counted".</summary>
    /// <param name="activity">The activity's decision.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public string Outcome(ActivityDecision activity)
    {
        Preconditions.CheckNotNull(activity);
        return Get(activity.CountedTotal.IsZero ? "Outcome.NotCounted" : activity.NotCounted.IsEmpty ? "Outcome.Counted" : "Outcome.PartlyCounted");
    }

    /// <summary>A finding's severity as a label: "Error", "Warning", "Information" ("Advertencia"…).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The label.</returns>
    public string SeverityName(FindingSeverity severity) => Capitalized(Get(severity switch
    {
        FindingSeverity.Error => "Finding.Error",
        FindingSeverity.Warning => "Finding.Warning",
        _ => "Finding.Info",
    }));

    /// <summary>A certifying body as a sentence names it: "the AAMA", "la AAMA", "el NCCT".</summary>
    /// <param name="body">The body.</param>
    /// <returns>The body in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public string Body(CertifyingBody body)
    {
        Preconditions.CheckNotNull(body);
        return Find("Body.The." + body.Acronym) ?? Format("Body.The", body.Acronym);
    }

    /// <summary>A status's name, as on a badge: "In progress", "En curso".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public string StatusName(CertificationStatus status) => status switch
    {
        CertificationStatus.RequirementsMet => Get("Status.RequirementsMet"),
        CertificationStatus.InProgress => Get("Status.InProgress"),
        CertificationStatus.WithinCeTimeLimit => Get("Status.WithinCeTimeLimit"),
        CertificationStatus.LapsedExamRequired => Get("Status.LapsedExamRequired"),
        CertificationStatus.Ineligible => Get("Status.Ineligible"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>What a deadline is: "Last day to recertify by CE".</summary>
    /// <param name="kind">The kind of deadline.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public string DeadlineName(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Expiration => Get("Deadline.Expiration"),
        DeadlineKind.LastCeDay => Get("Deadline.LastCeDay"),
        DeadlineKind.ExamApplication => Get("Deadline.ExamApplication"),
        DeadlineKind.ExamPass => Get("Deadline.ExamPass"),
        DeadlineKind.AnnualFee => Get("Deadline.AnnualFee"),
        DeadlineKind.LastReactivationDay => Get("Deadline.LastReactivationDay"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown deadline kind."),
    };

    /// <summary>What a next step asks the person to do: "Take the exam", "Presentar el examen".</summary>
    /// <param name="action">The action.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not defined.</exception>
    public string ActionName(NextAction action) => action switch
    {
        NextAction.Apply => Get("Action.Apply"),
        NextAction.EarnThenApply => Get("Action.EarnThenApply"),
        NextAction.Exam => Get("Action.Exam"),
        NextAction.Reactivate => Get("Action.Reactivate"),
        NextAction.None => Get("Action.None"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown next action."),
    };

    /// <summary>What a fee is for: "Recertification by CE", "Annual fee".</summary>
    /// <param name="kind">The kind of fee.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public string FeeName(FeeKind kind) => kind switch
    {
        FeeKind.CeRecertification => Get("Fee.CeRecertification"),
        FeeKind.Exam => Get("Fee.Exam"),
        FeeKind.Annual => Get("Fee.Annual"),
        FeeKind.Reactivation => Get("Fee.Reactivation"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fee kind."),
    };

    // ----- The status and what is still needed -----

    /// <summary>
    /// The status in plain sentences, with readable dates and what is still needed: "Current until 28
    /// February 2026 (97 days left). You still need 14 AAMA points in total." It says where the
    /// certification stands; what to do about it is <see cref="NextStep(CertificationEvaluation)"/>.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The headline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public string Headline(CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        var e = evaluation;
        var exam = e.Exam;
        var ce = e.RouteOf(RecertificationRoute.ContinuingEducation);
        return e.Status switch
        {
            CertificationStatus.RequirementsMet when e.AsOf <= e.ExpiresOn => Format("Headline.Met.Current", Date(e.ExpiresOn), DaysLeft(e)),
            CertificationStatus.RequirementsMet => Format("Headline.Met.Expired", Date(e.ExpiresOn)),
            CertificationStatus.InProgress => Format("Headline.InProgress", Date(e.ExpiresOn), DaysLeft(e), Shortfalls(e)),
            CertificationStatus.WithinCeTimeLimit when e.RouteOf(RecertificationRoute.Reactivation) is { IsOpen: true } reactivation =>
                Format("Headline.Within.Reactivation", Date(e.ExpiresOn), Date(reactivation.LastDay!.Value), Shortfalls(e), Lookback(e)),
            CertificationStatus.WithinCeTimeLimit when ce is { CanSucceed: false } =>
                Format("Headline.Within.WindowEnded", Date(e.ExpiresOn), Date(e.Window.End), Shortfalls(e)),
            CertificationStatus.WithinCeTimeLimit => Format("Headline.Within", Date(e.ExpiresOn), Shortfalls(e), Date(e.LastCeDay)),
            CertificationStatus.LapsedExamRequired => exam is null
                ? Format(e.RouteOf(RecertificationRoute.Reactivation) is null ? "Headline.Lapsed" : "Headline.Lapsed.Reactivation", Date(e.LastCeDay))
                : Format("Headline.Lapsed.Attempts", Date(e.LastCeDay), AttemptsLeft(exam)),
            CertificationStatus.Ineligible => Format("Headline.Ineligible", Math.Min(exam?.FailedAttempts ?? 0, exam?.MaxAttempts ?? 0), exam?.MaxAttempts ?? 0)
                + (exam is null ? string.Empty : " " + Format("Next.WayBack", WayBackText(exam.Rule))),
            _ => throw new ArgumentOutOfRangeException(nameof(evaluation), e.Status, "Unknown status."),
        };
    }

    /// <summary>The headline, preceded by the reasons the answer cannot be relied on when it cannot (<see cref="CertificationEvaluation.IsReliable"/>).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The explanation of the status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public string StatusExplanation(CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        string headline = Headline(evaluation);
        return evaluation.IsReliable ? headline
            : string.Join(" ", evaluation.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(Finding).Append(headline));
    }

    /// <summary>What is still needed, in one sentence: "You still need 10 AAMA points in total and 4 AAMA points in the clinical category."</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public string StillNeeded(CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        return evaluation.Requirements.All(r => r.IsMet) ? Get("StillNeeded.Nothing") : Format("StillNeeded", Shortfalls(evaluation));
    }

    /// <summary>
    /// The plan as a list a person can work through: the total still needed, then what of it must be in a
    /// category or approved by the body ("including at least 4 AAMA points in the clinical category");
    /// empty when the next step earns no credit (<see cref="NextAction.EarnThenApply"/> or
    /// <see cref="NextAction.Reactivate"/>) or nothing more is needed. Amounts are rounded up.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public ImmutableArray<string> PlanItems(CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        var plan = evaluation.Plan;
        var policy = evaluation.Policy;
        if (plan.IsEmpty || evaluation.NextStep.Action is not (NextAction.EarnThenApply or NextAction.Reactivate))
        {
            return [];
        }
        var items = ImmutableArray.CreateBuilder<string>();
        items.Add(Format("Plan.Total", Need(plan.Total, policy)));
        foreach (var need in plan.ByCategory)
        {
            items.Add(Format("Plan.Category", Need(need.Amount, policy), CategoryPhrase(need.Category)));
        }
        if (!plan.Approved.IsZero)
        {
            items.Add(Format("Plan.Approved", Need(plan.Approved, policy), Approval(evaluation.Credential.Body, approved: true)));
        }
        return items.ToImmutable();
    }

    /// <summary>
    /// The next step in sentences, read from <see cref="CertificationEvaluation.NextStep"/>: what to do and by
    /// when ("Complete 14 AAMA points and apply to recertify by CE by 28 February 2026 (in 3 months)."), with
    /// what a person must know to do it: how long the credential stays current, which credit still counts,
    /// the exam attempts left, and where no route is left, the way back.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public string NextStep(CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        var e = evaluation;
        var step = e.NextStep;
        var asOf = e.AsOf;
        string When(LocalDate date) => Distance(asOf, date);
        LocalDate Arg(ArgumentKey<LocalDate> key) => step.Arguments.Get(key);
        string needed = Need(e.Plan.Total, e.Policy);
        switch (step.Code)
        {
            case RouteCodes.ApplyByExpiration:
            {
                string sentence = Format("Next.ApplyByExpiration", Date(Arg(ArgumentKeys.ApplyBy)), When(Arg(ArgumentKeys.ApplyBy)));
                var lastCeDay = Arg(ArgumentKeys.LastCeDay);
                return lastCeDay > e.ExpiresOn
                    ? sentence + " " + Format("Next.ApplyLater", Date(lastCeDay), Date(e.ExpiresOn.PlusDays(1)))
                    : sentence;
            }
            case RouteCodes.ApplyWhileExpired:
                return Format("Next.ApplyWhileExpired", Date(Arg(ArgumentKeys.ApplyBy)), When(Arg(ArgumentKeys.ApplyBy)), Date(e.ExpiresOn));
            case RouteCodes.EarnThenApplyByExpiration:
            case RouteCodes.EarnThenApplyWhileExpired:
            {
                var earnBy = Arg(ArgumentKeys.EarnBy);
                var applyBy = Arg(ArgumentKeys.ApplyBy);
                string sentence = earnBy >= applyBy
                    ? Format("Next.EarnThenApply", needed, Date(applyBy), When(applyBy))
                    : Format("Next.EarnThenApply.Separate", needed, Date(earnBy), When(earnBy), Date(applyBy));
                if (step.Code == RouteCodes.EarnThenApplyWhileExpired)
                {
                    sentence += " " + Format("Next.StaysExpired", Date(e.ExpiresOn), Date(e.Window.Start));
                }
                return sentence;
            }
            case RouteCodes.ExamWithoutLapse:
                return Format("Next.ExamWithoutLapse", Date(step.By!.Value), When(step.By.Value), Date(Arg(ArgumentKeys.ApplyBy))) + Attempts(e);
            case RouteCodes.ExamOpen:
                return (e.RouteOf(RecertificationRoute.ContinuingEducation) is { Code: RouteCodes.CeWindowEnded }
                    ? Format("Next.Exam.WindowEnded", Date(e.Window.End))
                    : Get("Next.Exam")) + Attempts(e);
            case RouteCodes.ExamAfterLapse:
                return Format(e.RouteOf(RecertificationRoute.Reactivation) is null ? "Next.Exam.Lapsed" : "Next.Exam.Lapsed.Reactivation", Date(e.LastCeDay)) + Attempts(e);
            case RouteCodes.Reactivate:
                return Format("Next.Reactivate", Lookback(e), Date(Arg(ArgumentKeys.WindowStart)), Date(Arg(ArgumentKeys.ApplyBy)), When(Arg(ArgumentKeys.ApplyBy)));
            case RouteCodes.EarnThenReactivate:
                return Format("Next.EarnThenReactivate", needed, Date(Arg(ArgumentKeys.ApplyBy)), When(Arg(ArgumentKeys.ApplyBy)), Lookback(e), Date(Arg(ArgumentKeys.WindowStart)));
            case RouteCodes.NoRouteAttemptsExhausted:
                return e.Exam is { } exam
                    ? Capitalized(WayBackText(exam.Rule))
                    : Format("Next.NoRoute", step.Arguments.Get(ArgumentKeys.FailedAttempts), step.Arguments.Get(ArgumentKeys.MaxAttempts));
            default:
                return Format("Next.NoRouteCanSucceed", Date(e.LastCeDay));
        }
    }

    /// <summary>
    /// The next step in a few words with its date, for a summary line or a cell: "Earn 14 AAMA points and apply
    /// by 28 February 2026", "Take the exam", "No route left".
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public string NextStepBrief(CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        var step = evaluation.NextStep;
        string by = step.By is { } date ? Date(date) : string.Empty;
        return step.Action switch
        {
            NextAction.Apply => Format("Brief.Apply", by),
            NextAction.EarnThenApply => Format("Brief.EarnThenApply", Need(evaluation.Plan.Total, evaluation.Policy), by),
            NextAction.Exam when step.By is not null => Format("Brief.Exam.By", by),
            NextAction.Exam => Get("Brief.Exam"),
            NextAction.Reactivate when evaluation.Plan.IsEmpty => Format("Brief.Reactivate", by),
            NextAction.Reactivate => Format("Brief.EarnThenReactivate", Need(evaluation.Plan.Total, evaluation.Policy), by),
            _ => Get("Brief.None"),
        };
    }

    /// <summary>
    /// One route in a line, read from its <see cref="RouteState"/>: "By CE: open until 29 May 2026; credit
    /// completed by 28 February 2026 counts." A closed route says why it closed, with the date that closed it.
    /// </summary>
    /// <param name="route">The route's state.</param>
    /// <param name="evaluation">The evaluation it belongs to.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string RouteLine(RouteState route, CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(route);
        Preconditions.CheckNotNull(evaluation);
        var e = evaluation;
        LocalDate Arg(ArgumentKey<LocalDate> key) => route.Arguments.Get(key);
        // The attempts left are said once: with the next step when it is the exam, else with the exam route.
        string attempts = e.NextStep.Route == RecertificationRoute.Exam ? string.Empty : Attempts(e);
        string state = route.Code switch
        {
            RouteCodes.CeMet => Format("Route.CeMet", Date(Arg(ArgumentKeys.LastDay))),
            RouteCodes.CeCanSucceed => Format("Route.CeCanSucceed", Date(Arg(ArgumentKeys.LastDay)), Date(Arg(ArgumentKeys.EarnBy))),
            RouteCodes.CeWindowEnded => Format("Route.CeWindowEnded", Date(Arg(ArgumentKeys.WindowEnd))),
            RouteCodes.CeTimeLimitPassed => Format("Route.CeTimeLimitPassed", Date(Arg(ArgumentKeys.LastDay))),
            RouteCodes.CeEndedAtExpiration => Format("Route.CeEndedAtExpiration", Date(Arg(ArgumentKeys.LastDay))),
            RouteCodes.ExamWithoutLapse => Format("Route.ExamWithoutLapse", Date(Arg(ArgumentKeys.PassBy)), Date(Arg(ArgumentKeys.ApplyBy))) + attempts,
            RouteCodes.ExamOpen => Get("Route.ExamOpen") + attempts,
            RouteCodes.ExamAfterLapse => Format("Route.ExamAfterLapse", Date(Arg(ArgumentKeys.LastCeDay))) + attempts,
            RouteCodes.ExamOnlyAfterLapse => Format("Route.ExamOnlyAfterLapse", Date(Arg(ArgumentKeys.LastCeDay))),
            RouteCodes.ReactivationNotYet => Format("Route.ReactivationNotYet", Date(Arg(ArgumentKeys.ExpiresOn))),
            RouteCodes.ReactivationMet => Format("Route.ReactivationMet", Date(Arg(ArgumentKeys.LastDay)), Lookback(e)),
            RouteCodes.ReactivationCanSucceed => Format("Route.ReactivationCanSucceed", Date(Arg(ArgumentKeys.LastDay)), Lookback(e)),
            RouteCodes.ReactivationLimitPassed => Format("Route.ReactivationLimitPassed", Date(Arg(ArgumentKeys.LastDay))),
            RouteCodes.AttemptsExhausted => Format("Route.AttemptsExhausted", route.Arguments.Get(ArgumentKeys.FailedAttempts), route.Arguments.Get(ArgumentKeys.MaxAttempts)),
            _ => Get("Route.Other"),
        };
        return Format("Route.Line", RouteName(route.Route), state);
    }

    /// <summary>A route's name: "By CE", "By exam", "Reactivation".</summary>
    /// <param name="route">The route.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="route"/> is not defined.</exception>
    public string RouteName(RecertificationRoute route) => route switch
    {
        RecertificationRoute.ContinuingEducation => Get("Route.Name.Ce"),
        RecertificationRoute.Exam => Get("Route.Name.Exam"),
        RecertificationRoute.Reactivation => Get("Route.Name.Reactivation"),
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Unknown route."),
    };

    /// <summary>
    /// How far a date is from the as-of date, in the units a person uses: "today", "tomorrow" is "in 1 day",
    /// "in 45 days", then months and years ("in 3 months", "in 6 years and 5 months", "2 years ago"); the
    /// date itself is always written beside it.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="date">The date.</param>
    /// <returns>The distance in words.</returns>
    public string Distance(LocalDate asOf, LocalDate date)
    {
        int days = NodaTime.Period.DaysBetween(asOf, date);
        if (Math.Abs(days) <= 60)
        {
            return Days(days);
        }
        return Format(days > 0 ? "Distance.Ahead" : "Distance.Ago", YearsAndMonths(asOf, date, out _));
    }

    /// <summary>The whole years and months between two dates in either order ("6 years and 5 months"), and whether that is a single one of them.</summary>
    private string YearsAndMonths(LocalDate from, LocalDate to, out bool single)
    {
        var between = from <= to ? NodaTime.Period.Between(from, to, PeriodUnits.YearMonthDay) : NodaTime.Period.Between(to, from, PeriodUnits.YearMonthDay);
        var parts = new List<string>(2);
        AddPart(parts, "Period.Year", between.Years);
        AddPart(parts, "Period.Month", between.Months);
        single = parts.Count == 1 && (between.Years == 1 || between.Months == 1);
        return List(parts, "List.And");
    }

    /// <summary>Where the exam route stands: "Exam: 1 of 3 attempts failed, 2 left."</summary>
    /// <param name="exam">The exam standing.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exam"/> is null.</exception>
    public string ExamStanding(ExamStanding exam)
    {
        Preconditions.CheckNotNull(exam);
        return exam.FailedAttempts == 0
            ? Plural("Exam.Available", exam.MaxAttempts == 1, exam.MaxAttempts)
            : Format("Exam.Standing", exam.FailedAttempts, exam.MaxAttempts, exam.AttemptsLeft);
    }

    // ----- Requirements -----

    /// <summary>A requirement's name: "Total", "Clinical category", "Approved by the AAMA", "CPR cards".</summary>
    /// <param name="requirement">The requirement's outcome.</param>
    /// <param name="policy">The policy it belongs to.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string RequirementName(RequirementOutcome requirement, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(requirement);
        Preconditions.CheckNotNull(policy);
        return requirement.Rule switch
        {
            TotalMinimum => Get("Requirement.Total"),
            ApprovedMinimum => Capitalized(Approval(policy.Credential.Body, approved: true)),
            CategoryMinimum byCategory => Capitalized(Format("Requirement.Category", CategoryName(byCategory.Category))),
            NonApprovedCap => Format("Requirement.NonApprovedLimit", Approval(policy.Credential.Body, approved: false)),
            CprCardRule => Get("Requirement.CprCards"),
            _ => Get("Requirement.Other"),
        };
    }

    /// <summary>What a requirement asks: "at least 60 AAMA points", or for a limit "at most 12 AAMA points".</summary>
    /// <param name="requirement">The requirement's outcome.</param>
    /// <param name="policy">The policy it belongs to.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string RequirementTarget(RequirementOutcome requirement, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(requirement);
        return Format(requirement.IsCap ? "Requirement.AtMost" : "Requirement.AtLeast", Amount(requirement.Required, policy));
    }

    /// <summary>How far a requirement is: "46 of 60 AAMA points".</summary>
    /// <param name="requirement">The requirement's outcome.</param>
    /// <param name="policy">The policy it belongs to.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string RequirementProgress(RequirementOutcome requirement, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(requirement);
        return Format("Requirement.Progress", Number(requirement.Counted), Amount(requirement.Required, policy));
    }

    /// <summary>
    /// A requirement's result: "Met", "14 AAMA points still needed" (while the next step earns credit),
    /// "Short by 14 AAMA points", "Within the limit", "Limit reached: 2 AAMA points above it did not count".
    /// </summary>
    /// <param name="requirement">The requirement's outcome.</param>
    /// <param name="evaluation">The evaluation it belongs to.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string RequirementResult(RequirementOutcome requirement, CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(requirement);
        Preconditions.CheckNotNull(evaluation);
        var policy = evaluation.Policy;
        bool ceRouteOpen = evaluation.NextStep.Action is NextAction.EarnThenApply or NextAction.Reactivate;
        return requirement switch
        {
            { IsCap: true, Excluded.IsZero: true } => Get("Requirement.WithinLimit"),
            { IsCap: true } => Format("Requirement.LimitReached", Amount(requirement.Excluded, policy)),
            { IsMet: true } => Get("Requirement.Met"),
            _ when ceRouteOpen => Format("Requirement.StillNeeded", Need(requirement.Shortfall, policy)),
            _ => Format("Requirement.ShortBy", Need(requirement.Shortfall, policy)),
        };
    }

    // ----- Deadlines and fees -----

    /// <summary>A deadline in one line: "Last day to recertify by CE: 28 February 2026 (in 90 days)".</summary>
    /// <param name="deadline">The deadline.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
    public string Deadline(Deadline deadline)
    {
        Preconditions.CheckNotNull(deadline);
        return Format("Deadline.Line", DeadlineName(deadline.Kind), Date(deadline.Date), Distance(deadline.Date.PlusDays(-deadline.DaysFromAsOf), deadline.Date));
    }

    /// <summary>
    /// The deadlines a person reads: those that still apply (<see cref="Deadline.Applies"/>: ahead, on a route
    /// that is open and can still succeed, or an obligation still due), those of the next step's route first,
    /// each group in date order. A date that no longer applies is not listed; where it explains why a route
    /// closed, <see cref="RouteLine(RouteState, CertificationEvaluation)"/> says it.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The deadlines that apply, reordered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static ImmutableArray<Deadline> DeadlinesByRoute(CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        var route = evaluation.NextStep.Route;
        bool First(Deadline d) => d.Route is null || d.Route == route;
        return [.. evaluation.Deadlines.Where(d => d.Applies && First(d)), .. evaluation.Deadlines.Where(d => d.Applies && !First(d))];
    }

    /// <summary>A fee due in one line, with the price that applies: "Recertification by CE (member price): $65.00".</summary>
    /// <param name="fee">The fee.</param>
    /// <param name="evaluation">The evaluation it belongs to.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Fee(FeeDue fee, CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(fee);
        Preconditions.CheckNotNull(evaluation);
        return Format("Fee.Line", FeeName(fee.Kind), Get(evaluation.Certification.IsMember ? "Fee.Member" : "Fee.NonMember"), Money(fee.Amount));
    }

    /// <summary>The words for a fee or rule that no source of the body itself confirms ("not yet confirmed by the AMT"), or null when the body confirms it.</summary>
    /// <param name="source">The rule's source.</param>
    /// <param name="body">The body whose rule it is.</param>
    /// <returns>The words, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string? Unconfirmed(RuleSource source, CertifyingBody body)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(body);
        return source.Confirmed ? null : Format("Source.Unconfirmed", Body(body));
    }

    /// <summary>The words for the answer when there is no fee on the route that applies.</summary>
    /// <returns>The sentence.</returns>
    public string NoFee() => Get("Fee.None");

    // ----- Activities -----

    /// <summary>Why credit did not count, in a few words, per decision code: "Too short", "Not counted by the NHA".</summary>
    /// <param name="credit">The credit not counted.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credit"/> is null.</exception>
    public string ReasonLabel(NotCountedCredit credit)
    {
        Preconditions.CheckNotNull(credit);
        return Capitalized(Find(credit.Code + ".Label") is { } label ? string.Format(Culture, label, Body(credit.Policy.Credential.Body)) : Get("Decision.Other.Label"));
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
        string notApproved = Approval(policy.Credential.Body, approved: false);
        string sentence = credit.Code switch
        {
            DecisionCodes.AfterAsOf => Format("after-as-of.Sentence", Date(a.Get(ArgumentKeys.CompletedOn)), Date(a.Get(ArgumentKeys.AsOf))),
            DecisionCodes.OutsideWindow => Format("outside-window.Sentence", Date(a.Get(ArgumentKeys.CompletedOn)), Date(a.Get(ArgumentKeys.WindowStart)), Date(a.Get(ArgumentKeys.WindowEnd))),
            DecisionCodes.DuplicateId => Get("duplicate-id.Sentence"),
            DecisionCodes.DuplicateContent => Get("duplicate-content.Sentence"),
            DecisionCodes.KindNotAccepted => Format("kind-not-accepted.Sentence", body, KindName(a.Get(ArgumentKeys.Kind))),
            DecisionCodes.CprCardValidity => a.Any(x => x.Name == "validMonths")
                ? Format("cpr-card-validity.Sentence", Months(a.Get(ArgumentKeys.ValidMonths)), Months(a.Get(ArgumentKeys.RequiredValidMonths)), CardCredit(a.Get(ArgumentKeys.CreditPerCard), policy))
                : Format("cpr-card-validity.Undocumented", Months(a.Get(ArgumentKeys.RequiredValidMonths)), CardCredit(a.Get(ArgumentKeys.CreditPerCard), policy)),
            DecisionCodes.CprOverCap => Format("cpr-over-cap.Sentence", a.Get(ArgumentKeys.MaxCards), Amount(a.Get(ArgumentKeys.Limit), policy)),
            DecisionCodes.UnknownUnit => UnknownUnit(a.Get(ArgumentKeys.StatedUnits), policy, body),
            DecisionCodes.AfterCutoff => Format("after-cutoff.Sentence", Date(a.Get(ArgumentKeys.CompletedOn)), KindName(a.Get(ArgumentKeys.Kind)), Date(a.Get(ArgumentKeys.LastDay))),
            DecisionCodes.RecurringRepeat => Format("recurring-repeat.Sentence", Date(a.Get(ArgumentKeys.RepeatedOn)), Period(a.Get(ArgumentKeys.CountsOncePer) ?? NodaTime.Period.Zero)),
            DecisionCodes.SelfStudyNoPurchaseDate => Format("self-study-no-purchase-date.Sentence", Period(a.Get(ArgumentKeys.CompleteWithin) ?? NodaTime.Period.Zero)),
            DecisionCodes.SelfStudyLate => Format("self-study-late.Sentence", Date(a.Get(ArgumentKeys.CompletedOn)), Date(a.Get(ArgumentKeys.LastDay)),
                Period(a.Get(ArgumentKeys.CompleteWithin) ?? NodaTime.Period.Zero), Date(a.Get(ArgumentKeys.PurchasedOn))),
            DecisionCodes.UnknownCategory => Format("unknown-category.Sentence", a.Get(ArgumentKeys.Category).Id ?? string.Empty, body, Categories(policy)),
            DecisionCodes.NoCategory => Format("no-category.Sentence", body, Categories(policy)),
            DecisionCodes.TimeLimit => Format("time-limit.Sentence", Minutes(a.Get(ArgumentKeys.Minutes)), Amount(a.Get(ArgumentKeys.Supported), policy),
                Amount(CreditAmount.FromUnits(1), policy), Minutes(a.Get(ArgumentKeys.MinutesPerUnit)), Amount(a.Get(ArgumentKeys.Claimed), policy)),
            DecisionCodes.NoDuration => Format("no-duration.Sentence", notApproved, Minutes(a.Get(ArgumentKeys.MinimumMinutes))),
            DecisionCodes.TooShort => Format("too-short.Sentence", Minutes(a.Get(ArgumentKeys.Minutes)), notApproved, Minutes(a.Get(ArgumentKeys.MinimumMinutes))),
            DecisionCodes.DurationLimit => Format(a.Get(ArgumentKeys.ImpliedByUnits) ? "duration-limit.FromUnits" : "duration-limit.Sentence",
                Minutes(a.Get(ArgumentKeys.Minutes)), Amount(a.Get(ArgumentKeys.Supported), policy), Amount(CreditAmount.FromUnits(1), policy),
                Minutes(a.Get(ArgumentKeys.MinutesPerUnit)), Amount(a.Get(ArgumentKeys.Claimed), policy)),
            DecisionCodes.NonApprovedOverCap => Format("non-approved-over-cap.Sentence", Amount(a.Get(ArgumentKeys.Limit), policy), notApproved),
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
        string toward = credit.Category is { } category ? CategoryPhrase(category) : Get("Counted.Total");
        if (DistinguishesApproval(policy))
        {
            toward = Format("Counted.WithApproval", toward, Approval(policy.Credential.Body, credit.Approved));
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
                policy.CprCards is { } cards ? Format("card-lines-unused.InCategory", CategoryPhrase(cards.Category)) : string.Empty),
            DecisionCodes.ConvertedFromDuration => Format("converted-from-duration.Sentence", Minutes(a.Get(ArgumentKeys.Minutes)), Amount(CreditAmount.FromUnits(1), policy),
                Minutes(a.Get(ArgumentKeys.MinutesPerUnit)), Amount(a.Get(ArgumentKeys.Credit), policy)),
            DecisionCodes.ConvertedFromUnit => ConvertedFromUnit(a.Get(ArgumentKeys.From), policy),
            DecisionCodes.OtherUnits => Plural("other-units.Sentence", a.Get(ArgumentKeys.Count) == 1, body, a.Get(ArgumentKeys.Count)),
            DecisionCodes.UntitledRecurring => policy.RecurringTraining is { } recurring
                ? Format("untitled-recurring.Sentence", Period(recurring.CountsOncePer))
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

    // ----- The certification as a whole -----

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

    /// <summary>
    /// A finding in a sentence of this language, from its code and arguments, with the place in plain words
    /// (<see cref="FindingExplainer.Sentence(CeuRules.Finding)"/>).
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string Finding(Finding finding) =>
        (ReferenceEquals(this, Messages) ? FindingExplainer.Messages : FindingExplainer.For(Culture)).Sentence(finding);

    /// <summary>An error finding about a certification's own date, with its dates as arguments.</summary>
    internal static Finding CertificationFinding(string code, LocalDate certifiedOn, LocalDate asOf) => code == FindingCodes.CertifiedAfterAsOf.Id
        ? new Finding(FindingCodes.CertifiedAfterAsOf, FindingSeverity.Error, "certifiedOn", ("certifiedOn", Words.Iso(certifiedOn)), ("asOf", Words.Iso(asOf)))
        : new Finding(FindingCodes.ImplausibleCertificationDate, FindingSeverity.Error, "certifiedOn",
            ("certifiedOn", Words.Iso(certifiedOn)), ("asOf", Words.Iso(asOf)), ("earliest", Words.Iso(Certification.EarliestPlausibleDate)));

    // ----- Course recommendations -----

    /// <summary>
    /// A recommendation's reason in a sentence, from its code and typed arguments (see <see cref="RecommendationCodes"/>):
    /// why a course was not chosen ("The catalog states no price for it, …") or why a requirement stays uncovered
    /// ("The catalogs offer too little credit in the administrative category: 8 AAMA points would still be missing.").
    /// Amounts still missing are rounded up to the hundredth; no id is named.
    /// </summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public string Reason(RecommendationReason reason)
    {
        Preconditions.CheckNotNull(reason);
        string key = "Recommendation." + reason.Code;
        if (Find(key) is null)
        {
            return Get("Recommendation.Other");
        }
        string sentence = reason.Code switch
        {
            RecommendationCodes.RefusedByBody => Format(key, BodyOf(reason.Argument("credential")), CredentialName(reason.Argument("credential"))),
            RecommendationCodes.NotApprovedCapReached => Format(key, BodyOf(reason.Argument("credential")), CredentialName(reason.Argument("credential")), CreditWords(reason.Argument("limit"))),
            RecommendationCodes.NotOptimal => Format(key, ObjectiveName(ObjectiveOf(reason.Argument("objective")))),
            RecommendationCodes.Lapsed => Format(key, CredentialName(reason.Argument("credential")), reason.Argument("lastCeDay") is LocalDate day ? Date(day) : string.Empty),
            RecommendationCodes.Ineligible => Format(key, CredentialName(reason.Argument("credential"))),
            RecommendationCodes.OutsideWindow => Format(key, CredentialName(reason.Argument("credential")),
                reason.Argument("start") is LocalDate start ? Date(start) : string.Empty, reason.Argument("end") is LocalDate end ? Date(end) : string.Empty),
            RecommendationCodes.CategoryNotSupplied => Format(key,
                reason.Argument("category") is Category category ? CategoryPhrase(category) : string.Empty, CreditWords(reason.Argument("shortfall"))),
            RecommendationCodes.ApprovedNotSupplied or RecommendationCodes.TotalNotSupplied => Format(key, CreditWords(reason.Argument("shortfall"))),
            RecommendationCodes.NonApprovedCapReached => Format(key, CreditWords(reason.Argument("shortfall")), CreditWords(reason.Argument("limit"))),
            RecommendationCodes.NoPrice when reason.Argument("credential") is not null => Format(key + ".Uncovered", CredentialName(reason.Argument("credential"))),
            RecommendationCodes.DuplicateOfTranscript or RecommendationCodes.DuplicateOfCourse => Format(key, BodyOf(reason.Argument("credential")), CredentialName(reason.Argument("credential"))),
            RecommendationCodes.RecurringCounted => Format(reason.Argument("chosen") is true ? key + ".Chosen" : key, BodyOf(reason.Argument("credential")),
                Period(reason.Argument("countsOncePer") as Period ?? NodaTime.Period.Zero), reason.Argument("repeatedOn") is LocalDate on ? Date(on) : string.Empty),
            RecommendationCodes.AlreadyMet or RecommendationCodes.RouteClosed => NextStepReason(key, reason),
            _ => Get(key),
        };
        return Capitalized(sentence);
    }

    /// <summary>A certification's reason read from the engine's next step: the sentence for its action, with its last day when it has one.</summary>
    private string NextStepReason(string key, RecommendationReason reason)
    {
        var by = reason.Argument("by") as LocalDate?;
        string specific = $"{key}.{reason.Argument("action")}{(by is null ? ".NoDate" : string.Empty)}";
        return Format(Find(specific) is null ? key : specific, CredentialName(reason.Argument("credential")), by is { } day ? Date(day) : string.Empty);
    }

    /// <summary>A recommendation's code, a reason's or a finding's (see <see cref="RecommendationCodes"/>), as a short label: "No price", "Sin precio"; a code the resources do not know as "Other reason".</summary>
    /// <param name="code">The code.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public string RecommendationLabel(string code)
    {
        Preconditions.CheckNotNull(code);
        return Find("Recommendation.Label." + code) ?? Get("Recommendation.Label.Other");
    }

    /// <summary>What a recommendation minimises first, as a phrase: "the lowest cost", "el menor tiempo".</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The phrase.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is not defined.</exception>
    public string ObjectiveName(RecommendationObjective objective) => objective switch
    {
        RecommendationObjective.Cost => Get("Recommendation.Objective.Cost"),
        RecommendationObjective.Time => Get("Recommendation.Objective.Time"),
        RecommendationObjective.Courses => Get("Recommendation.Objective.Courses"),
        _ => throw new ArgumentOutOfRangeException(nameof(objective), objective, "Unknown objective."),
    };

    /// <summary>How far the solver got, as a label: "Proven optimal", "Not proven optimal", "Nothing to take", "No selection found".</summary>
    /// <param name="status">The solve status.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public string SolveStatusName(RecommendationSolveStatus status) => Get(SolveStatusKey(status));

    /// <summary>How far the solver got, in a sentence that says what it means for the reader ("Not proven optimal: the time limit ran out; …").</summary>
    /// <param name="status">The solve status.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public string SolveStatus(RecommendationSolveStatus status) => Get(SolveStatusKey(status) + ".Sentence");

    /// <summary>A recommendation's title: "Courses to take as of 28 February 2026, for the lowest cost".</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recommendation"/> is null.</exception>
    public string RecommendationTitle(Recommendation recommendation)
    {
        Preconditions.CheckNotNull(recommendation);
        return Format("Recommendation.Title", Date(recommendation.AsOf), ObjectiveName(recommendation.Objective));
    }

    /// <summary>What a chosen course earns toward one requirement: "2 AAMA points toward the clinical category (not approved by the AAMA)"; approval is named only for credit not approved, and only for a body whose rules distinguish it.</summary>
    /// <param name="credit">What the course earns.</param>
    /// <param name="policy">The credential's policy (for example <see cref="CertificationOutlook.EvaluationAfter"/>'s), whose unit names and approval rules are used.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Earned(RecommendedCredit credit, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(credit);
        Preconditions.CheckNotNull(policy);
        string toward = credit.Category is { } category ? CategoryPhrase(category) : Get("Counted.Total");
        if (!credit.Approved && DistinguishesApproval(policy))
        {
            toward = Format("Counted.WithApproval", toward, Approval(policy.Credential.Body, approved: false));
        }
        return Format("Recommendation.Earns", Amount(new Credit(credit.Amount, credit.Unit), policy), toward);
    }

    // ----- Helpers -----

    private static string SolveStatusKey(RecommendationSolveStatus status) => status switch
    {
        RecommendationSolveStatus.NothingNeeded => "Recommendation.Solve.NothingNeeded",
        RecommendationSolveStatus.Optimal => "Recommendation.Solve.Optimal",
        RecommendationSolveStatus.Feasible => "Recommendation.Solve.Feasible",
        RecommendationSolveStatus.Unknown => "Recommendation.Solve.Unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown solve status."),
    };

    private static RecommendationObjective ObjectiveOf(object? id) => (id as string) switch
    {
        "time" => RecommendationObjective.Time,
        "courses" => RecommendationObjective.Courses,
        _ => RecommendationObjective.Cost,
    };

    /// <summary>A credential as a sentence names it after an article: its acronym ("CMA").</summary>
    private static string CredentialName(object? credential) => credential is Credential c ? c.Acronym : string.Empty;

    /// <summary>A credential's body as a sentence names it: "the AAMA".</summary>
    private string BodyOf(object? credential) => credential is Credential c ? Body(c.Body) : string.Empty;

    /// <summary>An amount of credit with its unit's name and no policy at hand: "8 AAMA points"; a need is rounded up to the hundredth.</summary>
    private string CreditWords(object? credit, bool roundUp = true)
    {
        if (credit is not Credit c)
        {
            return string.Empty;
        }
        var amount = roundUp ? c.Amount.RoundedUp : c.Amount;
        string key = "Unit." + c.Unit.Id + (amount == CreditAmount.FromUnits(1) ? ".One" : ".Other");
        return Number(amount) + " " + (Find(key) ?? c.Unit.Id ?? string.Empty);
    }


    /// <summary>Whether the words are English, where text the policy states in English (what happens when the exam attempts run out, another finding's message) can be quoted as it is.</summary>
    private bool SpeaksEnglish => Culture.TwoLetterISOLanguageName is "en" or "iv";

    /// <summary>"approved by the AAMA" or "not approved by the AAMA", agreeing with whatever it follows in either language.</summary>
    private string Approval(CertifyingBody body, bool approved)
    {
        string key = approved ? "Body.Approved" : "Body.NotApproved";
        return Find(key + "." + body.Acronym) ?? Format(key, body.Acronym);
    }

    private static LocalDate? DateArgument(Finding finding, string name) =>
        finding.Arguments.TryGetValue(name, out var text) && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    private string Shortfalls(CertificationEvaluation e)
    {
        var policy = e.Policy;
        var parts = e.Requirements.Where(r => !r.IsMet).Select(r => r.Rule switch
        {
            TotalMinimum => Format("Need.Total", Need(r.Shortfall, policy)),
            ApprovedMinimum => Format("Need.Approved", Need(r.Shortfall, policy), Approval(policy.Credential.Body, approved: true)),
            CategoryMinimum byCategory => Format("Need.Category", Need(r.Shortfall, policy), CategoryPhrase(byCategory.Category)),
            _ => Format("Need.Other", Need(r.Shortfall, policy)),
        }).ToList();
        return List(parts, "List.And");
    }

    private string DaysLeft(CertificationEvaluation e)
    {
        int days = NodaTime.Period.DaysBetween(e.AsOf, e.ExpiresOn);
        if (days > 60)
        {
            string span = YearsAndMonths(e.AsOf, e.ExpiresOn, out bool single);
            return Plural("Distance.Left", single, span);
        }
        return days == 0 ? Get("Days.LastDay") : Plural("Days.Left", days == 1, days);
    }

    /// <summary>The exam attempts left, as a clause after a sentence (" You have 2 of 3 attempts left."), or nothing when the policy counts none.</summary>
    private string Attempts(CertificationEvaluation e) =>
        e.Exam is { } exam ? " " + Plural("Attempts.Sentence", exam.AttemptsLeft == 1, exam.AttemptsLeft, exam.MaxAttempts) : string.Empty;

    private string AttemptsLeft(ExamStanding exam) => Plural("Attempts.Left", exam.AttemptsLeft == 1, exam.AttemptsLeft, exam.MaxAttempts);

    /// <summary>The reactivation window's length ("3 years"), or the words for a window of another shape.</summary>
    private string Lookback(CertificationEvaluation e) =>
        e.Policy.ReactivationWindow?.Lookback is { } lookback ? Period(lookback) : Get("Lookback.Window");

    /// <summary>
    /// What happens once the exam attempts are used up, in the reader's language: the words of the built-in
    /// policy's rule from the resources when they have them, else the policy's own text (written in English).
    /// </summary>
    private string WayBackText(ExamRoute rule) => Find("WayBack." + rule.RuleId)
        ?? (rule.WhenExhaustedTranslations.TryGetValue(Culture.TwoLetterISOLanguageName, out var translated) ? translated : rule.WhenExhausted);

    private static bool DistinguishesApproval(CredentialPolicy policy) =>
        policy.NonApprovedCap is not null || policy.NonApprovedDuration is not null || policy.Requirements.Any(r => r is ApprovedMinimum);

    private string CategoryPhrase(Category category) => Format("Category.Phrase", CategoryName(category));

    private string Categories(CredentialPolicy policy) =>
        policy.Categories is { } rule ? List(rule.Categories.Select(CategoryName).ToList(), "List.And") : string.Empty;

    private string CardCredit(Credit credit, CredentialPolicy policy) =>
        policy.CprCards is { } cards ? Amount(credit, policy) + Format("card-lines-unused.InCategory", CategoryPhrase(cards.Category)) : Amount(credit, policy);

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

    /// <summary>Items joined as a list with "and" in this language.</summary>
    internal string ListAnd(IEnumerable<string> items) => List(items.ToList(), "List.And");

    private string AmountIn(CreditAmount amount, CreditUnit unit, CredentialPolicy policy) =>
        Number(amount) + " " + UnitName(unit, policy, plural: amount != CreditAmount.FromUnits(1));

    /// <summary>
    /// A unit's name: from the resources by unit id where the resources know the unit, unless the policy
    /// gives its own unit a name of its own (then that name, as given); an unknown unit by its id.
    /// </summary>
    private string UnitName(CreditUnit unit, CredentialPolicy policy, bool plural)
    {
        string suffix = plural ? ".Other" : ".One";
        string key = "Unit." + unit.Id + suffix;
        if (unit == policy.Units.Unit)
        {
            var rule = policy.Units;
            string? builtIn = Resources.GetString(key, CultureInfo.InvariantCulture);
            bool named = rule.PluralName != unit.Id;
            bool ownName = named && (builtIn is null || rule.PluralName != Resources.GetString("Unit." + unit.Id + ".Other", CultureInfo.InvariantCulture));
            if (ownName || builtIn is null)
            {
                return plural ? rule.PluralName : rule.SingularName;
            }
        }
        return Find(key) ?? unit.Id ?? string.Empty;
    }

    private string Months(int months) => Plural("Period.Month", months == 1, months);

    private void AddPart(List<string> parts, string key, long value)
    {
        if (value != 0)
        {
            parts.Add(Plural(key, value == 1, value));
        }
    }

    private string List(List<string> items, string conjunction) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => Format(conjunction, string.Join(Get("List.Separator"), items.Take(items.Count - 1)), items[^1]),
    };

    private string Plural(string key, bool one, params object[] arguments) => Format(key + (one ? ".One" : ".Other"), arguments);

    private string Capitalized(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : string.Concat(Culture.TextInfo.ToUpper(text[0]).ToString(), text.AsSpan(1));

    private string Format(string key, params object[] arguments) => string.Format(Culture, Get(key), arguments);

    private string Get(string key) => Find(key) ?? throw new InvalidOperationException($"The explanation resources have no '{key}'.");

    private string? Find(string key) => Resources.GetString(key, Culture);
}
