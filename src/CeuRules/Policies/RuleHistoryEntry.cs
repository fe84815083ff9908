using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Policies;

/// <summary>
/// One dated value of a rule (<see cref="PolicyCatalog.History"/>): the version from which the rule reads
/// as it does here, with its source, or from which the policy has no such rule.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RuleHistoryEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="policy">The version from which the rule reads so.</param>
    /// <param name="rule">The rule as that version states it, or null when that version has no such rule.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public RuleHistoryEntry(CredentialPolicy policy, PolicyRule? rule)
    {
        Policy = Preconditions.CheckNotNull(policy);
        Rule = rule;
    }

    /// <summary>The version from which the rule reads so.</summary>
    public CredentialPolicy Policy { get; }

    /// <summary>The first expiration date the value governs (<see cref="LocalDate.MinIsoValue"/> for the earliest cycles).</summary>
    public LocalDate EffectiveFrom => Policy.EffectiveFrom;

    /// <summary>The rule with its value and source, or null when the version has no such rule.</summary>
    public PolicyRule? Rule { get; }

    /// <summary>For example "aama-cma/2020: aama-cma/ce-time-limit: ...".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Policy.PolicyId}: {(Rule is null ? "no such rule" : Rule.ToString())}";
}
