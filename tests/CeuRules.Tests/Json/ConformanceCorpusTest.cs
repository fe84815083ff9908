using System;
using System.IO;
using System.Linq;
using CeuRules.Explanations;
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
        var status = Assert.Single(@case.Check("""{ "results": [ { "status": "requirements-met", "requirements": [ { "id": "total", "counted": 40 } ] } ] }"""));
        Assert.Equal(("$.results[0].status", "\"in-progress\"", "\"requirements-met\""), (status.Path, status.Expected, status.Actual));
        Assert.Equal("$.results[0].status: expected \"in-progress\", the result has \"requirements-met\"", status.ToString());
        Assert.Equal("$.results[0].status: se esperaba \"in-progress\" y el resultado tiene \"requirements-met\"",
            Explainer.Spanish.ConformanceDifference(status.Path, status.Expected, status.Actual));
        var counted = Assert.Single(@case.Check("""{ "results": [ { "status": "in-progress", "requirements": [ { "id": "total", "counted": 39.5 } ] } ] }"""));
        Assert.Equal(("$.results[0].requirements[0].counted", "40", "39.5"), (counted.Path, counted.Expected, counted.Actual));
        var length = Assert.Single(@case.Check("""{ "results": [ {}, {} ] }"""));
        Assert.Equal(("$.results", "[ {}, {} ]"), (length.Path, length.Actual));
        var missing = Assert.Single(@case.Check("""{ "results": [ { "requirements": [ { "id": "total", "counted": 40 } ] } ] }"""));
        Assert.Equal(("$.results[0].status", (string?)null), (missing.Path, missing.Actual));
        Assert.EndsWith("the result has no such value", missing.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("el resultado no tiene ese valor", Explainer.Spanish.ConformanceDifference(missing.Path, missing.Expected, missing.Actual), StringComparison.Ordinal);
        var notJson = Assert.Single(@case.Check("{ nope"));
        Assert.Equal("invalid-json", notJson.Finding?.Code);
        Assert.Null(@case.Check("{}").FirstOrDefault()?.Finding);
    }

    [Fact]
    public void A_case_whose_document_states_no_date_is_refused_by_a_coded_finding()
    {
        var @case = ConformanceCase.Parse("""
            { "id": "x", "description": "d", "rule": "aama-cma/total", "source": { "citation": "c" }, "origin": "o",
              "document": { "certifications": [ { "credential": "aama-cma", "certifiedOn": "2020-01-01" } ] },
              "expected": { } }
            """);
        var difference = Assert.Single(@case.Run(PolicyCatalog.BuiltIn));
        Assert.Equal(("missing-field", "asOf"), (difference.Finding?.Code, difference.Path));
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
