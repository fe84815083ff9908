using System;
using NodaTime;

namespace CeuRules.Recommendations;

/// <summary>How a recommendation is searched for.</summary>
/// <remarks>This type is immutable and thread-safe. The default options minimise cost within ten seconds and list ten alternatives.</remarks>
public sealed class RecommendationOptions
{
    private readonly Duration timeLimit = Duration.FromSeconds(10);
    private readonly int maxAlternatives = 10;
    private readonly RecommendationObjective objective;

    /// <summary>The default options.</summary>
    public static RecommendationOptions Default { get; } = new();

    /// <summary>What to minimise first. Defaults to <see cref="RecommendationObjective.Cost"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On setting: not a defined value.</exception>
    public RecommendationObjective Objective
    {
        get => objective;
        init
        {
            if (value is < RecommendationObjective.Cost or > RecommendationObjective.Courses)
            {
                throw new ArgumentOutOfRangeException(nameof(Objective), value, "Not a defined objective.");
            }
            objective = value;
        }
    }

    /// <summary>
    /// The most time the solver may spend, over all three stages. When it runs out before proving
    /// optimality, the best selection found is returned with <see cref="Recommendation.IsOptimal"/> false.
    /// Defaults to ten seconds.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On setting: not positive, or more than a day.</exception>
    public Duration TimeLimit
    {
        get => timeLimit;
        init
        {
            if (value <= Duration.Zero || value > Duration.FromDays(1))
            {
                throw new ArgumentOutOfRangeException(nameof(TimeLimit), value, "The time limit must be positive and at most a day.");
            }
            timeLimit = value;
        }
    }

    /// <summary>How many courses not chosen are listed with the reason they were not (the best by the objective first). Defaults to 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On setting: negative or more than 1,000.</exception>
    public int MaxAlternatives
    {
        get => maxAlternatives;
        init
        {
            if (value is < 0 or > 1_000)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxAlternatives), value, "The number of alternatives must be from 0 to 1,000.");
            }
            maxAlternatives = value;
        }
    }

    /// <summary>A short description for logs and the debugger.</summary>
    public override string ToString() =>
        $"objective {Objective}, time limit {TimeLimit}, up to {MaxAlternatives} alternatives";
}
