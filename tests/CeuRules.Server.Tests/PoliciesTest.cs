using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using CeuRules.Policies;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>GET /v1/policies and /v1/policies/{credential}: the versions, their rules and sources, including configured policy files.</summary>
public sealed class PoliciesTest : IClassFixture<ServerFactory>
{
    private readonly ServerFactory factory;

    public PoliciesTest(ServerFactory factory) => this.factory = factory;

    [Fact]
    public async Task The_listing_has_every_built_in_version_with_every_rule_and_its_source()
    {
        using var client = factory.Authorized();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/v1/policies"));
        var policies = json.RootElement.GetProperty("policies").EnumerateArray().ToList();
        Assert.Equal(PolicyCatalog.BuiltIn.Policies.Length, policies.Count);
        foreach (var version in PolicyCatalog.BuiltIn.Policies)
        {
            var listed = policies.Single(p => p.GetProperty("policyId").GetString() == version.PolicyId);
            var rules = listed.GetProperty("rules").EnumerateArray().ToList();
            Assert.Equal(version.Rules().Select(r => r.RuleId), rules.Select(r => r.GetProperty("id").GetString()));
            Assert.Equal(version.Rules().Select(r => r.Source.Citation), rules.Select(r => r.GetProperty("source").GetProperty("citation").GetString()));
        }
    }

    [Fact]
    public async Task Each_source_carries_what_an_auditor_opens_as_the_command_line_lists_it()
    {
        using var client = factory.Authorized();
        string served = await client.GetStringAsync("/v1/policies");
        Assert.Equal(CeuRules.Json.PolicyListingJsonWriter.Write(PolicyCatalog.BuiltIn.Credentials, PolicyCatalog.BuiltIn) + "\n", served);
        using var json = JsonDocument.Parse(served);
        var sources = json.RootElement.GetProperty("policies").EnumerateArray()
            .SelectMany(p => p.GetProperty("rules").EnumerateArray()).Select(r => r.GetProperty("source")).ToList();
        // Every built-in rule cites an address or a named document, and says who stands behind it.
        Assert.All(sources, s => Assert.True(
            s.GetProperty("url").ValueKind == JsonValueKind.String || s.GetProperty("document").ValueKind == JsonValueKind.String,
            $"'{s.GetProperty("citation").GetString()}' has neither a URL nor a document."));
        Assert.Contains(sources, s => s.GetProperty("furtherSources").GetArrayLength() > 0);
    }

    [Fact]
    public void A_configured_policy_file_that_cannot_be_read_or_is_too_large_stops_the_start_with_its_code()
    {
        var missing = new ServerOptions();
        missing.PolicyFiles.Add(Path.Combine(Path.GetTempPath(), $"no-such-{System.Guid.NewGuid():N}.json"));
        Assert.Contains("[cannot-read]", Assert.Throws<System.InvalidOperationException>(() => ServerApp.LoadPolicies(missing)).Message, System.StringComparison.Ordinal);

        // A device that never ends is read only just past the limit, not to the end of memory.
        var endless = new ServerOptions();
        endless.PolicyFiles.Add("/dev/zero");
        Assert.Contains("[document-too-large]", Assert.Throws<System.InvalidOperationException>(() => ServerApp.LoadPolicies(endless)).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_configured_policy_directory_replaces_a_built_in_credential_and_the_listing_names_its_file_and_hash()
    {
        var folder = Directory.CreateTempSubdirectory("ceurules-server-policies-");
        try
        {
            string builtIn = Path.Combine(ServerFactory.Root(), "src", "CeuRules", "Policies", "BuiltIn", "nha-ccma.policy.json");
            string copy = Path.Combine(folder.FullName, "nha-ccma.policy.json");
            File.Copy(builtIn, copy);
            var options = new ServerOptions { PolicyDirectory = folder.FullName };

            var catalog = ServerApp.LoadPolicies(options);

            var nha = catalog.Credentials.Single(c => c.Id == "nha-ccma");
            Assert.Equal((PolicyOriginKind.File, copy), (catalog.OriginOf(nha).Kind, catalog.OriginOf(nha).File));
            using var json = JsonDocument.Parse(CeuRules.Json.PolicyListingJsonWriter.Write(catalog.Credentials, catalog));
            var origins = json.RootElement.GetProperty("policies").EnumerateArray()
                .ToDictionary(p => p.GetProperty("policyId").GetString()!, p => p.GetProperty("origin"));
            Assert.Equal("file", origins.Single(o => o.Key.StartsWith("nha-ccma@", System.StringComparison.Ordinal)).Value.GetProperty("kind").GetString());
            Assert.Equal(PolicyCatalog.BuiltIn.OriginOf(nha).Sha256, origins.Single(o => o.Key.StartsWith("nha-ccma@", System.StringComparison.Ordinal)).Value.GetProperty("sha256").GetString());
            Assert.All(origins.Where(o => !o.Key.StartsWith("nha-ccma@", System.StringComparison.Ordinal)), o => Assert.Equal("built-in", o.Value.GetProperty("kind").GetString()));

            File.WriteAllText(Path.Combine(folder.FullName, "zz-broken.json"), "{ \"credential\": 1 }");
            Assert.Contains("zz-broken.json:", Assert.Throws<System.InvalidOperationException>(() => ServerApp.LoadPolicies(options)).Message, System.StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task One_credential_lists_only_its_versions()
    {
        using var client = factory.Authorized();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/v1/policies/amt-rma"));
        var credentials = json.RootElement.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("credential").GetString()).Distinct();
        Assert.Equal(["amt-rma"], credentials);
    }

    [Fact]
    public async Task An_unknown_credential_is_404_with_the_unknown_credential_code()
    {
        using var client = factory.Authorized();
        using var response = await client.GetAsync("/v1/policies/no-such-credential");
        Assert.Equal("unknown-credential", Assert.Single(await EvaluateTest.ProblemFindings(response, 404)).Code);
    }

    [Fact]
    public async Task Configured_policy_files_are_loaded_beside_the_built_in_ones_and_evaluate()
    {
        var file = Path.Combine(ServerFactory.Root(), "docs", "examples", "policies", "employer-annual.json");
        using var custom = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:PolicyFiles:0"] = file });
        using var client = custom.Authorized();
        var read = CeuRules.Json.PolicyJsonReader.Read(File.ReadAllBytes(file));
        var id = read.Policies[0].Credential.Id;
        using var response = await client.GetAsync($"/v1/policies/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var all = JsonDocument.Parse(await client.GetStringAsync("/v1/policies"));
        Assert.Equal(PolicyCatalog.BuiltIn.With(read.Policies).Policies.Length, all.RootElement.GetProperty("policies").GetArrayLength());
        var document = $$"""{ "asOf": "2025-11-23", "certifications": [ { "credential": "{{id}}", "certifiedOn": "2025-01-10" } ] }""";
        using var evaluated = await client.PostAsync("/v1/evaluations", AuthorizationTest.Json(document));
        Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        Assert.Contains($"\"credential\": \"{id}\"", await evaluated.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_policy_file_with_errors_stops_the_service_at_start_up_naming_the_finding()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-policy-{System.Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "credential": 3 }""");
        try
        {
            var error = Assert.Throws<System.InvalidOperationException>(() => ServerApp.LoadPolicies(new ServerOptions { PolicyFiles = { file } }));
            Assert.Contains(Path.GetFileName(file), error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
