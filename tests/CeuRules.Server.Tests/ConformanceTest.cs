using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CeuRules.Json;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>The conformance corpus (conformance/*.json, docs/conformance.md) run against the HTTP service: each case's document posted to POST /v1/evaluations.</summary>
public sealed class ConformanceTest : IClassFixture<ServerFactory>
{
    private readonly ServerFactory factory;

    public ConformanceTest(ServerFactory factory) => this.factory = factory;

    [Fact]
    public async Task The_service_conforms_to_every_case()
    {
        using var client = factory.Authorized();
        var cases = ConformanceCase.ReadDirectory(Path.Combine(ServerFactory.Root(), "conformance"));
        Assert.NotEmpty(cases);
        foreach (var @case in cases)
        {
            using var content = new StringContent(@case.Document, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/v1/evaluations", content);
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{@case}: {(int)response.StatusCode} {body}");
            var differences = @case.Check(body);
            Assert.True(differences.IsEmpty, $"{@case}: {string.Join("; ", differences)}");
        }
    }
}
