using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Policies;

/// <summary>
/// Kinds of activity a body does not accept at all (NCCT: CPR, BLS, first aid and other
/// certifications that need periodic renewal). Their credit is not counted, with the reason
/// <c>not-accepted</c>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class NotAcceptedKindsRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="kinds">The kinds refused; at least one, distinct, none the default value.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not well formed, or <paramref name="kinds"/> is empty, repeats a kind or holds the default value.</exception>
    public NotAcceptedKindsRule(string ruleId, RuleSource source, IEnumerable<LearningActivityKind> kinds)
        : base(ruleId, source)
    {
        var list = Preconditions.CheckNotNull(kinds).ToImmutableArray();
        Preconditions.CheckArgument(!list.IsEmpty, "At least one kind must be named.", nameof(kinds));
        var seen = new HashSet<LearningActivityKind>();
        foreach (var kind in list)
        {
            Preconditions.CheckArgument(kind.Id is not null && seen.Add(kind),
                $"Kinds must be distinct and not the default value; '{kind}' is not.", nameof(kinds));
        }
        Kinds = list;
    }

    /// <summary>The kinds refused.</summary>
    public ImmutableArray<LearningActivityKind> Kinds { get; }

    /// <summary>Whether <paramref name="kind"/> is refused.</summary>
    /// <param name="kind">The kind of an activity.</param>
    /// <returns>Whether it is.</returns>
    public bool Refuses(LearningActivityKind kind) => Kinds.Contains(kind);
}

/// <summary>
/// A last day for activities of one kind: an activity of that kind completed after it earns
/// nothing (AMT: from 2021-01-01, employment may be claimed only for work through 2020-12-31).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ActivityCutoffRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="kind">The kind of activity the cut-off applies to.</param>
    /// <param name="lastDay">The last completion date that still counts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not well formed, or <paramref name="kind"/> is the default value.</exception>
    public ActivityCutoffRule(string ruleId, RuleSource source, LearningActivityKind kind, LocalDate lastDay)
        : base(ruleId, source)
    {
        Preconditions.CheckArgument(kind.Id is not null, "The kind must not be the default value.", nameof(kind));
        Kind = kind;
        LastDay = lastDay;
    }

    /// <summary>The kind of activity the cut-off applies to.</summary>
    public LearningActivityKind Kind { get; }

    /// <summary>The last completion date that still counts.</summary>
    public LocalDate LastDay { get; }
}

/// <summary>
/// Training that recurs (NCCT: employer training such as HIPAA or bloodborne pathogens) counts once
/// per period: an activity of the kind whose title matches an earlier one completed less than the
/// period before it is not counted. Titles match ignoring case and surrounding spaces; an activity
/// without a title cannot be matched and counts, with a note.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RecurringTrainingRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="kind">The kind of activity that recurs.</param>
    /// <param name="countsOncePer">The period within which the same training counts once.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not well formed, <paramref name="kind"/> is the
    /// default value, or <paramref name="countsOncePer"/> is not a positive date period.</exception>
    public RecurringTrainingRule(string ruleId, RuleSource source, LearningActivityKind kind, Period countsOncePer)
        : base(ruleId, source)
    {
        Preconditions.CheckArgument(kind.Id is not null, "The kind must not be the default value.", nameof(kind));
        Preconditions.CheckNotNull(countsOncePer);
        Preconditions.CheckArgument(PeriodRules.IsPositiveDatePeriod(countsOncePer),
            $"The period must be a positive period of years, months or days; was {countsOncePer}.", nameof(countsOncePer));
        Kind = kind;
        CountsOncePer = countsOncePer;
    }

    /// <summary>The kind of activity that recurs.</summary>
    public LearningActivityKind Kind { get; }

    /// <summary>The period within which the same training counts once.</summary>
    public Period CountsOncePer { get; }

    /// <summary>Whether a training completed on <paramref name="later"/> repeats one completed on <paramref name="earlier"/> within the period.</summary>
    /// <param name="earlier">The earlier completion date.</param>
    /// <param name="later">The later completion date; not before <paramref name="earlier"/>.</param>
    /// <returns>Whether the later one falls before the period after the earlier one has passed.</returns>
    public bool Repeats(LocalDate earlier, LocalDate later) => later < PeriodRules.PlusOrMax(earlier, CountsOncePer);
}
