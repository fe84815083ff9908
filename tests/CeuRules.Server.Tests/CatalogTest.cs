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
    public async Task A_body_that_is_no_catalog_gets_problem_details()
    {
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/catalog-validations", AuthorizationTest.Json("[]"));
        var finding = Assert.Single(await EvaluateTest.ProblemFindings(response, 422));
        Assert.Equal(("wrong-type", "$"), (finding.Code, finding.Path));
    }
}
