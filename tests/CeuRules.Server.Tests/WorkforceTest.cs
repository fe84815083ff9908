using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>POST /v1/workforce/summaries: the rows of <c>ceurules batch</c>, streamed in input order, in bounded memory.</summary>
public sealed class WorkforceTest : IClassFixture<ServerFactory>
{
    private const string AsOf = "2025-11-23";

    private readonly ServerFactory factory;

    public WorkforceTest(ServerFactory factory) => this.factory = factory;

    public static TheoryData<string> Files() => new()
    {
        "docs/examples/workforce.jsonl",
        "tests/malformed/batches/mixed.jsonl",
        "tests/malformed/batches/no-person-id.jsonl",
        "tests/malformed/batches/duplicate-ids.jsonl",
    };

    [Fact]
    public async Task A_repeated_person_id_carries_the_duplicate_finding_in_json_lines_and_csv()
    {
        var body = File.ReadAllBytes(Path.Combine(ServerFactory.Root(), "tests", "malformed", "batches", "duplicate-ids.jsonl"));
        using var client = factory.Authorized();
        using (var json = await client.PostAsync($"/v1/workforce/summaries?asOf={AsOf}", Lines(body)))
        {
            var rows = (await json.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal("personId [duplicate-person-id: also on line 1]", rows.Single(r => r.TryGetProperty("line", out var line) && line.GetInt64() == 3).GetProperty("findings").GetString());
            Assert.Equal("personId [duplicate-person-id: also on line 1]", rows.Single(r => r.TryGetProperty("line", out var line) && line.GetInt64() == 5).GetProperty("findings").GetString());
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/workforce/summaries?asOf={AsOf}") { Content = Lines(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var csv = await client.SendAsync(request);
        Assert.Equal(2, (await csv.Content.ReadAsStringAsync()).Split("duplicate-person-id: also on line 1").Length - 1);
    }

    [Fact]
    public async Task Csv_streams_run_at_once_give_the_same_rows_every_time()
    {
        var body = File.ReadAllBytes(Path.Combine(ServerFactory.Root(), "tests", "malformed", "batches", "mixed.jsonl"));
        using var server = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:MaxConcurrentWorkforceStreams"] = "8" });
        using var client = server.Authorized();
        async Task<string> Once()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/workforce/summaries?asOf={AsOf}") { Content = Lines(body) };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }
        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Once()));
        Assert.All(all, csv => Assert.Equal(all[0], csv));
        Assert.DoesNotContain(server.Logs, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task The_csv_rows_are_those_of_ceurules_batch_in_input_order(string file)
    {
        var path = Path.Combine(ServerFactory.Root(), file);
        using var client = factory.Authorized();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/workforce/summaries?asOf={AsOf}") { Content = Lines(File.ReadAllBytes(path)) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var served = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var report = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.csv");
        try
        {
            RunCli("batch", path, "--as-of", AsOf, "--out", report);
            var cli = File.ReadAllText(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(cli[0], served[0]);
            // The command line writes rows as they complete; the service in input order. The rows themselves are the same.
            Assert.Equal(cli.Skip(1).OrderBy(LineNumber).ThenBy(r => r, StringComparer.Ordinal), served.Skip(1).ThenByOrder());
            Assert.Equal(served.Skip(1).Select(LineNumber), served.Skip(1).Select(LineNumber).Order());
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task The_json_lines_rows_and_summary_are_those_of_the_batch_json_report(string file)
    {
        var path = Path.Combine(ServerFactory.Root(), file);
        using var client = factory.Authorized();
        using var response = await client.PostAsync($"/v1/workforce/summaries?asOf={AsOf}&withinDays=120", Lines(File.ReadAllBytes(path)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var report = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.json");
        try
        {
            RunCli("batch", path, "--as-of", AsOf, "--within-days", "120", "--out", report);
            var cli = JsonDocument.Parse(File.ReadAllText(report)).RootElement;
            // The service adds the refusing findings of a malformed line as an "errors" array; every other member is the same.
            static string Row(JsonElement row) => string.Join(",", row.EnumerateObject().Where(p => p.Name != "errors").Select(p => $"{p.Name}={p.Value.GetRawText()}"));
            Assert.Equal(
                cli.GetProperty("rows").EnumerateArray().Select(Row).OrderBy(r => r, StringComparer.Ordinal),
                served.SkipLast(1).Select(Row).OrderBy(r => r, StringComparer.Ordinal));
            Assert.Equal(cli.GetProperty("summary").GetRawText(), served[^1].GetProperty("summary").GetRawText());
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task Json_lines_carry_the_rows_in_input_order_malformed_lines_by_number_and_a_summary_last()
    {
        using var client = factory.Authorized();
        var body = File.ReadAllBytes(Path.Combine(ServerFactory.Root(), "docs", "examples", "workforce.jsonl"));
        using var response = await client.PostAsync($"/v1/workforce/summaries?asOf={AsOf}&withinDays=120", Lines(body));
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var rows = lines[..^1];
        Assert.Equal([1, 2, 3, 4, 5, 7, 8, 9, 10], rows.Select(r => r.GetProperty("line").GetInt64()));
        var bad = rows.Single(r => r.GetProperty("line").GetInt64() == 4);
        Assert.Equal(JsonValueKind.Null, bad.GetProperty("personId").ValueKind);
        Assert.Equal(("not-a-date", "certifications[0].certifiedOn"), (bad.GetProperty("errors")[0].GetProperty("code").GetString(), bad.GetProperty("errors")[0].GetProperty("path").GetString()));
        Assert.Equal("missing-field", rows.Single(r => r.GetProperty("line").GetInt64() == 7).GetProperty("errors")[0].GetProperty("code").GetString());
        var summary = lines[^1].GetProperty("summary");
        Assert.Equal(9, summary.GetProperty("lines").GetInt64());
        Assert.Equal(6, summary.GetProperty("people").GetInt64());
        Assert.Equal(3, summary.GetProperty("malformedLines").GetInt64());
        Assert.Equal(6, summary.GetProperty("counts").EnumerateArray().Sum(c => c.GetProperty("count").GetInt64()));
    }

    [Fact]
    public async Task A_thousand_people_come_back_in_input_order()
    {
        var body = new StringBuilder();
        for (int i = 0; i < 1000; i++)
        {
            // Transcripts of very different sizes, so that evaluations finish out of order.
            body.Append(Person($"P{i:D4}", activities: i % 7 == 0 ? 300 : 1)).Append('\n');
        }
        using var client = factory.Authorized();
        using var response = await client.PostAsync($"/v1/workforce/summaries?asOf={AsOf}", Lines(Encoding.UTF8.GetBytes(body.ToString())));
        var rows = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"P{i:D4}"), rows.Select(r => r.GetProperty("personId").GetString()));
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), rows.Select(r => r.GetProperty("line").GetInt64()));
    }

    [Fact]
    public async Task A_line_over_the_limit_is_reported_by_number_and_the_next_lines_are_still_read()
    {
        using var small = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:MaxLineBytes"] = "4096" });
        using var client = small.Authorized();
        var body = Person("A1") + "\n" + Person("B2").Replace("\"activities\"", "\"padding\": \"" + new string('x', 10_000) + "\", \"activities\"", StringComparison.Ordinal) + "\n\n" + Person("C3") + "\r\n";
        using var response = await client.PostAsync($"/v1/workforce/summaries?asOf={AsOf}", Lines(Encoding.UTF8.GetBytes(body)));
        var rows = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1L, 2L, 4L], rows.Select(r => r.GetProperty("line").GetInt64()));
        Assert.Equal("line-too-large", rows[1].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("C3", rows[2].GetProperty("personId").GetString());
    }

    [Fact]
    public async Task A_stream_over_the_body_limit_is_refused_with_413_when_announced_and_cut_with_a_row_saying_so_when_not()
    {
        using var small = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:MaxWorkforceBodyBytes"] = "4096" });
        using var client = small.Authorized();
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40).Select(i => Person($"P{i}") + "\n")));
        using (var announced = await client.PostAsync($"/v1/workforce/summaries?asOf={AsOf}", Lines(body)))
        {
            Assert.Contains("document-too-large", (await EvaluateTest.ProblemFindings(announced, 413)).Select(f => f.Code));
        }
        // Sent chunked, without a length, to a real server on the loopback interface.
        using var kestrel = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:MaxWorkforceBodyBytes"] = "4096" });
        using var real = Kestrel(kestrel);
        using var streamed = await real.PostAsync($"/v1/workforce/summaries?asOf={AsOf}", new EndlessPeople(limit: 40));
        Assert.True(HttpStatusCode.OK == streamed.StatusCode, streamed.ToString() + await streamed.Content.ReadAsStringAsync());
        var rows = (await streamed.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(rows, r => r.TryGetProperty("errors", out var errors) && errors[0].GetProperty("code").GetString() == "document-too-large");
        Assert.True(rows.Count(r => r.TryGetProperty("personId", out var id) && id.ValueKind == JsonValueKind.String) < 40);
    }

    [Theory]
    [InlineData("application/json", "application/x-ndjson", 415)]
    [InlineData("text/plain", "application/x-ndjson", 415)]
    [InlineData("application/x-ndjson", "application/xml", 406)]
    [InlineData("application/jsonl", "text/html;q=0.5, application/pdf", 406)]
    public async Task Wrong_media_types_are_refused_before_anything_is_streamed(string contentType, string accept, int status)
    {
        using var client = factory.Authorized();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Person("X1")));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/workforce/summaries") { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);
        await EvaluateTest.ProblemFindings(response, status);
    }

    [Theory]
    [InlineData("asOf=yesterday", "asOf")]
    [InlineData("withinDays=-1", "withinDays")]
    [InlineData("withinDays=99999999999", "withinDays")]
    public async Task Bad_query_values_get_400_naming_them(string query, string path)
    {
        using var client = factory.Authorized();
        using var response = await client.PostAsync($"/v1/workforce/summaries?{query}", Lines(Encoding.UTF8.GetBytes(Person("X1"))));
        Assert.Equal(path, Assert.Single(await EvaluateTest.ProblemFindings(response, 400)).Path);
    }

    [Fact]
    public async Task A_client_that_disconnects_halfway_stops_the_stream_and_the_service_goes_on()
    {
        using var server = new ServerFactory();
        using var client = Kestrel(server);
        var source = new EndlessPeople(limit: 2_000_000);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/workforce/summaries?asOf={AsOf}") { Content = source, Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using (var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            for (int i = 0; i < 200; i++)
            {
                Assert.NotNull(await reader.ReadLineAsync());
            }
        }   // the client goes away without reading the rest
        Assert.True(await Eventually(() => server.Logs.Any(l => l.Contains("Workforce stream aborted", StringComparison.Ordinal))), string.Join("\n", server.Logs));
        Assert.True(source.Written < 2_000_000, $"the service read all {source.Written} lines after the client left");
        // The service still serves.
        using var next = await client.PostAsync($"/v1/workforce/summaries?asOf={AsOf}", Lines(Encoding.UTF8.GetBytes(Person("Y1"))));
        Assert.Contains("\"personId\":\"Y1\"", await next.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stream_past_its_time_limit_is_cancelled_and_stops_reading_and_evaluating()
    {
        using var server = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:WorkforceTimeoutSeconds"] = "1" });
        using var client = Kestrel(server);
        var source = new EndlessPeople(limit: 2_000_000);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/workforce/summaries?asOf={AsOf}") { Content = source, Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = 0;
        string? last = null;
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync()))
        {
            while (await reader.ReadLineAsync() is { } row)
            {
                Assert.DoesNotContain("\"summary\"", row, StringComparison.Ordinal);   // a cut stream never claims to be complete
                rows++;
                last = row;
            }
        }
        // The documented last line of a stream cut by the time limit.
        var stopped = JsonDocument.Parse(last!).RootElement.GetProperty("stopped");
        Assert.Equal("time-limit", stopped.GetProperty("code").GetString());
        Assert.Equal(rows - 1, stopped.GetProperty("afterLine").GetInt64());
        Assert.True(await Eventually(() => server.Logs.Any(l => l.Contains("Workforce stream stopped by the time limit", StringComparison.Ordinal))), string.Join("\n", server.Logs));
        Assert.True(source.Written < 2_000_000, $"all {source.Written} lines were read");
        Assert.True(rows < 2_000_000);
    }

    [Fact]
    public async Task Logs_name_no_person_no_title_and_no_activity()
    {
        using var server = new ServerFactory();
        using var client = server.Authorized();
        var body = File.ReadAllBytes(Path.Combine(ServerFactory.Root(), "docs", "examples", "workforce.jsonl"));
        using (var rows = await client.PostAsync($"/v1/workforce/summaries?asOf={AsOf}", Lines(body)))
        {
            Assert.Equal(HttpStatusCode.OK, rows.StatusCode);
        }
        var document = File.ReadAllBytes(Path.Combine(ServerFactory.Root(), "docs", "examples", "cma-in-progress.json"));
        using (var evaluated = await client.PostAsync("/v1/evaluations", EvaluateTest.Body(document)))
        {
            Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        }
        using (var bad = await client.PostAsync("/v1/evaluations", AuthorizationTest.Json("""{ "personId": "SECRET-PERSON", "certifications": [ { "credential": "x", "certifiedOn": "Jane Doe" } ] }""")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        }
        Assert.NotEmpty(server.Logs);
        var text = string.Join("\n", server.Logs);
        foreach (var secret in new[] { "E0000001", "E0000004", "SECRET-PERSON", "Jane Doe", "AAMA course", "Conference session", "Phlebotomy", ServerFactory.Key })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A client of the service running on Kestrel on 127.0.0.1 (a disconnect is only a disconnect over a
    /// real connection), over HTTP/2 so that rows are read while the body is still being sent.
    /// </summary>
    internal static HttpClient Kestrel(ServerFactory server)
    {
        server.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http2));
        server.StartServer();
        // Without the redirect handler, which loads request bodies into memory to be able to send them again.
        var client = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = server.ClientOptions.BaseAddress });
        client.DefaultRequestVersion = HttpVersion.Version20;
        client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
        client.DefaultRequestHeaders.Add("X-Api-Key", ServerFactory.Key);
        return client;
    }

    internal static string Person(string id, int activities = 1)
    {
        var list = string.Join(",", Enumerable.Range(0, activities).Select(a =>
            $$"""{"id":"a{{a}}","title":"Course {{a}}","kind":"course","completedOn":"2023-0{{1 + a % 9}}-1{{a % 10}}","credits":[{"amount":1,"unit":"aama-point","category":"clinical","approvedBy":["aama"]}]}"""));
        return $$"""{"personId":"{{id}}","certifications":[{"credential":"aama-cma","certifiedOn":"2021-02-10","member":true}],"activities":[{{list}}]}""";
    }

    internal static ByteArrayContent Lines(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return content;
    }

    private static long LineNumber(string row) => long.Parse(row[..row.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);

    internal static async Task<bool> Eventually(Func<bool> condition)
    {
        // A bound on waiting for the server's side to finish, not a timed assertion.
        for (int i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(100);
        }
        return condition();
    }

    private static void RunCli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ServerFactory.Root() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CeuRules.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode is 0 or 1, $"ceurules exited {process.ExitCode}: {error.Result}{output.Result}");
    }

    /// <summary>A request body of people written as the server reads it, counting the lines written, up to a limit.</summary>
    internal sealed class EndlessPeople : HttpContent
    {
        private readonly int limit;
        private int written;

        public EndlessPeople(int limit)
        {
            this.limit = limit;
            Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        }

        public int Written => Volatile.Read(ref written);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var line = Encoding.UTF8.GetBytes(Person("P", activities: 3) + "\n");
            try
            {
                for (int i = 0; i < limit; i++)
                {
                    await stream.WriteAsync(line);
                    Interlocked.Increment(ref written);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // The server stopped reading.
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

internal static class RowOrder
{
    /// <summary>Rows ordered by line number, then as text (one line can give several rows).</summary>
    internal static IEnumerable<string> ThenByOrder(this IEnumerable<string> rows) =>
        rows.OrderBy(r => long.Parse(r[..r.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).ThenBy(r => r, StringComparer.Ordinal);
}
