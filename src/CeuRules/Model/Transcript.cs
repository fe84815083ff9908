using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>A person's completed activities, in any order: the evaluator's result does not depend on it.</summary>
/// <remarks>
/// <para>Equality is by value, activities in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Transcript : IEquatable<Transcript>
{
    /// <summary>Creates a transcript.</summary>
    /// <param name="activities">The activities.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> is null.</exception>
    /// <exception cref="ArgumentException">An activity is null.</exception>
    public Transcript(IEnumerable<LearningActivity> activities)
    {
        Preconditions.CheckNotNull(activities);
        var array = activities.ToImmutableArray();
        foreach (var activity in array)
        {
            Preconditions.CheckArgument(activity is not null, "An activity must not be null.", nameof(activities));
        }
        Activities = array;
    }

    /// <summary>An empty transcript.</summary>
    public static Transcript Empty { get; } = new(ImmutableArray<LearningActivity>.Empty);

    /// <summary>The activities, in the order given.</summary>
    public ImmutableArray<LearningActivity> Activities { get; }

    /// <summary>Whether this transcript has the same activities, in the same order, as another.</summary>
    /// <param name="other">The transcript to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Transcript? other)
    {
        if (other is null || Activities.Length != other.Activities.Length)
        {
            return false;
        }
        for (int i = 0; i < Activities.Length; i++)
        {
            if (!Activities[i].Equals(other.Activities[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Transcript);

    /// <inheritdoc />
    public override int GetHashCode() => Activities.Length;

    /// <summary>Formats the transcript's size, for example "Transcript of 12 activities".</summary>
    /// <returns>The formatted transcript.</returns>
    public override string ToString() => $"Transcript of {Activities.Length} activities";
}
