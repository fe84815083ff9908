using System;
using CeuRules.Evaluation;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>The routes to recertify, one line each.</summary>
public sealed partial class Explainer
{
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
}
