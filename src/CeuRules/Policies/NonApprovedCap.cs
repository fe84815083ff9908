using System;
using CeuRules.Model;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>
/// At most this much credit from activities the body did not approve counts (requirement id
/// "cap:non-approved"). When the cap forces a choice, the evaluator keeps the non-approved credit
/// that helps the category minimums most, as an applicant choosing what to submit would.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class NonApprovedCap : PolicyRule
{
    /// <summary>The requirement id of the cap.</summary>
    public const string Id = "cap:non-approved";

    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="limit">The most non-approved credit that counts; not negative.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="limit"/> is negative.</exception>
    public NonApprovedCap(string ruleId, RuleSource source, CreditAmount limit)
        : base(ruleId, source)
    {
        Preconditions.CheckArgument(limit >= CreditAmount.Zero, $"A cap must not be negative; was {limit}.", nameof(limit));
        Limit = limit;
    }

    /// <summary>The most non-approved credit that counts, in the policy's unit.</summary>
    public CreditAmount Limit { get; }
}
