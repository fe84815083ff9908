using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Policies;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>POST /v1/evaluations gives what the library's writer (and so <c>ceurules evaluate --format json</c>) gives.</summary>
public sealed class EvaluateTest : IClassFixture<ServerFactory>
{
    private readonly ServerFactory factory;

    public EvaluateTest(ServerFactory factory) => this.factory = factory;

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(ServerFactory.Root(), "docs", "examples"), "*.json").Select(Path.GetFileName).Order())
        {
            data.Add(file!);
        }
        return data;
    }

    /// <summary>What <c>ceurules evaluate FILE --format json</c> prints: the library's reader, evaluator and writer, then a newline.</summary>
    internal static string LibraryOutput(byte[] document, LocalDate? asOf = null, LocalDate? today = null)
    {
        var read = TranscriptJsonReader.Read(document, PolicyCatalog.BuiltIn);
        var on = asOf ?? read.Document!.AsOf ?? today!.Value;
        var evaluator = new CertificationEvaluator(PolicyCatalog.BuiltIn);
        var results = read.Document!.Certifications.Select(c => evaluator.Evaluate(c, read.Document.Transcript, on)).ToList();
        return EvaluationJsonWriter.Write(on, results, read.Findings) + "\n";
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_example_gives_the_same_json_over_http_as_the_library_writer(string file)
    {
        var document = await File.ReadAllBytesAsync(Path.Combine(ServerFactory.Root(), "docs", "examples", file));
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/evaluations", Body(document));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(LibraryOutput(document, today: HttpInput.Today(SystemClock.Instance)), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_as_of_query_overrides_the_document_as_the_command_line_option_does()
    {
        var document = await File.ReadAllBytesAsync(Path.Combine(ServerFactory.Root(), "docs", "examples", "cma-in-progress.json"));
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/evaluations?asOf=2030-01-01", Body(document));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(LibraryOutput(document, new LocalDate(2030, 1, 1)), text);
        Assert.Contains("\"asOf\": \"2030-01-01\"", text);
    }

    [Fact]
    public async Task Without_any_as_of_date_the_service_clock_gives_today()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 6, 15, 12, 0));
        using var fixedClock = new ServerFactory { TestServices = services => services.AddSingleton<IClock>(clock) };
        const string document = """{ "certifications": [ { "credential": "nha-ccma", "certifiedOn": "2023-01-10" } ] }""";
        using var client = fixedClock.Authorized();
        using var response = await client.PostAsync("/v1/evaluations", AuthorizationTest.Json(document));
        Assert.Equal(LibraryOutput(Encoding.UTF8.GetBytes(document), today: HttpInput.Today(clock)), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_document_with_findings_is_evaluated_and_carries_them_as_the_command_line_does()
    {
        const string document = """
            { "asOf": "2025-11-23", "colour": "red",
              "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ],
              "activities": [ { "id": "a1", "kind": "course", "completedOn": "2023-02-30" } ] }
            """;
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/evaluations", AuthorizationTest.Json(document));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(LibraryOutput(Encoding.UTF8.GetBytes(document)), text);
        using var json = JsonDocument.Parse(text);
        var codes = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("path").GetString())).ToList();
        Assert.Contains(("unknown-field", "colour"), codes);
        Assert.Contains(("not-a-date", "activities[0].completedOn"), codes);
    }

    public static TheoryData<string, int, string, string> Unreadable() => new()
    {
        { "not json", 400, "invalid-json", "$" },
        { "[1, 2]", 422, "wrong-type", "$" },
        { """{ "activities": [] }""", 422, "missing-field", "certifications" },
        { """{ "certifications": [ { "credential": "xyz-abc", "certifiedOn": "2021-02-10" } ] }""", 422, "unknown-credential", "certifications[0].credential" },
        { new string('[', 40) + new string(']', 40), 400, "too-deep", "$" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task A_body_that_is_no_document_gets_problem_details_with_the_readers_codes_and_paths(string body, int status, string code, string path)
    {
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/evaluations", AuthorizationTest.Json(body));
        Assert.Equal(status, (int)response.StatusCode);
        var findings = await ProblemFindings(response, status);
        Assert.Contains((code, "error", path), findings.Select(f => (f.Code, f.Severity, f.Path)));
        // The same findings, code for code and path for path, as the library's reader.
        var library = TranscriptJsonReader.Read(body).Findings.Select(f => (f.Code, f.SeverityId, f.Path, f.Message));
        Assert.Equal(library, findings.Select(f => (f.Code, f.Severity, f.Path, f.Message)));
    }

    [Fact]
    public async Task Invalid_utf8_is_refused_with_the_readers_wrong_encoding_finding()
    {
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/evaluations", Body([(byte)'{', 0xC3, 0x28, (byte)'}']));
        Assert.Contains("wrong-encoding", (await ProblemFindings(response, 400)).Select(f => f.Code));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Another_media_type_gets_415(string contentType)
    {
        using var client = factory.Authorized();
        var content = new ByteArrayContent("{}"u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PostAsync("/v1/evaluations", content);
        Assert.Contains("unsupported-media-type", (await ProblemFindings(response, 415)).Select(f => f.Code));
    }

    [Fact]
    public async Task A_bad_as_of_query_gets_400_naming_it()
    {
        using var client = factory.Authorized();
        using var response = await client.PostAsync("/v1/evaluations?asOf=2023-02-30", AuthorizationTest.Json("{}"));
        var finding = Assert.Single(await ProblemFindings(response, 400));
        Assert.Equal(("not-a-date", "asOf"), (finding.Code, finding.Path));
        Assert.Contains("2023-02-30", finding.Message);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_whether_or_not_its_length_is_announced()
    {
        using var small = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:MaxRequestBodyBytes"] = "2048" });
        using var client = small.Authorized();
        var body = Encoding.UTF8.GetBytes("{\"certifications\": [], \"padding\": \"" + new string('x', 4000) + "\"}");
        using (var announced = await client.PostAsync("/v1/evaluations", Body(body)))
        {
            Assert.Contains("document-too-large", (await ProblemFindings(announced, 413)).Select(f => f.Code));
        }
        var chunked = new StreamContent(new UnannouncedStream(body));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var streamed = await client.PostAsync("/v1/evaluations", chunked);
        Assert.Contains("document-too-large", (await ProblemFindings(streamed, 413)).Select(f => f.Code));
    }

    internal static ByteArrayContent Body(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    internal sealed record ProblemFinding(string Code, string Severity, string Path, string Message);

    /// <summary>Checks the status and that the body is RFC 9457 problem details; returns its findings.</summary>
    internal static async Task<List<ProblemFinding>> ProblemFindings(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => new ProblemFinding(f.GetProperty("code").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("path").GetString()!, f.GetProperty("message").GetString()!))
            .ToList();
    }

    /// <summary>A stream of unknown length, so that the request is sent chunked without a Content-Length.</summary>
    internal sealed class UnannouncedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
