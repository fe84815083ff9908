using System.Globalization;
using System.Linq;
using System.Text.Json;
using CeuRules.Catalogs;
using CeuRules.Json;
using CeuRules.Model;
using FsCheck;
using FsCheck.Fluent;
using Json.Schema;
using Xunit;
using static CeuRules.Recommendations.Tests.Build;

namespace CeuRules.Recommendations.Tests;

/// <summary>The JSON face: the documented fields, exact amounts, and the published schema.</summary>
public class JsonTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(JsonSchemas.Get(JsonSchemas.Recommendation), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).ToList();
        Assert.True(result.IsValid, string.Join("\n", errors) + "\n" + json);
    }

    [Fact]
    public void Exact_amounts_are_written_as_the_evaluation_json_writes_them()
    {
        var person = Person([Certification("nha-ccma")]);
        var catalog = new CourseCatalog("Vendor", Enumerable.Range(0, 12).Select(i => Course($"s{i}", 1, 100, Offer("nha-ccma", Line(1, CreditUnit.NhaCredit)))));
        var json = RecommendationJsonWriter.ToJson(Recommend(person, RecommendationObjective.Cost, catalog));
        AssertValid(json);
        using var document = JsonDocument.Parse(json);
        var earned = document.RootElement.GetProperty("courses")[0].GetProperty("earns")[0];
        Assert.Equal(0.83m, earned.GetProperty("amount").GetDecimal());
        Assert.Equal("5/6", earned.GetProperty("amountExact").GetString());
        Assert.Equal(12m, document.RootElement.GetProperty("totalCost").GetDecimal());
    }

    [Fact]
    public void Reasons_carry_code_typed_arguments_and_a_message_in_the_culture_asked_for()
    {
        var person = Person([Certification("aama-cma")], Done("g", new(2025, 6, 1), Line(30, CreditUnit.AamaPoint, Category.General, "aama")),
            Done("c", new(2025, 6, 1), Line(25, CreditUnit.AamaPoint, Category.Clinical, "aama")));
        var catalog = new CourseCatalog("Vendor", [Course("clinical", 10, 600, Offer("aama-cma", Line(10, CreditUnit.AamaPoint, Category.Clinical, "aama")))]);
        var recommendation = Recommend(person, RecommendationObjective.Cost, catalog);
        var json = RecommendationJsonWriter.ToJson(recommendation, CultureInfo.GetCultureInfo("es-US"));
        AssertValid(json);
        using var document = JsonDocument.Parse(json);
        var uncovered = document.RootElement.GetProperty("certifications")[0].GetProperty("uncovered")[0];
        Assert.Equal("category:administrative", uncovered.GetProperty("requirement").GetString());
        var reason = uncovered.GetProperty("reason");
        Assert.Equal("category-not-supplied", reason.GetProperty("code").GetString());
        Assert.Equal("administrative", reason.GetProperty("arguments").GetProperty("category").GetString());
        Assert.Equal(10m, reason.GetProperty("arguments").GetProperty("shortfall").GetProperty("amount").GetDecimal());
        Assert.StartsWith("Los catálogos", reason.GetProperty("message").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_recommendation_matches_the_schema()
    {
        var property = Prop.ForAll(Arb.From(BruteForceProperties.CaseGen(["aama-cma", "nha-ccma"])), (SmallCase c) =>
            AssertValid(RecommendationJsonWriter.ToJson(new CourseRecommender().Recommend(c.Person, [c.Catalog], AsOf))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), property);
    }
}
