using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PuppeteerSharp;
using Xunit;
using Xunit.Abstractions;

namespace CeuRules.Web.Tests;

/// <summary>
/// A large HR workbook on the Workforce page of the published site, in headless Chromium: the progress bar
/// moves while people are evaluated, the page answers between chunks, and the result is the command line's
/// (<c>ceurules batch</c>) for the same file. 8,000 activity rows by default; <c>CEURULES_WEB_LARGE_ROWS</c>
/// sets another count (100000 for the figures of docs/performance.md). The test log holds the time, the
/// longest stretch the page did not answer, and the memory of the page's WebAssembly heap and renderer.
/// </summary>
[Collection(SiteTests.Name)]
public sealed class LargeWorkbookTest(PublishedSite site, ITestOutputHelper output)
{
    private const int DefaultRows = 8_000;

    [SkippableFact]
    public async Task A_large_workbook_shows_progress_and_gives_the_command_lines_result()
    {
        await site.StartAsync();
        int rows = Environment.GetEnvironmentVariable("CEURULES_WEB_LARGE_ROWS") is { Length: > 0 } text
            ? int.Parse(text, CultureInfo.InvariantCulture) : DefaultRows;
        string folder = Directory.CreateTempSubdirectory("ceurules-large-").FullName;
        try
        {
            var generate = Stopwatch.StartNew();
            string path = LargeWorkbook.Write(folder, rows);
            output.WriteLine($"{rows:N0} rows, {rows / LargeWorkbook.RowsPerPerson:N0} people, {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MiB, generated in {generate.Elapsed.TotalSeconds:0.0} s");

            await using var page = await site.OpenAsync("workforce");
            page.DefaultTimeout = 30 * 60_000;
            // What the page says went wrong, if anything, goes to the test log.
            page.Console += (_, e) =>
            {
                if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
                {
                    output.WriteLine($"console {e.Message.Type}: {e.Message.Text}");
                }
            };
            page.PageError += (_, e) => output.WriteLine($"page error: {e.Message}");
            var input = await page.WaitForSelectorAsync("#workforce-file");
            await input.UploadFileAsync(path);
            await page.EvaluateFunctionAsync(
                "(s, v) => { const e = document.querySelector(s); e.value = v; e.dispatchEvent(new Event('change', { bubbles: true })); }",
                "#workforce-as-of", Repository.WorkforceAsOf);
            // Wait until the file is in the page (the button is enabled once it has been read into memory).
            await WaitLong(page, "() => !document.querySelector('section.panel button.primary').disabled");
            // A timer that notes the longest gap between its ticks: how long the page did not answer.
            await page.EvaluateExpressionAsync(
                "window.__gap = 0; window.__last = performance.now(); window.__ticker = setInterval(() => { const now = performance.now(); window.__gap = Math.max(window.__gap, now - window.__last); window.__last = now; }, 50);");

            var clock = Stopwatch.StartNew();
            await page.ClickAsync("section.panel button.primary");
            // The progress bar shows people evaluated part of the way: neither none nor all.
            // (or the result, which says what went wrong if the workbook could not be read)
            await WaitLong(page, "() => { const p = document.getElementById('workforce-progress'); return (p !== null && p.value > 0 && p.value < p.max) || document.querySelector('section.result') !== null; }");
            var read = clock.Elapsed;
            string label = await page.EvaluateExpressionAsync<string>("document.querySelector('label[for=workforce-progress]')?.textContent ?? document.querySelector('section.result').textContent.substring(0, 300)");
            await WaitLong(page, "() => document.querySelector('section.result') !== null");
            var elapsed = clock.Elapsed;
            double gap = await page.EvaluateExpressionAsync<double>("clearInterval(window.__ticker); window.__gap");
            double heap = await page.EvaluateExpressionAsync<double>(
                "(() => { try { return getDotnetRuntime(0).Module.HEAPU8.length; } catch { return 0; } })()");
            output.WriteLine($"read in about {read.TotalSeconds:0.0} s, evaluated in {elapsed.TotalSeconds:0.0} s in all; longest time without answering {gap / 1000:0.0} s; "
                + $"WebAssembly heap {heap / 1024 / 1024:0} MiB; renderer peak {RendererPeakMiB(site.Browser.Process?.Id ?? 0):0} MiB");
            Assert.Matches(@"^People evaluated: [\d,]+ of [\d,]+$", label);
            // The page answers between slices of work: before it read in slices, it did not answer for 21.6 s at 8,000 rows.
            Assert.True(gap < 10_000, $"the page did not answer for {gap / 1000:0.0} s");

            var summary = CliFindings.BatchReport(path, Repository.WorkforceAsOf).GetProperty("summary");
            foreach (var (attribute, member) in new[] { ("people", "people"), ("certifications", "certifications"), ("due", "dueWithinDays"), ("problems", "malformedLines") })
            {
                Assert.Equal(summary.GetProperty(member).GetInt32().ToString(CultureInfo.InvariantCulture),
                    await page.EvaluateExpressionAsync<string>($"document.querySelector('section.result').dataset.{attribute}"));
            }
            Assert.Equal((rows / LargeWorkbook.RowsPerPerson).ToString(CultureInfo.InvariantCulture),
                await page.EvaluateExpressionAsync<string>("document.querySelector('section.result').dataset.people"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Waits for <paramref name="function"/> to hold, watching the page's changes, for up to half an hour: in waits of a
    /// minute, since one call to the browser may last at most three (the protocol's limit).
    /// </summary>
    private static async Task WaitLong(IPage page, string function)
    {
        // An unhandled error shows Blazor's error bar: nothing will change any more.
        function = $"() => {{ const e = document.getElementById('blazor-error-ui'); if (e && getComputedStyle(e).display !== 'none') throw new Error('the page failed: ' + e.textContent); return ({function})(); }}";
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await page.WaitForFunctionAsync(function, new WaitForFunctionOptions { Polling = WaitForFunctionPollingOption.Mutation, Timeout = 60_000 });
                return;
            }
            catch (WaitTaskTimeoutException) when (clock.Elapsed < TimeSpan.FromMinutes(30))
            {
            }
        }
    }

    /// <summary>The largest peak resident memory of this browser's renderer processes, in MiB (0 where /proc cannot tell).</summary>
    private static double RendererPeakMiB(int browser)
    {
        double peak = 0;
        foreach (var dir in Directory.Exists("/proc") ? Directory.GetDirectories("/proc") : [])
        {
            try
            {
                string command = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (!command.Contains("--type=renderer", StringComparison.Ordinal) || !DescendsFrom(Path.GetFileName(dir), browser))
                {
                    continue;
                }
                var line = File.ReadLines(Path.Combine(dir, "status")).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null)
                {
                    peak = Math.Max(peak, double.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return peak;
    }

    private static bool DescendsFrom(string pid, int ancestor)
    {
        for (int i = 0; i < 16 && int.TryParse(pid, out int id) && id > 1; i++)
        {
            if (id == ancestor)
            {
                return true;
            }
            // /proc/PID/stat: "PID (name) state PPID ...", the name in parentheses.
            string stat = File.ReadAllText($"/proc/{id}/stat");
            pid = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1];
        }
        return false;
    }
}
