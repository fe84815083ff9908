using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CeuRules.Json;
using Json.Schema;
using NodaTime;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary>
/// What the command line writes as JSON matches the published schemas: the batch report of the example
/// workforce (good and malformed lines) and the result of <c>evaluate --format json</c> for every example.
/// </summary>
public sealed class OutputSchemaTest : IDisposable
{
    /// <summary>Every schema, built once into a registry of its own (a schema's $id may be registered once).</summary>
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() =>
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchemas.Names.ToDictionary(name => name, name => JsonSchema.FromText(JsonSchemas.Get(name), options), StringComparer.Ordinal);
    });

    private readonly string scratch = Directory.CreateTempSubdirectory("ceurules-schema-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    public static TheoryData<string, string> Examples() => CliTest.Examples();

    private static void AssertValid(string schema, string json, string what)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schemas.Value[schema].Evaluate(
            document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        Assert.True(result.IsValid, $"{what} does not match {schema}.schema.json:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void The_batch_report_in_json_matches_its_schema()
    {
        string report = Path.Combine(scratch, "report.json");
        var example = Path.Combine(CliTestPaths.Root(), "docs", "examples", "workforce.jsonl");
        var (exit, _, error) = CliTestPaths.Run(new LocalDate(2025, 11, 23), "batch", example, "--as-of", "2025-11-23", "--within-days", "120", "--out", report);

        Assert.True(exit == 1, $"The example has malformed lines, so the batch exits 1; it exited {exit}:\n{error}");
        string json = File.ReadAllText(report);
        using (var document = JsonDocument.Parse(json))
        {
            var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToList();
            Assert.Contains(rows, r => r.TryGetProperty("status", out _));
            Assert.Contains(rows, r => r.TryGetProperty("error", out _) && r.GetProperty("personId").ValueKind == JsonValueKind.Null);
        }
        AssertValid(JsonSchemas.BatchReport, json, "the batch report of workforce.jsonl");
    }

    [Theory]
    [InlineData("example-academy.json", 0)]
    [InlineData("with-errors.json", 1)]
    public void Each_example_catalog_validated_as_json_matches_the_catalog_validation_schema(string file, int exitCode)
    {
        var (exit, output, error) = CliTestPaths.Run(new LocalDate(2025, 11, 23), "validate-catalog",
            Path.Combine(CliTestPaths.Root(), "docs", "examples", "catalogs", file), "--as-of", "2025-11-23", "--format", "json");

        Assert.True(exit == exitCode, $"validate-catalog exited {exit}:\n{error}");
        AssertValid(JsonSchemas.CatalogValidation, output, $"ceurules validate-catalog {file} --format json");
    }

    [Fact]
    public void A_time_based_yield_with_its_exact_fraction_matches_the_catalog_validation_schema()
    {
        string catalog = Path.Combine(scratch, "nha.json");
        File.WriteAllText(catalog, """
            { "vendor": "V", "courses": [ { "id": "N1", "title": "Short one", "kind": "course", "durationMinutes": 100,
              "offers": [ { "credential": "nha-ccma", "credits": [ { "amount": 2, "unit": "nha-credit" } ] } ] } ] }
            """);
        var (_, output, error) = CliTestPaths.Run(new LocalDate(2025, 11, 23), "validate-catalog", catalog, "--as-of", "2025-11-23", "--format", "json");

        Assert.Contains("\"totalExact\": \"5/6\"", output, StringComparison.Ordinal);
        AssertValid(JsonSchemas.CatalogValidation, output, $"the NHA catalog ({error})");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("amt-rma")]
    public void The_policy_listing_matches_its_schema(string? credential)
    {
        string[] args = credential is null ? ["policies", "--format", "json"] : ["policies", credential, "--format", "json"];
        var (exit, output, error) = CliTestPaths.Run(new LocalDate(2025, 11, 23), args);

        Assert.True(exit == 0, $"policies exited {exit}:\n{error}");
        AssertValid(JsonSchemas.PolicyListing, output, "ceurules " + string.Join(" ", args));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_evaluated_as_json_matches_the_result_schema(string file, string status)
    {
        _ = status;
        var (exit, output, error) = CliTestPaths.Run(new LocalDate(2025, 11, 23), "evaluate", Path.Combine(CliTestPaths.Root(), "docs", "examples", file), "--format", "json");

        Assert.True(exit == 0, $"evaluate exited {exit}:\n{error}");
        AssertValid(JsonSchemas.EvaluationResult, output, $"ceurules evaluate {file} --format json");
    }
}
