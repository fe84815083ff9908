namespace CeuRules.Policies;

/// <summary>
/// A way to recertify (RULES.md, "Routes and the next step"). The JSON ids are listed on each value.
/// </summary>
public enum RecertificationRoute
{
    /// <summary>By continuing education: the cycle's requirements met and an application (<c>ce</c>).</summary>
    ContinuingEducation = 0,

    /// <summary>By passing the body's exam (<c>exam</c>).</summary>
    Exam = 1,

    /// <summary>Once expired, by credit completed within a window that ends on the application (<c>reactivation</c>).</summary>
    Reactivation = 2,
}
