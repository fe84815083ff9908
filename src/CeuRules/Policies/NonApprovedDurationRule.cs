using System;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>
/// An activity the body did not approve must last a minimum time, and earns at most one unit per
/// given number of minutes (AAMA: at least one 50-minute contact hour; one point per contact hour).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class NonApprovedDurationRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="minimumMinutes">The shortest activity that earns credit; positive.</param>
    /// <param name="minutesPerUnit">The minutes that earn one unit at most; positive.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is not positive.</exception>
    public NonApprovedDurationRule(string ruleId, RuleSource source, int minimumMinutes, int minutesPerUnit)
        : base(ruleId, source)
    {
        Preconditions.CheckArgumentRange(minimumMinutes, 1, 1_000_000);
        Preconditions.CheckArgumentRange(minutesPerUnit, 1, 1_000_000);
        MinimumMinutes = minimumMinutes;
        MinutesPerUnit = minutesPerUnit;
    }

    /// <summary>The shortest activity that earns credit, in minutes.</summary>
    public int MinimumMinutes { get; }

    /// <summary>The minutes that earn one unit at most.</summary>
    public int MinutesPerUnit { get; }
}
