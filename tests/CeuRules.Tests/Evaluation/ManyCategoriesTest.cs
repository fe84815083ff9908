using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// A policy with more categories than the kernel keeps on the stack (16): the sums, the cap's room given to
/// the categories short and the plan are the same whether they live on the stack or the heap, in the
/// explained evaluation, the summary and a prepared summary.
/// </summary>
public sealed class ManyCategoriesTest
{
    private static readonly RuleSource Handbook = new("Many-category handbook");

    private static readonly Credential Wide = new("wide-ma", new CertifyingBody("wide", "WID", "Wide Board"), "W-CE", "Wide board annual CE");

    private static readonly ImmutableArray<Category> Categories = [.. Enumerable.Range(0, 20).Select(c => new Category($"c{c:00}"))];

    /// <summary>20 categories; a total of 40 contact hours; a minimum of one in each category listed; at most 10 not approved.</summary>
    private static CredentialPolicy Policy(params int[] minimums) => new(Wide, "2024", LocalDate.MinIsoValue,
        new ExpirationRule("wide-ma/expiration", Handbook, Period.FromYears(1), ExpirationConvention.DayBeforeAnniversary),
        new CreditWindowRule("wide-ma/window", Handbook),
        new UnitRule("wide-ma/units", Handbook, CreditUnit.ContactHour, []),
        new CeTimeLimit("wide-ma/ce-time-limit", Handbook, Period.FromDays(30)))
    {
        Categories = new CategoryRule("wide-ma/categories", Handbook, Categories, required: false),
        Requirements = [
            new TotalMinimum("wide-ma/total", Handbook, CreditAmount.FromUnits(40)),
            .. minimums.Select(c => new CategoryMinimum($"wide-ma/category:c{c:00}", Handbook, Categories[c], CreditAmount.FromUnits(1))),
        ],
        NonApprovedCap = new NonApprovedCap("wide-ma/non-approved-cap", Handbook, CreditAmount.FromUnits(10)),
    };

    private static LearningActivity Hours(string id, int category, int hours, bool approved) =>
        new(id, LearningActivityKind.Course, D(2024, 3, 1).PlusDays(category))
        {
            Title = "Course " + id,
            Credits = [new CreditLine(CreditAmount.FromUnits(hours), CreditUnit.ContactHour, Categories[category]) { ApprovedBy = approved ? ["wide"] : [] }],
        };

    /// <summary>Approved hours in c00 to c09; two hours not approved in each of c10 to c19, of which the cap keeps 10.</summary>
    private static Transcript Transcript() => T(
        Enumerable.Range(0, 10).Select(c => Hours($"a{c}", c, 1, approved: true))
            .Concat(Enumerable.Range(10, 10).Select(c => Hours($"n{c}", c, 2, approved: false))));

    [Fact]
    public void Twenty_category_minimums_are_met_by_the_cap_giving_its_room_to_the_categories_short_first()
    {
        var policy = Policy([.. Enumerable.Range(0, 20)]);
        var result = Check(policy);

        Assert.All(result.Requirements.Where(r => r.RequirementId.StartsWith("category:", System.StringComparison.Ordinal)), r => Assert.True(r.IsMet, r.ToString()));
        Assert.Equal(20, result.Requirements.Count(r => r.RequirementId.StartsWith("category:", System.StringComparison.Ordinal)));
        Assert.All(Enumerable.Range(10, 10), c => Assert.Equal(CreditAmount.FromUnits(1), result.Requirements.Single(r => r.RequirementId == $"category:c{c:00}").Counted));
    }

    [Fact]
    public void Twenty_categories_with_few_minimums_keep_every_categorys_sum_apart()
    {
        var policy = Policy(19, 0, 12);
        var result = Check(policy);

        Assert.Equal(CreditAmount.FromUnits(1), result.Requirements.Single(r => r.RequirementId == "category:c00").Counted);
        Assert.True(result.Requirements.Single(r => r.RequirementId == "category:c19").IsMet);
        Assert.True(result.Requirements.Single(r => r.RequirementId == "category:c12").IsMet);
    }

    /// <summary>Evaluates the transcript under <paramref name="policy"/>, checks the figures every reading shares, and returns the explained result.</summary>
    private static CertificationEvaluation Check(CredentialPolicy policy)
    {
        var evaluator = new CertificationEvaluator(new PolicyCatalog([policy]));
        var certification = new Certification(Wide, D(2024, 1, 1));
        var asOf = D(2024, 6, 1);
        var transcript = Transcript();

        var result = evaluator.Evaluate(certification, transcript, asOf);

        var total = result.Requirements.Single(r => r.RequirementId == "total");
        Assert.Equal(CreditAmount.FromUnits(20), total.Counted);
        Assert.Equal(CreditAmount.FromUnits(20), total.Shortfall);
        var cap = result.Requirements.Single(r => r.RequirementId == NonApprovedCap.Id);
        Assert.Equal((CreditAmount.FromUnits(10), CreditAmount.FromUnits(10)), (cap.Counted, cap.Excluded));
        Assert.Equal(CreditAmount.FromUnits(20), result.Plan.Total);
        Assert.Equal(CreditAmount.FromUnits(20), result.Plan.Approved); // the cap's room is used up
        Assert.Equal(total.Counted, result.Activities.Aggregate(CreditAmount.Zero, (sum, a) => sum + a.CountedTotal));

        var rows = new RequirementSummary[evaluator.RequirementCountFor(certification)];
        var summary = evaluator.Summarize(certification, transcript, asOf, rows);
        var preparedRows = new RequirementSummary[rows.Length];
        var prepared = evaluator.Summarize(evaluator.Prepare(certification, transcript), asOf, preparedRows);
        Assert.Equal(summary, prepared);
        Assert.Equal(rows, preparedRows);
        Assert.Equal(result.Requirements.Select(r => (r.RequirementId, r.Shortfall, r.Excluded)), rows.Select(r => (r.RequirementId, r.Shortfall, r.Excluded)));
        Assert.Equal((total.Counted, result.Plan.Total, result.Plan.Approved), (summary.Counted, summary.Needed, summary.NeededApproved));
        return result;
    }
}
