using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>
/// One rule of a credential policy, with a stable identifier (for example "aama-cma/total") and
/// its source. Evaluation results name the rule that decided each outcome.
/// </summary>
/// <remarks>
/// Rules are immutable and thread-safe. The rule types are the library's own, so that every policy is data
/// the engine and the words know; what a rule says in a language is
/// <see cref="Explanations.Explainer.Rule(PolicyRule, CredentialPolicy)"/>.
/// </remarks>
public abstract class PolicyRule
{
    /// <summary>Initialises the identifier and source.</summary>
    /// <param name="ruleId">The stable rule identifier, for example "aama-cma/total".</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="ruleId"/> is not a well-formed identifier.</exception>
    private protected PolicyRule(string ruleId, RuleSource source)
    {
        RuleId = RuleIds.Check(ruleId);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The stable rule identifier, for example "aama-cma/total".</summary>
    public string RuleId { get; }

    /// <summary>Where the rule comes from.</summary>
    public RuleSource Source { get; }

    /// <summary>Returns the rule identifier, for example "aama-cma/total".</summary>
    /// <returns>The rule identifier.</returns>
    public override string ToString() => RuleId;
}
