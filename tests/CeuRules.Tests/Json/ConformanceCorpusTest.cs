using System;
using System.IO;
using System.Linq;
using CeuRules.Json;
using CeuRules.Policies;
using CeuRules.Tests.PublicApi;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>
/// The conformance corpus (conformance/*.json, docs/conformance.md) run against the library, and the comparison it is
/// run by: an expected part that the result does not contain is reported with its path.
/// </summary>
public sealed class ConformanceCorpusTest
{
    private static string Corpus => Path.Combine(ApprovedApi.RepositoryRoot(), "conformance");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var @case in ConformanceCase.ReadDirectory(Corpus))
        {
            data.Add(@case.Id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_library_conforms_to_every_case(string id)
    {
        var @case = ConformanceCase.ReadDirectory(Corpus).Single(c => c.Id == id);
        var differences = @case.Run(PolicyCatalog.BuiltIn);
        Assert.True(differences.IsEmpty, $"{@case}: {string.Join("; ", differences)}");
    }

    [Fact]
    public void Every_case_names_a_rule_of_the_built_in_policies_and_where_it_was_worked()
    {
        var rules = PolicyCatalog.BuiltIn.Policies.SelectMany(p => p.Rules()).Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var cases = ConformanceCase.ReadDirectory(Corpus);
        Assert.True(cases.Length >= 8, $"{cases.Length} cases");
        Assert.All(cases, c => Assert.Contains(c.Rule, rules));
        Assert.All(cases, c => Assert.True(File.Exists(Path.Combine(ApprovedApi.RepositoryRoot(), c.Origin.Split(',')[0])), $"{c.Id}: {c.Origin}"));
    }

    [Fact]
    public void A_result_that_differs_is_reported_at_the_path_where_it_differs()
    {
        var @case = ConformanceCase.Parse("""
            { "id": "x", "description": "d", "rule": "aama-cma/total", "source": { "citation": "c" }, "origin": "o",
              "document": { "asOf": "2025-01-01" },
              "expected": { "results": [ { "status": "in-progress", "requirements": [ { "id": "total", "counted": 40 } ] } ] } }
            """);
        Assert.Empty(@case.Check("""{ "results": [ { "status": "in-progress", "extra": 1, "requirements": [ { "id": "total", "counted": 40.0, "unit": "u" } ] } ] }"""));
        Assert.Equal("$.results[0].status: expected \"in-progress\", got \"requirements-met\"", Assert.Single(
            @case.Check("""{ "results": [ { "status": "requirements-met", "requirements": [ { "id": "total", "counted": 40 } ] } ] }""")));
        Assert.Equal("$.results[0].requirements[0].counted: expected 40, got 39.5", Assert.Single(
            @case.Check("""{ "results": [ { "status": "in-progress", "requirements": [ { "id": "total", "counted": 39.5 } ] } ] }""")));
        Assert.StartsWith("$.results: expected 1 elements, got 2", Assert.Single(@case.Check("""{ "results": [ {}, {} ] }""")), StringComparison.Ordinal);
        Assert.Contains("no such property", Assert.Single(@case.Check("""{ "results": [ { "requirements": [ { "id": "total", "counted": 40 } ] } ] }""")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_case_is_refused_naming_what_is_wrong()
    {
        Assert.Contains("'extra'", Assert.Throws<FormatException>(() => ConformanceCase.Parse("""{ "extra": 1 }""")).Message, StringComparison.Ordinal);
        Assert.Contains("'expected'", Assert.Throws<FormatException>(() => ConformanceCase.Parse(
            """{ "id": "x", "description": "d", "rule": "r", "source": { "citation": "c" }, "origin": "o", "document": {} }""")).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ConformanceCase.Parse("not json"));
        Assert.Throws<ArgumentNullException>(() => ConformanceCase.Parse(null!));
    }
}
