using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>
/// Every curl example of docs/http-api.md runs as written against the service on Kestrel on 127.0.0.1,
/// and answers the status its first line states, for example "# Evaluate a shipped example (200)".
/// </summary>
public sealed partial class DocsTest : IDisposable
{
    private readonly ServerFactory server = new();

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in Extract())
        {
            data.Add(example.Split('\n')[0]);
        }
        return data;
    }

    [Fact]
    public void The_page_has_curl_examples_for_every_endpoint()
    {
        var all = string.Join("\n", Extract());
        foreach (var path in new[] { "/v1/evaluations", "/v1/workforce/summaries", "/v1/catalog-validations", "/v1/policies", "/health/ready" })
        {
            Assert.Contains(path, all, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async System.Threading.Tasks.Task Each_curl_example_runs_and_answers_the_status_it_states(string title)
    {
        var example = Extract().Single(e => e.Split('\n')[0] == title);
        int expected = int.Parse(StatusPattern().Match(title).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        server.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        server.StartServer();
        var url = server.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);

        // curl reads $CURL_HOME/.curlrc: print the status after the body, without touching the commands.
        var home = Directory.CreateTempSubdirectory("curl-home");
        try
        {
            File.WriteAllText(Path.Combine(home.FullName, ".curlrc"), "write-out = \"\\n%{http_code}\"\n");
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ServerFactory.Root() };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(example);
            start.Environment["CEURULES_URL"] = url;
            start.Environment["CEURULES_KEY"] = ServerFactory.Key;
            start.Environment["CURL_HOME"] = home.FullName;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await error}");
            var lines = (await output).Split('\n');
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), lines[^1]);
            Assert.True(lines.Length > 1 && lines[0].Length > 0, "the example printed nothing");
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    public void Dispose() => server.Dispose();

    /// <summary>The sh blocks of the page that call curl, each starting with its comment line.</summary>
    private static List<string> Extract()
    {
        var text = File.ReadAllText(Path.Combine(ServerFactory.Root(), "docs", "http-api.md"));
        return Block().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('\n')).Where(b => b.StartsWith('#') && b.Contains("curl ", StringComparison.Ordinal)).ToList();
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"\((\d{3})\)\s*$")]
    private static partial Regex StatusPattern();
}
