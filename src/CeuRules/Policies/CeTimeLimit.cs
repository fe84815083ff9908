using System;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Policies;

/// <summary>
/// How long after expiration recertification by continuing education is still allowed (often
/// called a grace period). Past the last CE day the credential has lapsed and only the exam route
/// remains. The length is a <see cref="Period"/>, so the day-count convention is data: 90 days and
/// three calendar months are different policies.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CeTimeLimit : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="length">How long after expiration CE is allowed; null when it is not allowed after expiration at all.</param>
    /// <param name="transition">How credentials that expired under the preceding policy version are treated when this version takes effect, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> is not a positive period of years, months or days.</exception>
    public CeTimeLimit(string ruleId, RuleSource source, Period? length, CeTimeLimitTransition? transition = null)
        : base(ruleId, source)
    {
        Preconditions.CheckArgument(length is null || PeriodRules.IsPositiveDatePeriod(length),
            $"A CE time limit must be a positive period of years, months or days; was {length}.", nameof(length));
        Length = length;
        Transition = transition;
    }

    /// <summary>How long after expiration CE is allowed, or null when not at all.</summary>
    public Period? Length { get; }

    /// <summary>How credentials that expired under the preceding version are treated, or null.</summary>
    public CeTimeLimitTransition? Transition { get; }

    /// <summary>
    /// What the time between expiration and the last CE day is: <see cref="RecertificationRoute.ContinuingEducation"/>
    /// (the default: recertification by CE goes on, as for the CMA and the NCMA) or <see cref="RecertificationRoute.Reactivation"/>
    /// (the CE route ends at expiration and the credential is reactivated instead, as for the RMA). Past the last CE day
    /// only the exam remains either way.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to <see cref="RecertificationRoute.Exam"/> or an undefined value.</exception>
    public RecertificationRoute RouteAfterExpiration
    {
        get => routeAfterExpiration;
        init
        {
            if (value is not (RecertificationRoute.ContinuingEducation or RecertificationRoute.Reactivation))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The time after expiration is either recertification by CE or reactivation.");
            }
            routeAfterExpiration = value;
        }
    }

    private readonly RecertificationRoute routeAfterExpiration;

    /// <summary>The last day recertification by CE is allowed for a credential expiring on <paramref name="expiration"/>.</summary>
    /// <param name="expiration">The expiration date.</param>
    /// <returns>The last CE day: the expiration itself when there is no time limit, and at most the last date NodaTime supports.</returns>
    public LocalDate LastCeDayFor(LocalDate expiration) => Length is null ? expiration : PeriodRules.PlusOrMax(expiration, Length);
}

/// <summary>
/// How a new CE time limit treats credentials that had expired before it took effect while still
/// inside the preceding limit: as if they had expired on <see cref="DeemedExpiration"/> (AAMA: on
/// 2019-12-31, so the last CE day is 2020-03-30).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CeTimeLimitTransition : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="deemedExpiration">The date such credentials are treated as having expired on.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CeTimeLimitTransition(string ruleId, RuleSource source, LocalDate deemedExpiration)
        : base(ruleId, source)
    {
        DeemedExpiration = deemedExpiration;
    }

    /// <summary>The date such credentials are treated as having expired on.</summary>
    public LocalDate DeemedExpiration { get; }
}
