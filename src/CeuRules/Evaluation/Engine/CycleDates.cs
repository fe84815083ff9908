using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation.Engine;

/// <summary>
/// The dates step of an evaluation: the policy version that governs the cycle, its expiration,
/// window and last CE day, with the rule that set the last CE day (the CE time limit, or a later
/// version's transition). A value type, so that resolving the dates allocates nothing.
/// </summary>
internal readonly struct CycleDates
{
    private CycleDates(int version, CredentialPolicy policy, LocalDate cycleStart, LocalDate expiration, LocalDate windowStart, LocalDate windowEnd,
        PolicyRule windowRule, LocalDate lastCeDay, PolicyRule lastCeDayRule, CredentialPolicy lapsePolicy)
    {
        LapsePolicy = lapsePolicy;
        Version = version;
        Policy = policy;
        CycleStart = cycleStart;
        Expiration = expiration;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        WindowRule = windowRule;
        LastCeDay = lastCeDay;
        LastCeDayRule = lastCeDayRule;
    }

    /// <summary>The index of the governing version among the credential's versions.</summary>
    internal int Version { get; }

    internal CredentialPolicy Policy { get; }

    /// <summary>The date of certification or most recent recertification.</summary>
    internal LocalDate CycleStart { get; }

    internal LocalDate Expiration { get; }

    /// <summary>The first day of the window.</summary>
    internal LocalDate WindowStart { get; }

    /// <summary>The last day of the window.</summary>
    internal LocalDate WindowEnd { get; }

    /// <summary>The window as an interval (allocated on each call).</summary>
    internal DateInterval Window => new(WindowStart, WindowEnd);

    internal LocalDate LastCeDay { get; }

    /// <summary>The rule that gave the window: the cycle window, or the reactivation window once expired.</summary>
    internal PolicyRule WindowRule { get; }

    /// <summary>Whether the window is the reactivation window, which ends on the as-of date.</summary>
    internal bool IsReactivation => WindowRule is ReactivationWindowRule;

    /// <summary>The last day on which credit can still be completed and count.</summary>
    internal LocalDate LastCreditDay => IsReactivation ? LastCeDay : WindowEnd;

    internal PolicyRule LastCeDayRule { get; }

    /// <summary>
    /// The version whose CE time limit set the last CE day: the governing version, or a later one whose
    /// transition applied. Its rules govern a lapse (the reactivation fee of the version in force when
    /// the credential lapsed).
    /// </summary>
    internal CredentialPolicy LapsePolicy { get; }

    /// <summary>
    /// Resolves the governing version and the dates, whatever the as-of date. The expiration is first
    /// derived under the version in force when the cycle started, then the version in force on that
    /// expiration governs the cycle (and derives the expiration again, should its rule differ). Later
    /// versions with a CE time limit transition then apply to a credential still inside its limit when
    /// they take effect.
    /// </summary>
    /// <param name="versions">The credential's versions, by effective date (never empty).</param>
    /// <param name="certification">The certification.</param>
    internal static CycleDates For(ImmutableArray<CredentialPolicy> versions, Certification certification)
    {
        var start = certification.CertifiedOn;
        int atStart = Resolve(versions, start);
        var expiration = versions[atStart].Expiration.ExpirationFor(start);
        int governing = Resolve(versions, expiration);
        var policy = versions[governing];
        if (governing != atStart)
        {
            expiration = policy.Expiration.ExpirationFor(start);
        }
        var lastCeDay = policy.CeTimeLimit.LastCeDayFor(expiration);
        PolicyRule lastCeDayRule = policy.CeTimeLimit;
        var lapsePolicy = policy;
        foreach (var later in versions)
        {
            if (later.EffectiveFrom > expiration && later.CeTimeLimit.Transition is { } transition && lastCeDay >= later.EffectiveFrom)
            {
                lastCeDay = later.CeTimeLimit.LastCeDayFor(transition.DeemedExpiration);
                lastCeDayRule = transition;
                lapsePolicy = later;
            }
        }
        Utility.Preconditions.CheckArgument(start <= expiration, "The expiration must not be before the cycle start.", nameof(certification));
        var windowStart = policy.Window.Shape.StartFor(start, expiration);
        return new CycleDates(governing, policy, start, expiration, windowStart, expiration, policy.Window, lastCeDay, lastCeDayRule, lapsePolicy);
    }

    /// <summary>
    /// The dates as of a day: once expired and while CE is still allowed, a policy with a reactivation
    /// window counts credit in the window that ends on the as-of date (the application).
    /// </summary>
    internal CycleDates AsOf(LocalDate asOf)
    {
        if (Policy.ReactivationWindow is { } reactivation && asOf > Expiration && asOf <= LastCeDay)
        {
            return new CycleDates(Version, Policy, CycleStart, Expiration, reactivation.Shape.StartFor(CycleStart, asOf), asOf, reactivation, LastCeDay, LastCeDayRule, LapsePolicy);
        }
        return this;
    }

    /// <summary>The index of the version in force on a date: the last that took effect on or before it, else the first.</summary>
    private static int Resolve(ImmutableArray<CredentialPolicy> versions, LocalDate date)
    {
        int governing = 0;
        for (int v = 0; v < versions.Length; v++)
        {
            if (versions[v].EffectiveFrom <= date)
            {
                governing = v;
            }
        }
        return governing;
    }
}
