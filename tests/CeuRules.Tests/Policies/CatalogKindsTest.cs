using System.Linq;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using Xunit;

namespace CeuRules.Tests.PolicyRules;

/// <summary>
/// The kinds of activity a catalog knows are one list, read by every reader: the built-in kinds, then those its
/// policies name or rule on. A reader warns <c>unknown-kind</c> for any other, and for none of these.
/// </summary>
public sealed class CatalogKindsTest
{
    private static readonly PolicyCatalog WithCustom = PolicyCatalog.BuiltIn.With([SpanishNamedPolicy.Policy]);

    [Fact]
    public void The_built_in_catalog_knows_the_built_in_kinds_and_every_kind_its_policies_rule_on()
    {
        Assert.Equal(LearningActivityKind.BuiltIn, PolicyCatalog.BuiltIn.Kinds.Take(LearningActivityKind.BuiltIn.Length));
        Assert.All(PolicyCatalog.BuiltIn.Policies.SelectMany(p => p.KindsNamed), kind => Assert.Contains(kind, PolicyCatalog.BuiltIn.Kinds));
        Assert.Equal(PolicyCatalog.BuiltIn.Kinds.Length, PolicyCatalog.BuiltIn.Kinds.Distinct().Count());
    }

    [Fact]
    public void A_custom_policy_adds_the_kinds_it_names_and_rules_on_once_each_after_the_built_in_ones()
    {
        Assert.Equal(["drill", "employment", "in-service", "webinar"], SpanishNamedPolicy.Policy.KindsNamed.Select(k => k.Id));
        Assert.Equal([.. LearningActivityKind.BuiltIn.Select(k => k.Id), "drill", "in-service", "webinar"], WithCustom.Kinds.Select(k => k.Id));
    }

    [Fact]
    public void The_transcript_reader_warns_for_a_kind_only_when_the_catalog_does_not_know_it()
    {
        const string Document = """
            { "asOf": "2025-02-01", "certifications": [ { "credential": "example-safety", "certifiedOn": "2024-03-01" } ],
              "activities": [ { "id": "d1", "title": "Fire drill", "kind": "drill", "completedOn": "2024-05-01", "durationMinutes": 60 } ] }
            """;
        Assert.DoesNotContain(TranscriptJsonReader.Read(Document, WithCustom).Findings, f => f.Code == "unknown-kind");
        var builtIn = TranscriptJsonReader.Read(Document.Replace("example-safety", "aama-cma", System.StringComparison.Ordinal), PolicyCatalog.BuiltIn);
        Assert.Contains(builtIn.Findings, f => f.Code == "unknown-kind" && f.Arguments["value"] == "drill");
    }

    [Fact]
    public void The_built_in_lists_are_the_built_in_values_in_declaration_order()
    {
        Assert.Equal(["aama-point", "amt-ccp-point", "nha-credit", "clock-hour", "contact-hour", "iacet-ceu", "college-credit"], CreditUnit.BuiltIn.Select(u => u.Id));
        Assert.Equal(["general", "clinical", "administrative"], Category.BuiltIn.Select(c => c.Id));
        Assert.Equal(11, LearningActivityKind.BuiltIn.Length);
        Assert.All(LearningActivityKind.BuiltIn, kind => Assert.NotNull(kind.Id));
    }
}
