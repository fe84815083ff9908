using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation.Engine;

/// <summary>The engine's decision about one route, before it is given its rule and arguments.</summary>
internal readonly struct RouteVerdict
{
    internal RouteVerdict(RecertificationRoute route, bool open, bool canSucceed, LocalDate? lastDay, string code)
    {
        Route = route;
        IsPresent = true;
        IsOpen = open;
        CanSucceed = canSucceed;
        LastDay = lastDay;
        Code = code;
    }

    internal RecertificationRoute Route { get; }

    /// <summary>Whether the policy has the route at all (the default value has not).</summary>
    internal bool IsPresent { get; }

    internal bool IsOpen { get; }

    internal bool CanSucceed { get; }

    internal LocalDate? LastDay { get; }

    internal string Code { get; }
}

/// <summary>
/// The routes and the next step, decided from the policy's data, the cycle's dates as of the day, the
/// kernel's verdict on the requirements and the failed exam attempts (RULES.md, "Routes and the next
/// step"). A value type: deciding allocates nothing, so the summary and the workforce read the same
/// decision as the explained evaluation.
/// </summary>
internal readonly struct RouteDecision
{
    internal RouteVerdict Ce { get; init; }

    internal RouteVerdict Exam { get; init; }

    internal RouteVerdict Reactivation { get; init; }

    internal NextAction Action { get; init; }

    internal LocalDate? By { get; init; }

    /// <summary>The last day credit can be completed and still count toward the step, where the step earns credit.</summary>
    internal LocalDate? EarnBy { get; init; }

    internal RecertificationRoute? Route { get; init; }

    internal string Code { get; init; }

    /// <summary>Whether the attempts at the exam are used up, which closes every route.</summary>
    internal bool AttemptsExhausted { get; init; }

    /// <summary>The state of a route, by kind.</summary>
    internal RouteVerdict Of(RecertificationRoute route) => route switch
    {
        RecertificationRoute.ContinuingEducation => Ce,
        RecertificationRoute.Exam => Exam,
        _ => Reactivation,
    };

    /// <summary>
    /// Decides every route and the next step.
    /// </summary>
    /// <param name="policy">The governing policy version.</param>
    /// <param name="dates">The cycle's dates as of <paramref name="asOf"/> (the reactivation window once expired).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="met">Whether every minimum is met by the credit counted.</param>
    /// <param name="failedAttempts">The failed exam attempts that count.</param>
    internal static RouteDecision Decide(CredentialPolicy policy, in CycleDates dates, LocalDate asOf, bool met, int failedAttempts)
    {
        var exam = policy.ExamRoute;
        bool exhausted = exam is not null && failedAttempts >= exam.MaxAttempts;
        bool reactivates = policy.CeTimeLimit.RouteAfterExpiration == RecertificationRoute.Reactivation;
        var expiration = dates.Expiration;
        var lastCeDay = dates.LastCeDay;
        bool lapsed = asOf > lastCeDay;

        // The CE route: open through the last CE day (through expiration where reactivation follows);
        // it can succeed when met, or while the window still admits credit completed from today on.
        var ceLastDay = reactivates ? expiration : lastCeDay;
        RouteVerdict ce;
        if (exhausted)
        {
            ce = new(RecertificationRoute.ContinuingEducation, false, false, ceLastDay, RouteCodes.AttemptsExhausted);
        }
        else if (asOf > ceLastDay)
        {
            ce = new(RecertificationRoute.ContinuingEducation, false, false, ceLastDay,
                reactivates && !lapsed ? RouteCodes.CeEndedAtExpiration : RouteCodes.CeTimeLimitPassed);
        }
        else if (met)
        {
            ce = new(RecertificationRoute.ContinuingEducation, true, true, ceLastDay, RouteCodes.CeMet);
        }
        else if (asOf <= dates.LastCreditDay)
        {
            ce = new(RecertificationRoute.ContinuingEducation, true, true, ceLastDay, RouteCodes.CeCanSucceed);
        }
        else
        {
            ce = new(RecertificationRoute.ContinuingEducation, true, false, ceLastDay, RouteCodes.CeWindowEnded);
        }

        // The exam: the policy's exam route, or past the last CE day the exam a lapsed credential needs.
        RouteVerdict examRoute = default;
        if (exam is not null)
        {
            if (exhausted)
            {
                examRoute = new(RecertificationRoute.Exam, false, false, null, RouteCodes.AttemptsExhausted);
            }
            else if (lapsed)
            {
                examRoute = new(RecertificationRoute.Exam, true, true, null, RouteCodes.ExamAfterLapse);
            }
            else if (exam.OnlyAfterLapse)
            {
                examRoute = new(RecertificationRoute.Exam, false, false, null, RouteCodes.ExamOnlyAfterLapse);
            }
            else if (exam.LastDayToPass(expiration) is { } pass && exam.LastDayToApply(expiration) is { } apply && asOf <= pass && asOf <= apply)
            {
                examRoute = new(RecertificationRoute.Exam, true, true, pass < apply ? pass : apply, RouteCodes.ExamWithoutLapse);
            }
            else
            {
                examRoute = new(RecertificationRoute.Exam, true, true, null, RouteCodes.ExamOpen);
            }
        }
        else if (lapsed)
        {
            examRoute = new(RecertificationRoute.Exam, true, true, null, RouteCodes.ExamAfterLapse);
        }

        // Reactivation: open once expired, through the last day the policy allows it.
        RouteVerdict reactivation = default;
        if (reactivates)
        {
            reactivation = exhausted ? new(RecertificationRoute.Reactivation, false, false, lastCeDay, RouteCodes.AttemptsExhausted)
                : asOf <= expiration ? new(RecertificationRoute.Reactivation, false, false, lastCeDay, RouteCodes.ReactivationNotYet)
                : lapsed ? new(RecertificationRoute.Reactivation, false, false, lastCeDay, RouteCodes.ReactivationLimitPassed)
                : new(RecertificationRoute.Reactivation, true, true, lastCeDay, met ? RouteCodes.ReactivationMet : RouteCodes.ReactivationCanSucceed);
        }

        var decision = new RouteDecision { Ce = ce, Exam = examRoute, Reactivation = reactivation, AttemptsExhausted = exhausted };
        bool current = asOf <= expiration;
        if (exhausted)
        {
            return decision with { Action = NextAction.None, Code = RouteCodes.NoRouteAttemptsExhausted };
        }
        if (ce.IsOpen && met)
        {
            return decision with
            {
                Action = NextAction.Apply,
                By = current ? expiration : ceLastDay,
                Route = RecertificationRoute.ContinuingEducation,
                Code = current ? RouteCodes.ApplyByExpiration : RouteCodes.ApplyWhileExpired,
            };
        }
        if (ce.CanSucceed)
        {
            return decision with
            {
                Action = NextAction.EarnThenApply,
                By = current ? expiration : ceLastDay,
                EarnBy = dates.LastCreditDay,
                Route = RecertificationRoute.ContinuingEducation,
                Code = current ? RouteCodes.EarnThenApplyByExpiration : RouteCodes.EarnThenApplyWhileExpired,
            };
        }
        if (examRoute.IsOpen)
        {
            return decision with { Action = NextAction.Exam, By = examRoute.LastDay, Route = RecertificationRoute.Exam, Code = examRoute.Code };
        }
        if (reactivation.IsOpen)
        {
            return decision with
            {
                Action = NextAction.Reactivate,
                By = lastCeDay,
                EarnBy = met ? null : lastCeDay,
                Route = RecertificationRoute.Reactivation,
                Code = met ? RouteCodes.Reactivate : RouteCodes.EarnThenReactivate,
            };
        }
        return decision with { Action = NextAction.None, Code = RouteCodes.NoRouteCanSucceed };
    }
}
