namespace CeuRules.Recommendations;

/// <summary>What a recommendation minimises first; ties are broken by the other two, in the order each value lists.</summary>
public enum RecommendationObjective
{
    /// <summary>The least total price; ties broken by the least time, then the fewest courses.</summary>
    Cost = 0,

    /// <summary>The least total time (stated minutes); ties broken by the least price, then the fewest courses.</summary>
    Time = 1,

    /// <summary>The fewest courses; ties broken by the least price, then the least time.</summary>
    Courses = 2,
}
