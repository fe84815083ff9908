using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Model;
using Xunit;
using static CeuRules.Recommendations.Tests.Build;

namespace CeuRules.Recommendations.Tests;

public class SmokeTest
{
    [Fact]
    public void Chooses_the_cheapest_course_that_closes_the_shortfall()
    {
        var person = Person([Certification("nha-ccma")], Done("a1", new(2025, 6, 1), Line(8, CreditUnit.NhaCredit)));
        var catalog = new CourseCatalog("Vendor", [
            Course("expensive", 90, 240, Offer("nha-ccma", Line(2, CreditUnit.NhaCredit))),
            Course("cheap", 20, 240, Offer("nha-ccma", Line(2, CreditUnit.NhaCredit))),
            Course("short", 15, 60, Offer("nha-ccma", Line(0.5m, CreditUnit.NhaCredit))),
        ]);
        var r = Recommend(person, RecommendationObjective.Cost, catalog);
        Assert.True(r.IsOptimal);
        Assert.Equal(["cheap"], r.Courses.Select(c => c.CourseId));
        Assert.Equal(Money.FromDollars(20), r.TotalCost);
        Assert.True(r.Certifications[0].BecomesCurrent);
    }
}
