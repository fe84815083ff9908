using NodaTime;

namespace CeuRules.Policies;

/// <summary>
/// The span in which activities count toward the next recertification: from the certification (or
/// recertification) date through expiration, both inclusive.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CreditWindowRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="ruleId"/> is not well formed.</exception>
    public CreditWindowRule(string ruleId, RuleSource source)
        : base(ruleId, source)
    {
    }

    /// <summary>The window of a cycle that started on <paramref name="cycleStart"/> and expires on <paramref name="expiration"/>.</summary>
    /// <param name="cycleStart">The date of certification or most recent recertification.</param>
    /// <param name="expiration">The expiration date; not before <paramref name="cycleStart"/>.</param>
    /// <returns>The inclusive window.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Rules are used through the policy instance that holds them.")]
    public DateInterval WindowFor(LocalDate cycleStart, LocalDate expiration) => new(cycleStart, expiration);

    /// <inheritdoc />
    public override string Describe() => "Activities count when completed from the certification date through expiration, both inclusive.";
}
