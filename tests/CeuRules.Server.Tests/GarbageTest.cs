using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>Whatever is thrown at an endpoint, the answer is never a 500, and every refusal is problem details.</summary>
public sealed class GarbageTest : IClassFixture<ServerFactory>
{
    private static readonly string[] Paths = ["/v1/evaluations", "/v1/workforce/summaries", "/v1/catalog-validations", "/v1/policies", "/v1/policies/aama-cma", "/v1/nothing-here"];

    private readonly ServerFactory factory;

    public GarbageTest(ServerFactory factory) => this.factory = factory;

    public static IEnumerable<object[]> Garbage()
    {
        string[] names = ["random bytes", "empty", "invalid UTF-8", "UTF-16", "deep nesting", "deep objects", "huge number", "nul bytes", "lines of garbage", "huge body", "long line"];
        string[] types = ["application/json", "application/x-ndjson", "text/plain", "application/octet-stream", "multipart/form-data; boundary=x", "application/json; charset=latin1", ""];
        foreach (var name in names)
        {
            foreach (var type in types)
            {
                yield return [name, type];
            }
        }
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Garbage_at_every_endpoint_never_gets_a_500(string name, string contentType)
    {
        var body = Body(name);
        using var client = factory.Authorized();
        foreach (var path in Paths)
        {
            foreach (var method in new[] { HttpMethod.Post, HttpMethod.Get, HttpMethod.Put })
            {
                var content = new ByteArrayContent(body);
                if (contentType.Length > 0)
                {
                    content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }
                using var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Get ? null : content };
                request.Headers.TryAddWithoutValidation("Accept", name == "random bytes" ? "application/\u00ff" : "*/*");
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode < 500, $"{method} {path} with {name} as '{contentType}': {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
                if ((int)response.StatusCode >= 400)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }
        Assert.DoesNotContain(factory.Logs, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    private static byte[] Body(string name)
    {
        var random = new Random(20261130);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        return name switch
        {
            "random bytes" => bytes,
            "empty" => [],
            "invalid UTF-8" => [(byte)'{', (byte)'"', 0xFF, 0xFE, 0xC0, (byte)'"', (byte)':', (byte)'1', (byte)'}'],
            "UTF-16" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"certifications\": []}")).ToArray(),
            "deep nesting" => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
            "deep objects" => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000)),
            "huge number" => Encoding.UTF8.GetBytes("{\"certifications\": [{\"credential\": \"aama-cma\", \"certifiedOn\": \"2021-01-01\"}], \"activities\": [{\"id\": \"a\", \"kind\": \"course\", \"completedOn\": \"2022-01-01\", \"durationMinutes\": 1e400, \"credits\": [{\"amount\": 1e308, \"unit\": \"aama-point\"}]}]}"),
            "nul bytes" => new byte[1000],
            "lines of garbage" => Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? "{" + new string('"', i) : "[" + i + "]"))),
            "huge body" => Encoding.UTF8.GetBytes("{\"x\": \"" + new string('a', 17 * 1024 * 1024) + "\"}"),
            "long line" => Encoding.UTF8.GetBytes(new string(' ', 3 * 1024 * 1024) + "{}\n{}"),
            _ => throw new ArgumentException(name, nameof(name)),
        };
    }
}
