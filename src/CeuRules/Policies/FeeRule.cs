using System;
using CeuRules.Model;

namespace CeuRules.Policies;

/// <summary>What a fee is for.</summary>
public enum FeeKind
{
    /// <summary>Recertification by continuing education.</summary>
    CeRecertification = 0,

    /// <summary>Recertification by exam.</summary>
    Exam = 1,

    /// <summary>Reactivating a lapsed credential, on top of the exam fee.</summary>
    Reactivation = 2,

    /// <summary>A fee due every year in the anniversary month of the certification, whatever the route (AMT's annual fee).</summary>
    Annual = 3,
}

/// <summary>A fee of the body, with its member and non-member amounts.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class FeeRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="kind">What the fee is for.</param>
    /// <param name="member">The amount a member pays.</param>
    /// <param name="nonMember">The amount a non-member pays.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined.</exception>
    public FeeRule(string ruleId, RuleSource source, FeeKind kind, Money member, Money nonMember)
        : base(ruleId, source)
    {
        Utility.Preconditions.CheckArgument(Enum.IsDefined(kind), $"Unknown fee kind {kind}.", nameof(kind));
        Kind = kind;
        Member = member;
        NonMember = nonMember;
    }

    /// <summary>What the fee is for.</summary>
    public FeeKind Kind { get; }

    /// <summary>The amount a member pays.</summary>
    public Money Member { get; }

    /// <summary>The amount a non-member pays.</summary>
    public Money NonMember { get; }

    /// <summary>The amount for a member or non-member.</summary>
    /// <param name="isMember">Whether the person is a member.</param>
    /// <returns>The amount.</returns>
    public Money AmountFor(bool isMember) => isMember ? Member : NonMember;
}
