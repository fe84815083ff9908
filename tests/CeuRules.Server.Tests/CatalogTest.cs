using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using CeuRules.Catalogs;
using CeuRules.Json;
using NodaTime;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>POST /v1/catalog-validations gives the validator's findings and yields, with the readers' codes and paths.</summary>
public sealed class CatalogTest : IClassFixture<ServerFactory>
{
    private readonly ServerFactory factory;

    public CatalogTest(ServerFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("example-academy.json")]
    [InlineData("with-errors.json")]
    public async Task The_shipped_catalogs_give_the_validators_findings_and_yields(string file)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(ServerFactory.Root(), "docs", "examples", "catalogs", file));
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/catalog-validations?asOf=2025-11-23", EvaluateTest.Body(bytes));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var read = CatalogJsonReader.Read(bytes);
        var validation = read.Catalog is { } catalog ? new CatalogValidator().Validate(catalog, new LocalDate(2025, 11, 23)) : null;
        var expected = read.Findings.Select(f => (f.Code, f.SeverityId, f.Path, f.Message))
            .Concat((validation?.Findings ?? []).Select(f => (f.Code, f.SeverityId, f.Path, f.Message))).ToList();
        var actual = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("code").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("path").GetString()!, f.GetProperty("message").GetString()!)).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.All(f => f.Item2 != "error"), json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal((validation?.Yields ?? []).Select(y => (y.CourseId, y.Credential.Id, y.Description)),
            json.RootElement.GetProperty("yields").EnumerateArray().Select(y => (y.GetProperty("course").GetString()!, y.GetProperty("credential").GetString()!, y.GetProperty("description").GetString()!)));
    }

    [Fact]
    public async Task A_time_based_yield_is_written_exactly_and_as_the_command_line_writes_it()
    {
        // 100 minutes at one NHA credit per 120 minutes: 5/6 of a credit, which no number of hundredths is.
        const string Catalog = """
            { "vendor": "V", "courses": [ { "id": "N1", "title": "Short one", "kind": "course", "durationMinutes": 100,
              "offers": [ { "credential": "nha-ccma", "credits": [] } ] } ] }
            """;
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/catalog-validations?asOf=2025-11-23", AuthorizationTest.Json(Catalog));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string served = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(served);
        var yield = json.RootElement.GetProperty("yields")[0];
        Assert.Equal(("0.83", "5/6"), (yield.GetProperty("total").GetRawText(), yield.GetProperty("totalExact").GetString()));
        Assert.Equal("5/6", yield.GetProperty("counted")[0].GetProperty("amountExact").GetString());

        var read = CatalogJsonReader.Read(Catalog);
        var validation = new CatalogValidator().Validate(read.Catalog!, new LocalDate(2025, 11, 23));
        Assert.Equal(CatalogValidationJsonWriter.Write(new LocalDate(2025, 11, 23), [.. read.Findings, .. validation.Findings], validation) + "\n", served);
    }

    [Fact]
    public async Task A_catalog_with_a_string_that_is_not_text_is_refused_whole_as_by_the_command_line()
    {
        const string Catalog = """{ "vendor": "\ud800", "courses": [] }""";
        Assert.True(CatalogJsonReader.Read(Catalog).IsRefused);
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/catalog-validations?asOf=2025-11-23", AuthorizationTest.Json(Catalog));
        var finding = Assert.Single(await EvaluateTest.ProblemFindings(response, 422));
        Assert.Equal("invalid-escape", finding.Code);
    }

    [Fact]
    public async Task A_body_that_is_no_catalog_gets_problem_details()
    {
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/catalog-validations", AuthorizationTest.Json("[]"));
        var finding = Assert.Single(await EvaluateTest.ProblemFindings(response, 422));
        Assert.Equal(("wrong-type", "$"), (finding.Code, finding.Path));
    }
}
