using System;
using CeuRules.Model;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Policies;

/// <summary>A self-study program counts only when completed within a period after its purchase.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SelfStudyRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="kind">The activity kind the rule applies to.</param>
    /// <param name="completeWithin">The period after purchase by which the program must be completed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is the default value, or the period is not positive.</exception>
    public SelfStudyRule(string ruleId, RuleSource source, LearningActivityKind kind, Period completeWithin)
        : base(ruleId, source)
    {
        Preconditions.CheckArgument(kind.Id is not null, "The kind must not be the default value.", nameof(kind));
        Preconditions.CheckNotNull(completeWithin);
        Preconditions.CheckArgument(PeriodRules.IsPositiveDatePeriod(completeWithin),
            $"The period must be a positive period of years, months or days; was {completeWithin}.", nameof(completeWithin));
        Kind = kind;
        CompleteWithin = completeWithin;
    }

    /// <summary>The activity kind the rule applies to.</summary>
    public LearningActivityKind Kind { get; }

    /// <summary>The period after purchase by which the program must be completed.</summary>
    public Period CompleteWithin { get; }

    /// <summary>The last day a program purchased on <paramref name="purchasedOn"/> can be completed and count.</summary>
    /// <param name="purchasedOn">The purchase date.</param>
    /// <returns>The last day, at most the last date NodaTime supports.</returns>
    public LocalDate LastDayFor(LocalDate purchasedOn) => PeriodRules.PlusOrMax(purchasedOn, CompleteWithin);
}
