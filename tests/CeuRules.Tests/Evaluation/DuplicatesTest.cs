using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// Activities of the same content under different ids (docs/decisions.md, "Duplicates"): the first in canonical
/// order counts and each other copy is a <c>duplicate-content</c> naming it (<c>duplicateOf</c>), in whatever order
/// the transcript lists them.
/// </summary>
public sealed class DuplicatesTest
{
    private static LearningActivity Copy(string id) =>
        new(id, LearningActivityKind.Course, D(2022, 5, 5)) { Title = "Infection control", Provider = "Clinic", Credits = [Line(3, "clinical")] };

    [Theory]
    [InlineData("a", "b", "c")]
    [InlineData("c", "b", "a")]
    [InlineData("b", "c", "a")]
    [InlineData("c", "a", "b")]
    public void Of_three_copies_of_one_content_the_first_id_counts_and_the_others_name_it(string first, string second, string third)
    {
        var result = new CertificationEvaluator().Evaluate(Cma(D(2021, 2, 10)), T(Copy(first), Copy(second), Copy(third)), D(2025, 6, 1));

        Assert.Equal(CreditAmount.FromUnits(3), result.Activities.Single(a => a.ActivityId == "a").CountedTotal);
        foreach (var id in new[] { "b", "c" })
        {
            var refused = Assert.Single(result.Activities.Single(a => a.ActivityId == id).NotCounted);
            Assert.Equal(DecisionCodes.DuplicateContent, refused.Code);
            Assert.Equal([new DecisionArgument("duplicateOf", "a")], refused.Arguments.ToArray());
        }
        Assert.Equal(CreditAmount.FromUnits(3), result.Requirements.Single(r => r.RequirementId == "category:clinical").Counted);
    }
}
