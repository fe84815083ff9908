using System;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation.Engine;

/// <summary>
/// The explained read of the kernel's <see cref="RouteDecision"/>: each route's state and the next
/// step with the rule that decided them and the facts they were decided from.
/// </summary>
internal static class RouteRead
{
    internal static ImmutableArray<RouteState> States(CredentialPolicy policy, in CycleDates dates, LocalDate asOf, in Verdict verdict)
    {
        var routes = verdict.Routes;
        var builder = ImmutableArray.CreateBuilder<RouteState>(3);
        foreach (var route in (ReadOnlySpan<RecertificationRoute>)[RecertificationRoute.ContinuingEducation, RecertificationRoute.Exam, RecertificationRoute.Reactivation])
        {
            var state = routes.Of(route);
            if (state.IsPresent)
            {
                builder.Add(new RouteState(route, state.IsOpen, state.CanSucceed, state.LastDay, state.Code,
                    RuleOf(policy, dates, verdict, state.Code), ArgumentsOf(policy, dates, asOf, verdict, state.Code, state.LastDay, null)));
            }
        }
        return builder.ToImmutable();
    }

    internal static NextStep Step(CredentialPolicy policy, in CycleDates dates, LocalDate asOf, in Verdict verdict, RecertificationPlan plan)
    {
        var routes = verdict.Routes;
        return new NextStep(routes.Action, routes.By, routes.By is { } by ? Period.DaysBetween(asOf, by) : null, routes.Route, routes.Code,
            RuleOf(policy, dates, verdict, routes.Code), ArgumentsOf(policy, dates, asOf, verdict, routes.Code, routes.By, plan));
    }

    /// <summary>The rule behind a route's state or a step, by its code.</summary>
    private static PolicyRule RuleOf(CredentialPolicy policy, in CycleDates dates, in Verdict verdict, string code) => code switch
    {
        RouteCodes.AttemptsExhausted or RouteCodes.NoRouteAttemptsExhausted => policy.ExamRoute!,
        RouteCodes.CeMet or RouteCodes.ApplyByExpiration or RouteCodes.ApplyWhileExpired => verdict.StatusRule,
        RouteCodes.CeCanSucceed or RouteCodes.EarnThenApplyByExpiration or RouteCodes.EarnThenApplyWhileExpired
            or RouteCodes.ReactivationMet or RouteCodes.ReactivationCanSucceed or RouteCodes.Reactivate or RouteCodes.EarnThenReactivate => dates.WindowRule,
        RouteCodes.CeWindowEnded or RouteCodes.NoRouteCanSucceed => policy.Window,
        RouteCodes.ReactivationNotYet => policy.Expiration,
        RouteCodes.ExamWithoutLapse or RouteCodes.ExamOpen or RouteCodes.ExamOnlyAfterLapse => policy.ExamRoute!,
        RouteCodes.ExamAfterLapse => (PolicyRule?)policy.ExamRoute ?? dates.LastCeDayRule,
        _ => dates.LastCeDayRule,
    };

    /// <summary>The facts of a route's state or a step, by its code (docs/formats.md lists them).</summary>
    private static ImmutableArray<DecisionArgument> ArgumentsOf(CredentialPolicy policy, in CycleDates dates, LocalDate asOf, in Verdict verdict, string code,
        LocalDate? lastDay, RecertificationPlan? plan)
    {
        var exam = policy.ExamRoute;
        int attemptsLeft = exam is null ? 0 : Math.Max(0, exam.MaxAttempts - verdict.FailedAttempts);
        Credit Needed() => new(plan!.Total, plan.Unit);
        switch (code)
        {
            case RouteCodes.AttemptsExhausted:
            case RouteCodes.NoRouteAttemptsExhausted:
                return Decision.Args(ArgumentKeys.FailedAttempts.With(verdict.FailedAttempts), ArgumentKeys.MaxAttempts.With(exam!.MaxAttempts));
            case RouteCodes.CeMet:
                return Decision.Args(ArgumentKeys.LastDay.With(lastDay!.Value), ArgumentKeys.ExpiresOn.With(dates.Expiration));
            case RouteCodes.CeCanSucceed:
                return Decision.Args(ArgumentKeys.LastDay.With(lastDay!.Value), ArgumentKeys.EarnBy.With(dates.LastCreditDay));
            case RouteCodes.CeWindowEnded:
                return Decision.Args(ArgumentKeys.WindowEnd.With(dates.WindowEnd), ArgumentKeys.LastDay.With(lastDay!.Value));
            case RouteCodes.CeTimeLimitPassed:
            case RouteCodes.CeEndedAtExpiration:
            case RouteCodes.ReactivationLimitPassed:
                return Decision.Args(ArgumentKeys.LastDay.With(lastDay!.Value));
            case RouteCodes.ExamWithoutLapse:
                return Decision.Args(ArgumentKeys.ApplyBy.With(exam!.LastDayToApply(dates.Expiration)!.Value), ArgumentKeys.PassBy.With(exam.LastDayToPass(dates.Expiration)!.Value),
                    ArgumentKeys.AttemptsLeft.With(attemptsLeft), ArgumentKeys.MaxAttempts.With(exam.MaxAttempts));
            case RouteCodes.ExamOpen:
                return exam!.LastDayToApply(dates.Expiration) is { } apply && exam.LastDayToPass(dates.Expiration) is { } pass
                    ? Decision.Args(ArgumentKeys.AttemptsLeft.With(attemptsLeft), ArgumentKeys.MaxAttempts.With(exam.MaxAttempts), ArgumentKeys.ApplyBy.With(apply), ArgumentKeys.PassBy.With(pass))
                    : Decision.Args(ArgumentKeys.AttemptsLeft.With(attemptsLeft), ArgumentKeys.MaxAttempts.With(exam.MaxAttempts));
            case RouteCodes.ExamAfterLapse:
                return exam is null
                    ? Decision.Args(ArgumentKeys.LastCeDay.With(dates.LastCeDay))
                    : Decision.Args(ArgumentKeys.LastCeDay.With(dates.LastCeDay), ArgumentKeys.AttemptsLeft.With(attemptsLeft), ArgumentKeys.MaxAttempts.With(exam.MaxAttempts));
            case RouteCodes.ExamOnlyAfterLapse:
            case RouteCodes.NoRouteCanSucceed:
                return Decision.Args(ArgumentKeys.LastCeDay.With(dates.LastCeDay));
            case RouteCodes.ReactivationNotYet:
                return Decision.Args(ArgumentKeys.ExpiresOn.With(dates.Expiration), ArgumentKeys.LastDay.With(dates.LastCeDay));
            case RouteCodes.ReactivationMet:
                return Decision.Args(ArgumentKeys.LastDay.With(dates.LastCeDay), ArgumentKeys.WindowStart.With(dates.WindowStart));
            case RouteCodes.Reactivate:
                return Decision.Args(ArgumentKeys.ApplyBy.With(dates.LastCeDay), ArgumentKeys.WindowStart.With(dates.WindowStart));
            case RouteCodes.ReactivationCanSucceed:
            case RouteCodes.EarnThenReactivate:
                return ReactivationArgs(policy, dates, plan);
            case RouteCodes.ApplyByExpiration:
                return Decision.Args(ArgumentKeys.ApplyBy.With(dates.Expiration), ArgumentKeys.LastCeDay.With(dates.LastCeDay));
            case RouteCodes.ApplyWhileExpired:
                return Decision.Args(ArgumentKeys.ApplyBy.With(lastDay!.Value), ArgumentKeys.ExpiresOn.With(dates.Expiration));
            case RouteCodes.EarnThenApplyByExpiration:
                return Decision.Args(ArgumentKeys.EarnBy.With(dates.LastCreditDay), ArgumentKeys.ApplyBy.With(dates.Expiration), ArgumentKeys.Needed.With(Needed()));
            case RouteCodes.EarnThenApplyWhileExpired:
                return Decision.Args(ArgumentKeys.EarnBy.With(dates.LastCreditDay), ArgumentKeys.ApplyBy.With(lastDay!.Value), ArgumentKeys.ExpiresOn.With(dates.Expiration), ArgumentKeys.Needed.With(Needed()));
            default:
                return ImmutableArray<DecisionArgument>.Empty;
        }
    }

    private static ImmutableArray<DecisionArgument> ReactivationArgs(CredentialPolicy policy, in CycleDates dates, RecertificationPlan? plan)
    {
        var builder = ImmutableArray.CreateBuilder<DecisionArgument>(4);
        builder.Add((plan is null ? ArgumentKeys.LastDay : ArgumentKeys.ApplyBy).With(dates.LastCeDay));
        builder.Add(ArgumentKeys.WindowStart.With(dates.WindowStart));
        if (policy.ReactivationWindow?.Lookback is { } lookback)
        {
            builder.Add(ArgumentKeys.Lookback.With(lookback));
        }
        if (plan is not null)
        {
            builder.Add(ArgumentKeys.Needed.With(new Credit(plan.Total, plan.Unit)));
        }
        return builder.ToImmutable();
    }
}
