using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Nodes;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>A custom policy's categories and unit named per language in the policy file, as a reader of each language sees them.</summary>
public sealed class PolicyNamesPerLanguageTest
{
    private const string Policy = """
        { "credential": { "id": "acme-rn", "acronym": "RN", "name": "Acme registered nurse CE",
                          "body": { "id": "acme", "acronym": "ACME", "name": "Acme Health" } },
          "source": "Acme Health HR policy 12, 2024",
          "versions": [ { "version": "2024", "effectiveFrom": "2024-01-01",
              "expiration": { "cycle": "P1Y", "convention": "day-before-anniversary" },
              "units": { "unit": "acme-point" },
              "categories": { "ids": ["safety", "clinical"] },
              "requirements": [ { "type": "category", "category": "safety", "minimum": 4 } ] } ] }
        """;

    internal static PolicyReadResult Read(Action<JsonObject>? change = null)
    {
        var root = JsonNode.Parse(Policy)!.AsObject();
        change?.Invoke(root["versions"]![0]!.AsObject());
        return PolicyJsonReader.Read(root.ToJsonString());
    }

    internal static PolicyReadResult Named() => Read(version =>
    {
        version["categories"]!["names"] = new JsonObject
        {
            ["safety"] = new JsonObject { ["en"] = "workplace safety", ["es"] = "seguridad laboral" },
            ["clinical"] = new JsonObject { ["es"] = "clínica de Acme" },
        };
        version["units"]!["singular"] = "Acme point";
        version["units"]!["plural"] = "Acme points";
        version["units"]!["singularTranslations"] = new JsonObject { ["es"] = "punto de Acme" };
        version["units"]!["pluralTranslations"] = new JsonObject { ["es"] = "puntos de Acme" };
    });

    private static CertificationEvaluation Evaluate(CredentialPolicy policy) =>
        new CertificationEvaluator(new PolicyCatalog([policy]))
            .Evaluate(new Certification(policy.Credential, new LocalDate(2024, 3, 1)), Transcript.Empty, new LocalDate(2024, 7, 1));

    [Fact]
    public void A_Spanish_reader_sees_the_category_and_unit_as_the_policy_names_them_in_Spanish()
    {
        var read = Named();
        Assert.Empty(read.Findings);
        var evaluation = Evaluate(Assert.Single(read.Policies));
        var requirement = Assert.Single(evaluation.Requirements);

        Assert.Equal("Categoría seguridad laboral", Explainer.Spanish.RequirementName(requirement, evaluation.Policy));
        string spanish = Explainer.Spanish.StatusExplanation(evaluation);
        Assert.Contains("4 puntos de Acme en la categoría seguridad laboral", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("safety", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme points", spanish, StringComparison.Ordinal);

        Assert.Equal("Workplace safety category", Explainer.English.RequirementName(requirement, evaluation.Policy));
        Assert.Contains("4 Acme points in the workplace safety category", Explainer.English.StatusExplanation(evaluation), StringComparison.Ordinal);
    }

    [Fact]
    public void A_recommendation_reason_names_the_category_as_the_policy_names_it()
    {
        var policy = Assert.Single(Named().Policies);
        var reason = new CeuRules.Recommendations.RecommendationReason(CeuRules.Recommendations.RecommendationCodes.CategoryNotSupplied,
            [new DecisionArgument("category", new Category("safety")), new DecisionArgument("shortfall", new Credit(CreditAmount.FromUnits(2), policy.Units.Unit))]);
        Assert.Contains("la categoría seguridad laboral", Explainer.Spanish.Reason(reason, policy), StringComparison.Ordinal);
        Assert.Contains("the workplace safety category", Explainer.English.Reason(reason, policy), StringComparison.Ordinal);
        // Without the policy only the built-in words are at hand.
        Assert.Contains("safety", Explainer.Spanish.Reason(reason), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_missing_in_the_readers_language_falls_back_to_English_then_to_the_id()
    {
        var policy = Assert.Single(Named().Policies);
        var clinical = new Category("clinical");
        var safety = new Category("safety");
        Assert.Equal("clínica de Acme", Explainer.Spanish.CategoryName(clinical, policy));
        // A built-in category's own English word comes before the policy's absent English name.
        Assert.Equal("clinical", Explainer.English.CategoryName(clinical, policy));
        Assert.Equal("workplace safety", Explainer.English.CategoryName(safety, policy));

        var englishOnly = Assert.Single(Read(version => version["categories"]!["names"] = new JsonObject
        {
            ["safety"] = new JsonObject { ["en"] = "workplace safety" },
        }).Policies);
        Assert.Equal("workplace safety", Explainer.Spanish.CategoryName(safety, englishOnly));
    }

    [Fact]
    public void Without_names_a_custom_category_is_shown_by_its_id_and_the_unit_as_given()
    {
        var read = Read();
        Assert.Empty(read.Findings);
        var evaluation = Evaluate(Assert.Single(read.Policies));
        Assert.Equal("Categoría safety", Explainer.Spanish.RequirementName(Assert.Single(evaluation.Requirements), evaluation.Policy));
        Assert.Contains("4 acme-point en la categoría safety", Explainer.Spanish.StatusExplanation(evaluation), StringComparison.Ordinal);
    }

    [Fact]
    public void The_names_are_written_back_as_they_were_read()
    {
        var policy = Assert.Single(Named().Policies);
        string written = PolicyJsonWriter.Write([policy]);
        var again = Assert.Single(PolicyJsonReader.Read(written).Policies);
        Assert.Equal(
            policy.Categories!.Names.Select(n => (n.Key, string.Join(";", n.Value.Select(v => v.Key + "=" + v.Value)))),
            again.Categories!.Names.Select(n => (n.Key, string.Join(";", n.Value.Select(v => v.Key + "=" + v.Value)))));
        Assert.Equal(policy.Units.PluralNameTranslations, again.Units.PluralNameTranslations);
        Assert.Equal(policy.Units.SingularNameTranslations, again.Units.SingularNameTranslations);
    }

    [Fact]
    public void A_name_for_an_unknown_category_or_in_a_malformed_language_is_a_finding()
    {
        var unknown = Read(version => version["categories"]!["names"] = new JsonObject { ["ethics"] = new JsonObject { ["es"] = "ética" } });
        Assert.False(unknown.IsValid);
        Assert.Equal("versions[0].categories.names.ethics", Assert.Single(unknown.Findings, f => f.Code == "unknown-category").Path);

        var language = Read(version => version["categories"]!["names"] = new JsonObject { ["safety"] = new JsonObject { ["spa"] = "seguridad" } });
        Assert.Equal("versions[0].categories.names.safety.spa", Assert.Single(language.Findings, f => f.Code == "invalid-id").Path);

        var blank = Read(version => version["units"]!["pluralTranslations"] = new JsonObject { ["es"] = " " });
        Assert.Equal("versions[0].units.pluralTranslations.es", Assert.Single(blank.Findings, f => f.Code == "missing-field").Path);
    }

    [Fact]
    public void The_model_refuses_names_it_cannot_show()
    {
        var source = new RuleSource("Acme Health HR policy 12");
        static ImmutableSortedDictionary<string, string> Names(string language, string name) =>
            ImmutableSortedDictionary<string, string>.Empty.Add(language, name);
        CategoryRule Categories(Category category, ImmutableSortedDictionary<string, string> names) =>
            new("acme-rn/categories", source, [new Category("safety")], required: false)
            {
                Names = ImmutableSortedDictionary<Category, ImmutableSortedDictionary<string, string>>.Empty.Add(category, names),
            };

        Assert.Equal("seguridad", Categories(new Category("safety"), Names("es", "seguridad")).NameIn(new Category("safety"), "es"));
        Assert.Throws<ArgumentException>(() => Categories(new Category("ethics"), Names("es", "ética")));
        Assert.Throws<ArgumentException>(() => Categories(new Category("safety"), Names("spa", "seguridad")));
        Assert.Throws<ArgumentException>(() => Categories(new Category("safety"), Names("es", " ")));
        Assert.Throws<ArgumentException>(() => new UnitRule("acme-rn/units", source, new CreditUnit("acme-point"), []) { PluralNameTranslations = Names("ES", "puntos") });
    }
}
