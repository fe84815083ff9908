using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>The OpenAPI document the running service serves is the one checked in as docs/openapi.json.</summary>
public sealed class ContractTest : IClassFixture<ServerFactory>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ServerFactory factory;

    public ContractTest(ServerFactory factory) => this.factory = factory;

    [Fact]
    public async Task The_served_openapi_document_matches_the_checked_in_one()
    {
        using var client = factory.CreateClient();
        var served = Normalize(await client.GetStringAsync("/openapi/v1.json"));
        var path = Path.Combine(ServerFactory.Root(), "docs", "openapi.json");
        var received = Path.Combine(ServerFactory.Root(), "docs", "openapi.received.json");
        var approved = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (served != approved)
        {
            await File.WriteAllTextAsync(received, served);
            Assert.Fail($"The OpenAPI document changed. Review {received} and copy it over docs/openapi.json if the change is meant.");
        }
        File.Delete(received);
    }

    [Fact]
    public async Task The_document_is_openapi_3_1_and_describes_every_v1_endpoint_and_the_security_schemes()
    {
        using var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = json.RootElement;
        Assert.StartsWith("3.1", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/v1/catalog-validations", "/v1/evaluations", "/v1/policies", "/v1/policies/{credential}", "/v1/workforce/summaries"], paths.Where(p => p.StartsWith("/v1/", StringComparison.Ordinal)).Order());
        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        var evaluate = root.GetProperty("paths").GetProperty("/v1/evaluations").GetProperty("post");
        Assert.True(evaluate.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        foreach (var status in new[] { "200", "400", "401", "413", "415", "422", "429" })
        {
            Assert.True(evaluate.GetProperty("responses").TryGetProperty(status, out _), status);
        }
    }

    [Theory]
    [InlineData("""{"type":"about:blank","title":"Not found.","status":404,"detail":null}""", "findings")]
    [InlineData("""{"title":"Not found.","status":404,"detail":null,"findings":[]}""", "type")]
    [InlineData("""{"type":"about:blank","title":"Not found.","status":404,"detail":null,"findings":[{"code":"x"}]}""", "severity")]
    public void The_validator_every_response_goes_through_refuses_a_problem_without_its_required_members(string json, string missing)
    {
        var errors = OpenApiValidation.Errors("#/components/schemas/Problem", json);
        Assert.Contains(errors, e => e.Contains(missing, StringComparison.Ordinal));
        Assert.Empty(OpenApiValidation.Errors("#/components/schemas/Problem", """{"type":"about:blank","title":"Not found.","status":404,"detail":null,"findings":[]}"""));
    }

    [Fact]
    public void The_validator_refuses_a_workforce_row_of_the_wrong_shape_and_accepts_the_documented_last_lines()
    {
        Assert.NotEmpty(OpenApiValidation.Errors("#/components/schemas/WorkforceRowBody", """{"line":"one","summary":3}"""));
        Assert.Empty(OpenApiValidation.Errors("#/components/schemas/WorkforceRowBody", """{"stopped":{"code":"time-limit","afterLine":3,"message":"m"}}"""));
        Assert.NotEmpty(OpenApiValidation.Errors("#/components/schemas/WorkforceRowBody", """{"stopped":{"code":"time-limit"}}"""));
    }

    /// <summary>Indented with LF line ends and a final newline, as the repository keeps JSON.</summary>
    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
