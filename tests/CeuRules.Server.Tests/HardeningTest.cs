using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>
/// What a security review asks of a service holding HR data: a client's fault is always a 4xx (never a
/// 500 nor an error in the log), the time limit stops the work, memory is budgeted per request, refused
/// credentials leave an audit trail, responses are never cached or sniffed, and the service listens on
/// the loopback interface unless told otherwise.
/// </summary>
public sealed class HardeningTest
{
    private const string AsOf = "2025-11-23";

    public static TheoryData<string, string> BodyEndpoints => new()
    {
        { "/v1/evaluations", "application/json" },
        { "/v1/catalog-validations", "application/json" },
        { "/v1/workforce/summaries", "application/x-ndjson" },
    };

    /// <summary>A real server on the loopback interface (HTTP/1.1), for requests no HTTP client would send.</summary>
    private static Uri Start(ServerFactory server, Action<KestrelServerOptions>? configure = null)
    {
        server.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            configure?.Invoke(options);
        });
        server.StartServer();
        return server.ClientOptions.BaseAddress;
    }

    /// <summary>Sends raw bytes, then reads the whole answer (until the server closes or the time runs out).</summary>
    private static async Task<string> Raw(Uri server, string head, Func<NetworkStream, Task> body, bool closeWrite = false)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var stream = socket.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await body(stream);
        }
        catch (IOException)
        {
            // The server answered and closed before the body was all sent: its answer is read below.
        }
        if (closeWrite)
        {
            socket.Client.Shutdown(SocketShutdown.Send);
        }
        var answer = new MemoryStream();
        var buffer = new byte[8192];
        var clock = Stopwatch.StartNew();
        try
        {
            stream.ReadTimeout = 20_000;
            int read;
            while (clock.Elapsed < TimeSpan.FromSeconds(30) && (read = await stream.ReadAsync(buffer)) > 0)
            {
                answer.Write(buffer, 0, read);
                if (Encoding.ASCII.GetString(answer.ToArray()).Contains("\r\n0\r\n\r\n", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // The server closed the connection after answering.
        }
        return Encoding.UTF8.GetString(answer.ToArray());
    }

    private static string Head(string path, string type, string framing) =>
        $"POST {path}?asOf={AsOf} HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: {ServerFactory.Key}\r\nContent-Type: {type}\r\n{framing}\r\n";

    private static void AssertNoErrorLogged(ServerFactory server) =>
        Assert.DoesNotContain(server.Logs, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task A_malformed_chunked_body_gets_400_with_a_finding_and_no_error_is_logged(string path, string type)
    {
        using var server = new ServerFactory();
        var address = Start(server);
        var answer = await Raw(address, Head(path, type, "Transfer-Encoding: chunked\r\n"), s => s.WriteAsync("zz\r\nabc\r\n0\r\n\r\n"u8.ToArray()).AsTask());
        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        AssertNoErrorLogged(server);
    }

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task A_body_sent_too_slowly_gets_408_and_no_error_is_logged(string path, string type)
    {
        using var server = new ServerFactory();
        var address = Start(server, kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(2)));
        var answer = await Raw(address, Head(path, type, "Content-Length: 100000\r\n"), async s =>
        {
            for (int i = 0; i < 20; i++)
            {
                await s.WriteAsync("{"u8.ToArray());
                await Task.Delay(250);
            }
        });
        Assert.True(answer.Length == 0 || answer.StartsWith("HTTP/1.1 408", StringComparison.Ordinal), answer);
        Assert.DoesNotContain(" 500 ", answer, StringComparison.Ordinal);
        AssertNoErrorLogged(server);
    }

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task A_client_that_hangs_up_mid_body_is_logged_at_most_as_information(string path, string type)
    {
        using var server = new ServerFactory();
        var address = Start(server);
        var answer = await Raw(address, Head(path, type, "Content-Length: 100000\r\n"), s => s.WriteAsync("{\"certifications\":["u8.ToArray()).AsTask(), closeWrite: true);
        Assert.DoesNotContain(" 500 ", answer, StringComparison.Ordinal);
        await Task.Delay(500);
        AssertNoErrorLogged(server);
        // (The one warning allowed is the test's own: its Kestrel listener overrides the service's default address.)
        Assert.DoesNotContain(server.Logs, l => l.StartsWith("Warning", StringComparison.Ordinal) && !l.Contains("Overriding address", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_workforce_far_over_its_byte_limit_is_refused_or_cut_and_leaves_no_error_nor_a_broken_connection(bool http2, bool announced)
    {
        // The stream stops reading at 4 KiB; the body goes on far past the server's own limit for it (limit, line and 1 MiB).
        using var server = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:MaxWorkforceBodyBytes"] = "4096", ["CeuRules:MaxLineBytes"] = "1024" });
        server.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = http2 ? HttpProtocols.Http2 : HttpProtocols.Http1));
        server.StartServer();
        using var client = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = server.ClientOptions.BaseAddress });
        client.DefaultRequestVersion = http2 ? HttpVersion.Version20 : HttpVersion.Version11;
        client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        client.DefaultRequestHeaders.Add("X-Api-Key", ServerFactory.Key);
        var line = Encoding.UTF8.GetBytes(WorkforceTest.Person("P", activities: 3) + "\n");
        // About 2.6 MB, with its length announced, or sent in chunks without one.
        HttpContent body = announced
            ? WorkforceTest.Lines(Enumerable.Range(0, 4000).SelectMany(_ => line).ToArray())
            : new WorkforceTest.EndlessPeople(limit: 4000);
        using (var response = await client.PostAsync($"/v1/workforce/summaries?asOf={AsOf}", body))
        {
            if (announced)
            {
                Assert.Contains("document-too-large", (await EvaluateTest.ProblemFindings(response, 413)).Select(f => f.Code));
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var rows = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
                Assert.Contains(rows, r => r.TryGetProperty("errors", out var errors) && errors[0].GetProperty("code").GetString() == "document-too-large");
                Assert.True(rows[^1].TryGetProperty("summary", out _), "the stream ends with its summary");
            }
        }
        // The next request, on the same client (and connection when it was kept), is answered.
        using (var policies = await client.GetAsync("/v1/policies"))
        {
            Assert.Equal(HttpStatusCode.OK, policies.StatusCode);
        }
        await Task.Delay(500);
        AssertNoErrorLogged(server);
        Assert.DoesNotContain(server.Logs, l => l.StartsWith("Warning", StringComparison.Ordinal) && !l.Contains("Overriding address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_time_limit_stops_the_evaluation_and_answers_504_with_a_finding()
    {
        using var server = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:RequestTimeoutSeconds"] = "1" });
        using var client = server.Authorized();
        // Within the documented limits (20 certifications of 10,000 activities), and far more than a second of work.
        var activities = string.Join(",", Enumerable.Range(0, 10_000).Select(a =>
            $$"""{"id":"a{{a}}","title":"Course {{a}}","kind":"course","completedOn":"2023-0{{1 + a % 9}}-1{{a % 10}}","credits":[{"amount":1,"unit":"aama-point","category":"clinical","approvedBy":["aama"]}]}"""));
        var certifications = string.Join(",", Enumerable.Range(0, 20).Select(_ => """{"credential":"aama-cma","certifiedOn":"2021-02-10"}"""));
        var clock = Stopwatch.StartNew();
        HttpResponseMessage response;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/evaluations?asOf={AsOf}")
            {
                Content = EvaluateTest.Body(Encoding.UTF8.GetBytes($$"""{"certifications":[{{certifications}}],"activities":[{{activities}}]}""")),
            };
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        }
        catch (HttpRequestException)
        {
            // On a fast machine the evaluation ends within the limit and the limit falls while the result is being
            // written: a response already started cannot become a 504, so it is cut. It must still be cut in time.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"cut after {clock.Elapsed}");
            return;
        }
        using (response)
        {
            if (response.StatusCode == System.Net.HttpStatusCode.OK)
            {
                // The whole evaluation ended within the limit, so the answer started before it: it may only have
                // started in time, and it is then written whole or cut, in time.
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"a 200 started after {clock.Elapsed}, past the one-second limit");
                try
                {
                    await response.Content.ReadAsByteArrayAsync();
                }
                catch (Exception cut) when (cut is HttpRequestException or System.IO.IOException)
                {
                    // Cut while written, as above.
                }
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"ended after {clock.Elapsed}");
                return;
            }
            var findings = await EvaluateTest.ProblemFindings(response, 504);
            Assert.Equal("time-limit", Assert.Single(findings).Code);
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_document_over_the_memory_budget_is_refused_with_413_over_budget_before_it_is_evaluated()
    {
        using var server = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:MaxEvaluationWork"] = "10", ["CeuRules:MaxFindings"] = "3" });
        using var client = server.Authorized();
        var activities = string.Join(",", Enumerable.Range(0, 6).Select(a => $$"""{"id":"a{{a}}","kind":"course","completedOn":"2023-01-10","credits":[{"amount":1,"unit":"aama-point"}]}"""));
        var certifications = """{"credential":"aama-cma","certifiedOn":"2021-02-10"},{"credential":"aama-cma","certifiedOn":"2021-02-10"}""";
        using (var work = await client.PostAsync($"/v1/evaluations?asOf={AsOf}", EvaluateTest.Body(Encoding.UTF8.GetBytes($$"""{"certifications":[{{certifications}}],"activities":[{{activities}}]}"""))))
        {
            var finding = Assert.Single(await EvaluateTest.ProblemFindings(work, 413));
            Assert.Equal("over-budget", finding.Code);
            Assert.Contains("12 evaluation steps", finding.Message, StringComparison.Ordinal);
        }
        var unknown = string.Join(",", Enumerable.Range(0, 5).Select(i => $"\"x{i}\":1"));
        using (var findings = await client.PostAsync($"/v1/evaluations?asOf={AsOf}", EvaluateTest.Body(Encoding.UTF8.GetBytes($$"""{{{unknown}},"certifications":[{"credential":"aama-cma","certifiedOn":"2021-02-10"}],"activities":[]}"""))))
        {
            Assert.Equal("over-budget", Assert.Single(await EvaluateTest.ProblemFindings(findings, 413)).Code);
        }
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData("10000-01-01")]
    public async Task The_as_of_date_has_the_command_lines_range(string date)
    {
        using var server = new ServerFactory();
        using var client = server.Authorized();
        foreach (var path in new[] { "/v1/evaluations", "/v1/catalog-validations" })
        {
            using var response = await client.PostAsync($"{path}?asOf={date}", AuthorizationTest.Json("{}"));
            Assert.Equal("not-a-date", Assert.Single(await EvaluateTest.ProblemFindings(response, 400)).Code);
        }
    }

    [Fact]
    public async Task Every_answer_is_never_stored_and_never_sniffed_problems_included()
    {
        using var server = new ServerFactory();
        using var authorized = server.Authorized();
        using var anonymous = server.CreateClient();
        var answers = new List<HttpResponseMessage>
        {
            await authorized.GetAsync("/v1/policies"),
            await authorized.GetAsync("/v1/policies/nobody"),
            await authorized.GetAsync("/v1/nowhere"),
            await authorized.DeleteAsync("/v1/policies"),
            await anonymous.GetAsync("/v1/policies"),
            await authorized.PostAsync($"/v1/evaluations?asOf={AsOf}", AuthorizationTest.Json("not json")),
            await authorized.PostAsync($"/v1/workforce/summaries?asOf={AsOf}", WorkforceTest.Lines(Encoding.UTF8.GetBytes(WorkforceTest.Person("A1")))),
            await anonymous.GetAsync("/health/live"),
        };
        foreach (var answer in answers)
        {
            Assert.True(answer.Headers.CacheControl?.NoStore == true, $"{answer.RequestMessage!.RequestUri}: {answer.Headers.CacheControl}");
            Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
            answer.Dispose();
        }
    }

    [Theory]
    [InlineData("GET", "/v1/nowhere", 404, "not-found")]
    [InlineData("DELETE", "/v1/policies", 405, "method-not-allowed")]
    [InlineData("GET", "/v1/policies", 401, "unauthorized")]
    public async Task Bare_refusals_are_problems_with_a_finding(string method, string path, int status, string code)
    {
        using var server = new ServerFactory();
        using var client = status == 401 ? server.CreateClient() : server.Authorized();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(code, Assert.Single(await EvaluateTest.ProblemFindings(response, status)).Code);
    }

    [Fact]
    public async Task A_refused_key_is_audited_with_the_client_address_and_key_id_never_the_key()
    {
        using var server = new ServerFactory();
        var address = Start(server);
        using var client = new HttpClient { BaseAddress = address };
        const string wrong = "a-wrong-key-that-must-never-be-logged";
        client.DefaultRequestHeaders.Add("X-Api-Key", wrong);
        using (var refused = await client.GetAsync("/v1/policies"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
        var audit = Assert.Single(server.Logs, l => l.Contains("Refused API key", StringComparison.Ordinal));
        Assert.StartsWith("Warning CeuRules.Server.Audit", audit, StringComparison.Ordinal);
        Assert.Contains("ClientAddress=127.0.0.1", audit, StringComparison.Ordinal);
        Assert.Contains("KeyId=" + ApiKeyAuthenticationHandler.Hash(wrong)[..12], audit, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Logs, l => l.Contains(wrong, StringComparison.Ordinal) || l.Contains(ApiKeyAuthenticationHandler.Hash(wrong), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_evaluation_beyond_the_concurrency_limit_and_its_queue_gets_503_busy()
    {
        using var server = new ServerFactory(new Dictionary<string, string?>
        {
            ["CeuRules:MaxConcurrentEvaluations"] = "1",
            ["CeuRules:MaxQueuedRequests"] = "0",
        });
        var address = Start(server);
        // One evaluation holds the only slot while its body is still being sent.
        using var holder = new TcpClient();
        await holder.ConnectAsync(address.Host, address.Port);
        await holder.GetStream().WriteAsync(Encoding.ASCII.GetBytes(Head("/v1/evaluations", "application/json", "Content-Length: 1000\r\n") + "{\"certifications\":["));
        await Task.Delay(500);
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Add("X-Api-Key", ServerFactory.Key);
        using (var busy = await client.PostAsync($"/v1/catalog-validations?asOf={AsOf}", AuthorizationTest.Json("{}")))
        {
            Assert.Equal("busy", Assert.Single(await EvaluateTest.ProblemFindings(busy, 503)).Code);
            Assert.NotNull(busy.Headers.RetryAfter);
        }
        // Other endpoints are not held up.
        using (var policies = await client.GetAsync("/v1/policies"))
        {
            Assert.Equal(HttpStatusCode.OK, policies.StatusCode);
        }
    }

    [Fact]
    public void Outside_a_container_the_service_listens_on_the_loopback_interface_unless_told_otherwise()
    {
        Assert.Equal(ServerApp.DefaultUrl, ServerApp.Build(["--CeuRules:AllowAnonymous=true"]).Configuration["urls"]);
        Assert.Equal("http://0.0.0.0:9000", ServerApp.Build(["--CeuRules:AllowAnonymous=true", "--urls", "http://0.0.0.0:9000"]).Configuration["urls"]);
        // The container convention: the official images set ASPNETCORE_HTTP_PORTS, and it wins.
        Assert.Null(ServerApp.Build(["--CeuRules:AllowAnonymous=true", "--http_ports", "8080"]).Configuration["urls"]);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ServerFactory.Root(), "src", "CeuRules.Server", "appsettings.json")));
        Assert.False(json.RootElement.TryGetProperty("Urls", out _), "appsettings.json must not override ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS");
    }
}
