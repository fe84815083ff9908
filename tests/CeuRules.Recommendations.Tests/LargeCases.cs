using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Workforce;
using FsCheck;
using FsCheck.Fluent;

namespace CeuRules.Recommendations.Tests;

/// <summary>A CMA and CCMA holder against two large catalogs.</summary>
public sealed record LargeCase(Person Person, CourseCatalog[] Catalogs, RecommendationObjective Objective)
{
    /// <inheritdoc />
    public override string ToString() => $"{Objective}: {string.Join(", ", Catalogs.Select(c => c.ToString()))}; {Person.Transcript}";
}

internal static class LargeCases
{
    private static readonly string[] Credentials = ["aama-cma", "nha-ccma"];

    internal static Gen<LargeCase> Gen(int courses) =>
        from small in BruteForceProperties.CaseGen(Credentials)
        from list in FsCheck.Fluent.Gen.CollectToList(Enumerable.Range(0, courses).Select(i => BruteForceProperties.CourseGen(i, Credentials)))
        from objective in FsCheck.Fluent.Gen.Elements(RecommendationObjective.Cost, RecommendationObjective.Time, RecommendationObjective.Courses)
        select new LargeCase(small.Person,
            [new CourseCatalog("Vendor", list.Take(courses / 2)), new CourseCatalog("Other vendor", list.Skip(courses / 2))], objective);
}
