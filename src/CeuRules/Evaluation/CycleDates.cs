using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>
/// The dates step of an evaluation: the policy version that governs the cycle, its expiration,
/// window and last CE day, with the rule that set the last CE day (the CE time limit, or a later
/// version's transition).
/// </summary>
internal sealed class CycleDates
{
    private readonly LocalDate cycleStart;

    private CycleDates(LocalDate cycleStart, CredentialPolicy policy, LocalDate expiration, DateInterval window, PolicyRule windowRule, LocalDate lastCeDay, PolicyRule lastCeDayRule)
    {
        this.cycleStart = cycleStart;
        Policy = policy;
        Expiration = expiration;
        Window = window;
        WindowRule = windowRule;
        LastCeDay = lastCeDay;
        LastCeDayRule = lastCeDayRule;
    }

    internal CredentialPolicy Policy { get; }

    internal LocalDate Expiration { get; }

    /// <summary>The date of certification or most recent recertification.</summary>
    internal LocalDate CycleStart => cycleStart;

    internal DateInterval Window { get; }

    internal LocalDate LastCeDay { get; }

    /// <summary>The rule that gave the window: the cycle window, or the reactivation window once expired.</summary>
    internal PolicyRule WindowRule { get; }

    /// <summary>Whether the window is the reactivation window, which ends on the as-of date.</summary>
    internal bool IsReactivation => WindowRule is ReactivationWindowRule;

    /// <summary>The last day on which credit can still be completed and count.</summary>
    internal LocalDate LastCreditDay => IsReactivation ? LastCeDay : Window.End;

    internal PolicyRule LastCeDayRule { get; }

    /// <summary>
    /// Resolves the governing version and the dates. The expiration is first derived under the version
    /// in force when the cycle started, then the version in force on that expiration governs the cycle
    /// (and derives the expiration again, should its rule differ). Later versions with a CE time limit
    /// transition then apply to a credential still inside its limit when they take effect.
    /// </summary>
    internal static CycleDates For(PolicyCatalog catalog, Certification certification, LocalDate asOf)
    {
        var start = certification.CertifiedOn;
        var atStart = catalog.Resolve(certification.Credential, start);
        var expiration = atStart.Expiration.ExpirationFor(start);
        var policy = catalog.Resolve(certification.Credential, expiration);
        if (!ReferenceEquals(policy, atStart))
        {
            expiration = policy.Expiration.ExpirationFor(start);
        }
        var window = policy.Window.WindowFor(start, expiration);
        var lastCeDay = policy.CeTimeLimit.LastCeDayFor(expiration);
        PolicyRule lastCeDayRule = policy.CeTimeLimit;
        foreach (var later in catalog.VersionsOf(certification.Credential))
        {
            if (later.EffectiveFrom > expiration && later.CeTimeLimit.Transition is { } transition && lastCeDay >= later.EffectiveFrom)
            {
                lastCeDay = later.CeTimeLimit.LastCeDayFor(transition.DeemedExpiration);
                lastCeDayRule = transition;
            }
        }
        PolicyRule windowRule = policy.Window;
        if (policy.ReactivationWindow is { } reactivation && asOf > expiration && asOf <= lastCeDay)
        {
            window = reactivation.WindowFor(start, asOf);
            windowRule = reactivation;
        }
        return new CycleDates(start, policy, expiration, window, windowRule, lastCeDay, lastCeDayRule);
    }
}
