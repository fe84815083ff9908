using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>No anonymous access unless configured; keys by hash, in either header; rate limits per client.</summary>
public sealed class AuthorizationTest
{
    public static TheoryData<string, string> Endpoints() => new()
    {
        { "GET", "/v1/policies" },
        { "GET", "/v1/policies/aama-cma" },
        { "POST", "/v1/evaluations" },
        { "POST", "/v1/workforce/summaries" },
        { "POST", "/v1/catalog-validations" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_a_key_every_v1_endpoint_answers_401_with_problem_details(string method, string path)
    {
        using var factory = new ServerFactory();
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? Json("{}") : null });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("X-Api-Key", "wrong-key")]
    [InlineData("X-Api-Key", "")]
    [InlineData("Authorization", "ApiKey wrong-key")]
    [InlineData("Authorization", "Basic dXNlcjpwYXNz")]
    [InlineData("Authorization", "Bearer not-a-token")]
    public async Task A_wrong_key_or_scheme_answers_401(string header, string value)
    {
        using var factory = new ServerFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/policies");
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Api-Key", ServerFactory.Key)]
    [InlineData("X-Api-Key", ServerFactory.OtherKey)]
    [InlineData("Authorization", "ApiKey " + ServerFactory.Key)]
    [InlineData("Authorization", "apikey " + ServerFactory.OtherKey)]
    public async Task A_configured_key_in_either_header_is_accepted(string header, string value)
    {
        using var factory = new ServerFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/policies");
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_hash_not_the_key_is_what_is_configured()
    {
        // Sending the configured hash itself as a key must not work.
        using var factory = new ServerFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKeyAuthenticationHandler.Hash(ServerFactory.Key));
        using var response = await client.GetAsync("/v1/policies");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // The hash of "x", as `printf %s x | sha256sum` prints it (the shell one-liner of docs/http-api.md).
        Assert.Equal("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881", ApiKeyAuthenticationHandler.Hash("x"));
    }

    [Fact]
    public async Task Anonymous_access_only_when_configured_and_never_with_a_failed_key()
    {
        using (var closed = new ServerFactory())
        using (var client = closed.CreateClient())
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/policies")).StatusCode);
        }
        using var open = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:AllowAnonymous"] = "true" });
        using var anonymous = open.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/v1/policies")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/policies");
        request.Headers.Add("X-Api-Key", "wrong-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    public async Task Health_and_the_contract_need_no_key(string path)
    {
        using var factory = new ServerFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Each_client_has_its_own_rate_limit_and_a_refusal_says_when_to_retry()
    {
        using var factory = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:RateLimit:PermitsPerWindow"] = "2", ["CeuRules:RateLimit:WindowSeconds"] = "3600" });
        using var first = factory.Authorized();
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/v1/policies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/v1/policies")).StatusCode);
        using var refused = await first.GetAsync("/v1/policies");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > System.TimeSpan.Zero, refused.Headers.ToString());

        using var second = factory.CreateClient();
        second.DefaultRequestHeaders.Add("X-Api-Key", ServerFactory.OtherKey);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/v1/policies")).StatusCode);
        // Health checks are never limited: a load balancer must always see the service.
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Cors_is_off_unless_origins_are_configured()
    {
        using (var factory = new ServerFactory())
        using (var client = factory.Authorized())
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/policies");
            request.Headers.Add("Origin", "https://hr.example.com");
            using var response = await client.SendAsync(request);
            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        }
        using var open = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:CorsOrigins:0"] = "https://hr.example.com" });
        using var browser = open.Authorized();
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/v1/policies");
        allowed.Headers.Add("Origin", "https://hr.example.com");
        using var answer = await browser.SendAsync(allowed);
        Assert.Equal("https://hr.example.com", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("--CeuRules:ApiKeys:0:Sha256=not-a-hash", "Sha256")]
    [InlineData("--CeuRules:ApiKeys:0:Sha256=" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeZ", "Sha256")]
    [InlineData("--CeuRules:MaxLineBytes=10", "MaxLineBytes")]
    [InlineData("--CeuRules:Jwt:Authority=https://login.example.com/", "Audience")]
    public void Settings_that_are_wrong_stop_the_service_at_start_up(string setting, string named)
    {
        var error = Assert.ThrowsAny<System.Exception>(() => ServerApp.Build(["--CeuRules:ApiKeys:0:Name=hr", "--CeuRules:ApiKeys:0:Sha256=" + new string('a', 64), setting]));
        Assert.Contains(named, error.Message);
    }

    internal static StringContent Json(string text) => new(text, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
