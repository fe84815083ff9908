using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>The one thing a person should do next (RULES.md, "Routes and the next step"). The JSON ids are listed on each value.</summary>
public enum NextAction
{
    /// <summary>The requirements are met: apply to recertify by CE (<c>apply</c>).</summary>
    Apply = 0,

    /// <summary>Earn the least plan, then apply to recertify by CE (<c>earn-then-apply</c>).</summary>
    EarnThenApply = 1,

    /// <summary>Take and pass the exam (<c>exam</c>).</summary>
    Exam = 2,

    /// <summary>Reactivate the expired credential, earning what the reactivation window still lacks (<c>reactivate</c>).</summary>
    Reactivate = 3,

    /// <summary>No route is open, or none can still succeed (<c>none</c>).</summary>
    None = 4,
}

/// <summary>
/// The stable codes of the routes' states (<see cref="RouteState.Code"/>) and of the next step
/// (<see cref="NextStep.Code"/>). docs/formats.md lists each code with its arguments.
/// </summary>
public static class RouteCodes
{
    /// <summary>Route: the exam attempts are used up, which closes every route (<c>failedAttempts</c>, <c>maxAttempts</c>).</summary>
    public const string AttemptsExhausted = "attempts-exhausted";

    /// <summary>CE route: open, and the requirements are met (<c>lastDay</c>, <c>expiresOn</c>).</summary>
    public const string CeMet = "ce-met";

    /// <summary>CE route: open, not met, and credit completed from the as-of date on still counts (<c>lastDay</c>, <c>earnBy</c>).</summary>
    public const string CeCanSucceed = "ce-can-succeed";

    /// <summary>CE route: open until the last CE day, but not met and the window has ended, so it cannot succeed (<c>windowEnd</c>, <c>lastDay</c>).</summary>
    public const string CeWindowEnded = "ce-window-ended";

    /// <summary>CE route: closed, the last CE day has passed (<c>lastDay</c>).</summary>
    public const string CeTimeLimitPassed = "ce-time-limit-passed";

    /// <summary>CE route: closed at expiration, where reactivation follows it (<c>lastDay</c>).</summary>
    public const string CeEndedAtExpiration = "ce-ended-at-expiration";

    /// <summary>Exam route: open with its dates to recertify without a gap still ahead (<c>applyBy</c>, <c>passBy</c>, <c>attemptsLeft</c>, <c>maxAttempts</c>).</summary>
    public const string ExamWithoutLapse = "exam-without-lapse";

    /// <summary>Exam route: open, but its dates to recertify without a gap have passed or do not exist (<c>attemptsLeft</c>, <c>maxAttempts</c>; <c>applyBy</c> and <c>passBy</c> when the body sets them).</summary>
    public const string ExamOpen = "exam-open";

    /// <summary>Exam route: open because the credential has lapsed (<c>lastCeDay</c>; <c>attemptsLeft</c>, <c>maxAttempts</c> when the policy counts attempts).</summary>
    public const string ExamAfterLapse = "exam-after-lapse";

    /// <summary>Exam route: closed until the credential lapses after the last CE day (<c>lastCeDay</c>).</summary>
    public const string ExamOnlyAfterLapse = "exam-only-after-lapse";

    /// <summary>Reactivation route: closed while the credential has not expired (<c>expiresOn</c>, <c>lastDay</c>).</summary>
    public const string ReactivationNotYet = "reactivation-not-yet";

    /// <summary>Reactivation route: open, and the reactivation window already holds the requirements (<c>lastDay</c>, <c>windowStart</c>).</summary>
    public const string ReactivationMet = "reactivation-met";

    /// <summary>Reactivation route: open, and credit completed from the as-of date on counts (<c>lastDay</c>, <c>windowStart</c>, <c>lookback</c>).</summary>
    public const string ReactivationCanSucceed = "reactivation-can-succeed";

    /// <summary>Reactivation route: closed, the last day to reactivate has passed (<c>lastDay</c>).</summary>
    public const string ReactivationLimitPassed = "reactivation-limit-passed";

    /// <summary>Next step: apply by expiration to stay current (<c>applyBy</c>, <c>lastCeDay</c>).</summary>
    public const string ApplyByExpiration = "apply-by-expiration";

    /// <summary>Next step: expired, apply by the last CE day (<c>applyBy</c>, <c>expiresOn</c>).</summary>
    public const string ApplyWhileExpired = "apply-while-expired";

    /// <summary>Next step: earn the plan, then apply by expiration (<c>earnBy</c>, <c>applyBy</c>, <c>needed</c>).</summary>
    public const string EarnThenApplyByExpiration = "earn-then-apply-by-expiration";

    /// <summary>Next step: expired, earn the plan and apply by the last CE day (<c>earnBy</c>, <c>applyBy</c>, <c>expiresOn</c>, <c>needed</c>).</summary>
    public const string EarnThenApplyWhileExpired = "earn-then-apply-while-expired";

    /// <summary>Next step: reactivate now, the reactivation window holds the requirements (<c>applyBy</c>, <c>windowStart</c>).</summary>
    public const string Reactivate = "reactivate";

    /// <summary>Next step: earn what the reactivation window lacks, then reactivate (<c>applyBy</c>, <c>windowStart</c>, <c>lookback</c>, <c>needed</c>).</summary>
    public const string EarnThenReactivate = "earn-then-reactivate";

    /// <summary>Next step: none, the exam attempts are used up (<c>failedAttempts</c>, <c>maxAttempts</c>; the way back is the exam route's <see cref="ExamRoute.WhenExhausted"/>).</summary>
    public const string NoRouteAttemptsExhausted = "no-route-attempts-exhausted";

    /// <summary>Next step: none, no open route can still succeed (<c>lastCeDay</c>).</summary>
    public const string NoRouteCanSucceed = "no-route-can-succeed";
}

/// <summary>
/// Where one route to recertify stands on the as-of date: whether it is open, whether it can still
/// succeed, its last day, and the rule that decided it (RULES.md, "Routes and the next step").
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RouteState
{
    internal RouteState(RecertificationRoute route, bool isOpen, bool canSucceed, LocalDate? lastDay, string code, PolicyRule rule, ImmutableArray<DecisionArgument> arguments)
    {
        Route = route;
        IsOpen = isOpen;
        CanSucceed = canSucceed;
        LastDay = lastDay;
        Code = code;
        Rule = rule;
        Arguments = arguments;
    }

    /// <summary>The route.</summary>
    public RecertificationRoute Route { get; }

    /// <summary>Whether the route is open on the as-of date.</summary>
    public bool IsOpen { get; }

    /// <summary>Whether taking the route can still recertify (never true for a closed route).</summary>
    public bool CanSucceed { get; }

    /// <summary>The last day the route can be taken, or null when it sets none (an exam whose dates to recertify without a gap have passed).</summary>
    public LocalDate? LastDay { get; }

    /// <summary>Why the route stands as it does: one of <see cref="RouteCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The rule that decided the route's state.</summary>
    public PolicyRule Rule { get; }

    /// <summary>The facts the state was decided from, by name (docs/formats.md lists them per code).</summary>
    public ImmutableArray<DecisionArgument> Arguments { get; }

    /// <summary>Formats the state, for example "ce: open, can succeed, last day 2026-02-28 (ce-can-succeed)".</summary>
    /// <returns>The formatted state.</returns>
    public override string ToString() =>
        $"{Route.ToId()}: {(IsOpen ? "open" : "closed")}{(CanSucceed ? ", can succeed" : string.Empty)}{(LastDay is { } day ? $", last day {day:uuuu'-'MM'-'dd}" : string.Empty)} ({Code})";
}

/// <summary>
/// The one thing to do next and by when, decided by the engine from the routes (RULES.md, "Routes and
/// the next step"): apply, earn then apply, take the exam, reactivate, or nothing left to do.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class NextStep
{
    internal NextStep(NextAction action, LocalDate? by, int? daysFromAsOf, RecertificationRoute? route, string code, PolicyRule rule, ImmutableArray<DecisionArgument> arguments)
    {
        Action = action;
        By = by;
        DaysFromAsOf = daysFromAsOf;
        Route = route;
        Code = code;
        Rule = rule;
        Arguments = arguments;
    }

    /// <summary>What to do.</summary>
    public NextAction Action { get; }

    /// <summary>The last day to do it, or null when the step has no date (an exam with no date to recertify without a gap, or no route).</summary>
    public LocalDate? By { get; }

    /// <summary>Days from the as-of date to <see cref="By"/> (zero on the day itself), or null when there is no date.</summary>
    public int? DaysFromAsOf { get; }

    /// <summary>The route the step takes, or null for <see cref="NextAction.None"/>.</summary>
    public RecertificationRoute? Route { get; }

    /// <summary>Why this is the step: one of <see cref="RouteCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The rule that decided the step.</summary>
    public PolicyRule Rule { get; }

    /// <summary>The facts the step was decided from, by name (docs/formats.md lists them per code).</summary>
    public ImmutableArray<DecisionArgument> Arguments { get; }

    /// <summary>Formats the step, for example "earn-then-apply by 2026-02-28 (ce)".</summary>
    /// <returns>The formatted step.</returns>
    public override string ToString() =>
        $"{Action.ToId()}{(By is { } by ? $" by {by:uuuu'-'MM'-'dd}" : string.Empty)}{(Route is { } route ? $" ({route.ToId()})" : string.Empty)}";
}

/// <summary>
/// The order in which several certifications are shown (RULES.md, "Routes and the next step"): expired
/// and lapsed ones before current ones; within each, a step to take now without a date first, then the
/// next step due first, then those with no route left; otherwise in the order given.
/// </summary>
public static class EvaluationOrder
{
    /// <summary>The evaluations by urgency; a stable sort of the given order.</summary>
    /// <param name="evaluations">The evaluations.</param>
    /// <returns>The evaluations, most urgent first.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="evaluations"/> is null.</exception>
    /// <exception cref="System.ArgumentException">One of <paramref name="evaluations"/> is null.</exception>
    public static ImmutableArray<CertificationEvaluation> ByUrgency(IEnumerable<CertificationEvaluation> evaluations)
    {
        Utility.Preconditions.CheckNotNull(evaluations);
        var list = new List<(CertificationEvaluation Evaluation, int Index)>();
        foreach (var evaluation in evaluations)
        {
            Utility.Preconditions.CheckArgument(evaluation is not null, "An evaluation must not be null.", nameof(evaluations));
            list.Add((evaluation!, list.Count));
        }
        list.Sort(static (x, y) =>
        {
            int c = Group(x.Evaluation).CompareTo(Group(y.Evaluation));
            if (c == 0)
            {
                c = Rank(x.Evaluation).CompareTo(Rank(y.Evaluation));
            }
            if (c == 0 && x.Evaluation.NextStep.By is { } a && y.Evaluation.NextStep.By is { } b)
            {
                c = a.CompareTo(b);
            }
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        });
        var builder = ImmutableArray.CreateBuilder<CertificationEvaluation>(list.Count);
        foreach (var (evaluation, _) in list)
        {
            builder.Add(evaluation);
        }
        return builder.MoveToImmutable();
    }

    private static int Group(CertificationEvaluation evaluation) => evaluation.AsOf > evaluation.ExpiresOn ? 0 : 1;

    private static int Rank(CertificationEvaluation evaluation) => evaluation.NextStep switch
    {
        { Action: NextAction.None } => 2,
        { By: null } => 0,
        _ => 1,
    };
}
