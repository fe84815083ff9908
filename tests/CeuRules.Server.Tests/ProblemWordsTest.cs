using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>
/// Every refusal of the service, its own (401, 404, 405, 406, 415, a bad query value) and the readers', says why by
/// declared finding codes, and its <c>detail</c> is the first error worded by the explanation layer in the language
/// of <c>Accept-Language</c>, the same sentence the library words for that finding.
/// </summary>
public sealed class ProblemWordsTest : IClassFixture<ServerFactory>
{
    private readonly ServerFactory factory;

    public ProblemWordsTest(ServerFactory factory) => this.factory = factory;

    public static TheoryData<string, string, string?, string?, bool> Refusals() => new()
    {
        // name, method and path, body, content type, authorized
        { "not-a-date", "POST /v1/evaluations?asOf=2025-13-01", "{}", "application/json", true },
        { "out-of-range", "POST /v1/workforce/summaries?withinDays=abc", "", "application/x-ndjson", true },
        { "unsupported-media-type", "POST /v1/evaluations", "{}", "text/plain", true },
        { "invalid-json", "POST /v1/evaluations", "{ nope", "application/json", true },
        { "missing-field", "POST /v1/evaluations", "{}", "application/json", true },
        { "unknown-credential", "GET /v1/policies/no-such-credential", null, null, true },
        { "not-found", "GET /v1/no-such-endpoint", null, null, true },
        { "method-not-allowed", "DELETE /v1/policies", null, null, true },
        { "unauthorized", "GET /v1/policies", null, null, false },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refusal_is_worded_in_the_language_the_request_asks_for(string code, string request, string? body, string? contentType, bool authorized)
    {
        var english = await Send(request, body, contentType, authorized, "en-US");
        var spanish = await Send(request, body, contentType, authorized, "es-MX,es;q=0.9,en;q=0.5");

        var codes = english.Findings.Select(f => f.Code).ToList();
        Assert.Contains(code, codes);
        Assert.All(codes, c => Assert.True(FindingCodes.TryGet(c, out _), $"{c} is not a declared finding code."));
        Assert.Equal(codes, spanish.Findings.Select(f => f.Code));
        // The findings' messages are the same English in every language; the detail is the reader's.
        Assert.Equal(english.Findings.Select(f => f.Message), spanish.Findings.Select(f => f.Message));
        Assert.Equal("en-US", english.Language);
        Assert.Equal("es-US", spanish.Language);
        Assert.NotEqual(english.Detail, spanish.Detail);

        // English words are the findings' English messages; Spanish words are the code's own, never the fallback for a finding without them.
        Assert.Equal(english.FirstError, english.Detail);
        Assert.DoesNotContain("Una parte del documento", spanish.Detail, System.StringComparison.Ordinal);
    }

    private async Task<(string? Detail, string? Language, List<(string Code, string Message)> Findings, string FirstError)> Send(
        string request, string? body, string? contentType, bool authorized, string language)
    {
        using var client = authorized ? factory.Authorized() : factory.CreateClient();
        string[] parts = request.Split(' ');
        using var message = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]);
        if (body is not null)
        {
            message.Content = new StringContent(body, Encoding.UTF8);
            message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType!);
        }
        message.Headers.TryAddWithoutValidation("Accept-Language", language);
        using var response = await client.SendAsync(message);
        Assert.True((int)response.StatusCode >= 400, $"{request}: {response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var wire = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var findings = wire.Select(f => (f.GetProperty("code").GetString()!, f.GetProperty("message").GetString()!)).ToList();
        var firstError = wire.First(f => f.GetProperty("severity").GetString() == "error").GetProperty("message").GetString()!;
        return (json.RootElement.GetProperty("detail").GetString(), response.Content.Headers.ContentLanguage.SingleOrDefault(), findings, firstError);
    }
}
