using System;
using System.Collections.Immutable;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Model;

/// <summary>
/// A completed learning or professional activity that may earn credit: a course, a conference, a
/// CPR card, a college course and so on.
/// </summary>
/// <remarks>
/// <para>An activity states its credit as one or more <see cref="CreditLine"/>s; each body takes the
/// lines in its own unit, or converts what its policy allows. A CPR card usually states no credit:
/// the policy values it.</para>
/// <para>Equality is by value over every property, credit lines in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class LearningActivity : IEquatable<LearningActivity>
{
    private readonly ImmutableArray<CreditLine> credits = ImmutableArray<CreditLine>.Empty;
    private readonly int? durationMinutes;
    private readonly int? validMonths;

    /// <summary>Creates an activity.</summary>
    /// <param name="id">The activity's identifier, unique within its transcript.</param>
    /// <param name="kind">The kind of activity.</param>
    /// <param name="completedOn">The date the activity was completed (for a CPR card, the date it was issued).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or longer than 200 characters, or
    /// <paramref name="kind"/> is the default value.</exception>
    public LearningActivity(string id, LearningActivityKind kind, LocalDate completedOn)
    {
        Preconditions.CheckNotBlank(id);
        Preconditions.CheckArgument(id.Length <= MaxIdLength, $"An activity id must be at most {MaxIdLength} characters; was {id.Length}.", nameof(id));
        Preconditions.CheckArgument(kind.Id is not null, "The kind must not be the default value.", nameof(kind));
        Id = id;
        Kind = kind;
        CompletedOn = completedOn;
    }

    /// <summary>The longest activity id accepted.</summary>
    public const int MaxIdLength = 200;

    /// <summary>The identifier, unique within a transcript.</summary>
    public string Id { get; }

    /// <summary>The kind of activity.</summary>
    public LearningActivityKind Kind { get; }

    /// <summary>The date the activity was completed, or for a CPR card the date the card was issued.</summary>
    public LocalDate CompletedOn { get; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The provider (for example "AAMA e-Learning Center"), or null.</summary>
    public string? Provider { get; init; }

    /// <summary>The time spent, in whole minutes, or null when not documented.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On setting: negative.</exception>
    public int? DurationMinutes
    {
        get => durationMinutes;
        init
        {
            if (value is { } minutes)
            {
                Preconditions.CheckArgumentRange(minutes, 0, int.MaxValue, nameof(DurationMinutes));
            }
            durationMinutes = value;
        }
    }

    /// <summary>The date a self-study program was purchased, or null.</summary>
    public LocalDate? PurchasedOn { get; init; }

    /// <summary>For a CPR card, how many months it is valid (24 for a two-year card); otherwise null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On setting: negative.</exception>
    public int? ValidMonths
    {
        get => validMonths;
        init
        {
            if (value is { } months)
            {
                Preconditions.CheckArgumentRange(months, 0, int.MaxValue, nameof(ValidMonths));
            }
            validMonths = value;
        }
    }

    /// <summary>The credit lines the activity states; empty when it states none. Defaults to empty.</summary>
    /// <exception cref="ArgumentException">On setting: a line is null.</exception>
    public ImmutableArray<CreditLine> Credits
    {
        get => credits;
        init
        {
            var checkedValue = value.IsDefault ? ImmutableArray<CreditLine>.Empty : value;
            foreach (var line in checkedValue)
            {
                Preconditions.CheckArgument(line is not null, "A credit line must not be null.", nameof(Credits));
            }
            credits = checkedValue;
        }
    }

    /// <summary>Whether this activity equals another in every property.</summary>
    /// <param name="other">The activity to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(LearningActivity? other)
    {
        if (other is null)
        {
            return false;
        }
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (!(string.Equals(Id, other.Id, StringComparison.Ordinal) && Kind == other.Kind && CompletedOn == other.CompletedOn
            && string.Equals(Title, other.Title, StringComparison.Ordinal) && string.Equals(Provider, other.Provider, StringComparison.Ordinal)
            && durationMinutes == other.durationMinutes && PurchasedOn == other.PurchasedOn && validMonths == other.validMonths
            && credits.Length == other.credits.Length))
        {
            return false;
        }
        for (int i = 0; i < credits.Length; i++)
        {
            if (!credits[i].Equals(other.credits[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LearningActivity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kind, CompletedOn, credits.Length);

    /// <summary>Formats the activity, for example "a1 (course, 2022-03-01)".</summary>
    /// <returns>The formatted activity.</returns>
    public override string ToString() => $"{Id} ({Kind}, {CompletedOn:uuuu'-'MM'-'dd})";
}
