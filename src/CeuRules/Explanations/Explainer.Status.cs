using System;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>Where a certification stands and what to do next: the headline, what is still needed, the plan and the next step.</summary>
public sealed partial class Explainer
{
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
            CertificationStatus.InProgress => Plural("Headline.InProgress", ShortfallIsOne(e), Date(e.ExpiresOn), DaysLeft(e), Shortfalls(e)),
            CertificationStatus.WithinCeTimeLimit when e.RouteOf(RecertificationRoute.Reactivation) is { IsOpen: true } reactivation =>
                Plural("Headline.Within.Reactivation", ShortfallIsOne(e), Date(e.ExpiresOn), Date(reactivation.LastDay!.Value), Shortfalls(e), Lookback(e)),
            CertificationStatus.WithinCeTimeLimit when ce is { CanSucceed: false } =>
                Plural("Headline.Within.WindowEnded", ShortfallIsOne(e), Date(e.ExpiresOn), Date(e.Window.End), Shortfalls(e)),
            CertificationStatus.WithinCeTimeLimit => Plural("Headline.Within", ShortfallIsOne(e), Date(e.ExpiresOn), Shortfalls(e), Date(e.LastCeDay)),
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
        return evaluation.Requirements.All(r => r.IsMet) ? Get("StillNeeded.Nothing") : Plural("StillNeeded", ShortfallIsOne(evaluation), Shortfalls(evaluation));
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
            // Spanish says "de los cuales" once: the parts after the first join on with "y".
            items.Add(Format(items.Count > 1 ? "Plan.Category.Next" : Gendered("Plan.Category", policy), Need(need.Amount, policy), CategoryPhrase(need.Category, policy)));
        }
        if (!plan.Approved.IsZero)
        {
            items.Add(Format(items.Count > 1 ? "Plan.Approved.Next" : Gendered("Plan.Approved", policy), ApprovedAmount(plan.Approved.RoundedUp, policy, approved: true)));
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

    private string Shortfalls(CertificationEvaluation e)
    {
        var policy = e.Policy;
        var parts = e.Requirements.Where(r => !r.IsMet).Select(r => r.Rule switch
        {
            TotalMinimum => Format("Need.Total", Need(r.Shortfall, policy)),
            ApprovedMinimum => ApprovedAmount(r.Shortfall.RoundedUp, policy, approved: true),
            CategoryMinimum byCategory => Format("Need.Category", Need(r.Shortfall, policy), CategoryPhrase(byCategory.Category, policy)),
            _ => Format("Need.Other", Need(r.Shortfall, policy)),
        }).ToList();
        return List(parts, "List.And");
    }

    /// <summary>Whether what is still needed is a single amount of exactly one (as written, rounded up), so that the verb before it agrees: "Le falta 1 punto".</summary>
    private static bool ShortfallIsOne(CertificationEvaluation e)
    {
        var unmet = e.Requirements.Where(r => !r.IsMet).ToList();
        return unmet.Count == 1 && IsOne(unmet[0].Shortfall.RoundedUp);
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
}
