using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CeuRules.Evaluation;
using System.Threading.Tasks;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>
/// The HTML report as a person sees it: each example, in English (en-US) and in Spanish (es-US), rendered
/// by headless Chromium, which must load it without an error or a console message, paint a real
/// screenshot, and parse it into the DOM the report was meant to build. One example's screenshots are the
/// pictures of the docs (docs/images/report-en-US.png, report-es-US.png): with
/// <c>CEURULES_UPDATE_SNAPSHOTS=1</c> the test that makes them writes them there.
/// Without Chromium these tests report themselves skipped, with the command that installs it (Debian's
/// <c>chromium</c> package); under <c>CEURULES_REQUIRE_CHROMIUM=1</c>, which CI (.ci/run) sets after installing
/// it, a missing browser is a failure instead. <c>CEURULES_CHROMIUM</c> names another browser binary.
/// </summary>
public sealed class ChromiumRenderTest : IDisposable
{
    private const string DefaultChromium = "/usr/bin/chromium";
    private const int Width = 1200;
    private const int Height = 1800;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly string scratch = Directory.CreateTempSubdirectory("ceurules-chromium-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    public static TheoryData<string, string> Examples() => ReportSamples.ExamplesInBothCultures();

    /// <summary>The example the docs show, evaluated as of the date in the file, so that its pictures do not change with the day they are made.</summary>
    internal const string DocsExample = "cma-in-progress.json";

    [SkippableTheory]
    [MemberData(nameof(Examples))]
    public void Each_example_renders_to_a_screenshot_without_errors(string file, string culture)
    {
        RequireChromium();
        string page = WriteReport(file, culture);
        string png = Path.Combine(scratch, $"{Path.GetFileNameWithoutExtension(file)}-{culture}.png");

        var (exit, _, error) = RunChromium("--enable-logging=stderr", "--v=0", $"--screenshot={png}", $"--window-size={Width},{Height}", new Uri(page).AbsoluteUri);

        Assert.True(exit == 0, $"Chromium exited with {exit}:\n{error}");
        AssertNoConsoleMessage(error);
        AssertScreenshot(png, error);
    }

    [SkippableTheory]
    [MemberData(nameof(Examples))]
    public void Each_example_parses_into_the_expected_dom(string file, string culture)
    {
        RequireChromium();
        string page = WriteReport(file, culture);

        var (exit, dom, error) = RunChromium("--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(page).AbsoluteUri);

        Assert.True(exit == 0, $"Chromium exited with {exit}:\n{error}");
        AssertNoConsoleMessage(error);
        var evaluated = ReportSamples.Evaluate(ReportSamples.Example(file));
        Assert.Contains($"<html lang=\"{culture}\">", dom, StringComparison.Ordinal);
        Assert.Contains(": " + file + "</title>", dom, StringComparison.Ordinal);
        Assert.Contains($"data-status=\"{evaluated.Results[0].Status.ToId()}\"", dom, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"timeline\"", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"as-of-line\"", dom, StringComparison.Ordinal);
        Assert.Contains("<table class=\"requirements\">", dom, StringComparison.Ordinal);
        Assert.Contains("<details class=\"details\">", dom, StringComparison.Ordinal);
        Assert.Contains("</main>", dom, StringComparison.Ordinal);
        int marks = Regex.Count(dom, "<g class=\"mark\"");
        string example = HtmlReportTest.Example(file);
        Assert.Equal(HtmlReportTest.ActivityIds(example).Count * HtmlReportTest.CertificationCount(example), marks);
    }

    [SkippableTheory]
    [InlineData("en-US")]
    [InlineData("es-US")]
    public void The_docs_pictures_are_the_report_of_one_example_in_each_language(string culture)
    {
        RequireChromium();
        string page = WriteReport(DocsExample, culture);
        string png = Path.Combine(scratch, $"report-{culture}.png");

        var (exit, _, error) = RunChromium($"--screenshot={png}", $"--window-size={Width},{Height}", "--hide-scrollbars", new Uri(page).AbsoluteUri);

        Assert.True(exit == 0, $"Chromium exited with {exit}:\n{error}");
        AssertScreenshot(png, error);
        string docs = Path.Combine(ReportSamples.Root(), "docs", "images", $"report-{culture}.png");
        if (Environment.GetEnvironmentVariable("CEURULES_UPDATE_SNAPSHOTS") == "1")
        {
            File.Copy(png, docs, overwrite: true);
        }
        Assert.True(File.Exists(docs), $"{docs} is missing: run this test with CEURULES_UPDATE_SNAPSHOTS=1 to write it.");
        byte[] shown = File.ReadAllBytes(docs);
        Assert.Equal(PngSignature, shown[..8]);
        Assert.Equal(Width, BigEndian(shown, 16));
    }

    private static void AssertScreenshot(string png, string error)
    {
        Assert.True(File.Exists(png), $"Chromium wrote no screenshot:\n{error}");
        byte[] bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 20_000, $"The screenshot is only {bytes.Length} bytes: the page did not paint.");
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(Width, BigEndian(bytes, 16));
        Assert.Equal(Height, BigEndian(bytes, 20));
    }

    /// <summary>Fails on any message the page wrote to the console (Chromium logs them as CONSOLE lines) or any resource it failed to load.</summary>
    private static void AssertNoConsoleMessage(string log)
    {
        var lines = log.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal) || line.Contains("Failed to load resource", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 0, "The page wrote to the console:\n" + string.Join("\n", lines));
    }

    private string WriteReport(string file, string culture)
    {
        string page = Path.Combine(scratch, $"{Path.GetFileNameWithoutExtension(file)}-{culture}.html");
        File.WriteAllText(page, HtmlReportTest.Html(HtmlReportTest.Example(file), CultureInfo.GetCultureInfo(culture)));
        return page;
    }

    /// <summary>The browser these tests run: <c>CEURULES_CHROMIUM</c> when set, otherwise Debian's <c>/usr/bin/chromium</c>.</summary>
    private static string Chromium =>
        Environment.GetEnvironmentVariable("CEURULES_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    /// <summary>Skips the test when the browser is absent, or fails it when <c>CEURULES_REQUIRE_CHROMIUM=1</c>.</summary>
    private static void RequireChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }
        string reason = $"Chromium is not installed at {Chromium}, and this test renders the HTML report with it. "
            + "Install Debian's chromium package: 'sudo apt-get install -y chromium' (or as root 'apt-get install -y chromium'); "
            + "CEURULES_CHROMIUM names another Chromium binary.";
        if (Environment.GetEnvironmentVariable("CEURULES_REQUIRE_CHROMIUM") == "1")
        {
            Assert.Fail(reason + " CEURULES_REQUIRE_CHROMIUM=1 makes a missing browser a failure.");
        }
        Skip.If(true, reason);
    }

    private (int Exit, string Out, string Err) RunChromium(params string[] args)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string profile = Directory.CreateDirectory(Path.Combine(scratch, "profile-" + Guid.NewGuid().ToString("N"))).FullName;
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
        }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Chromium did not finish within {Limit.TotalSeconds} seconds.");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
