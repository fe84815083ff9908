using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CeuRules.Web.Services;
using PuppeteerSharp;
using PuppeteerSharp.PageAccessibility;
using Xunit;

namespace CeuRules.Web.Tests;

/// <summary>
/// The published site in headless Chromium, served as static files from 127.0.0.1: each shipped example opened
/// in both languages, the example workbook and every example catalog dropped, and what the page shows compared
/// with the command line's JSON for the same file. No request leaves the page once it has loaded.
/// </summary>
[Collection(SiteTests.Name)]
public sealed partial class BrowserTest(PublishedSite site)
{
    public static TheoryData<string, string> Transcripts() => InBothLanguages(Repository.TranscriptExamples());

    public static TheoryData<string, string> Catalogs() => InBothLanguages(Repository.CatalogExamples());

    private static TheoryData<string, string> InBothLanguages(IEnumerable<string> files)
    {
        var data = new TheoryData<string, string>();
        foreach (var file in files)
        {
            data.Add(file, "en-US");
            data.Add(file, "es-US");
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Transcripts))]
    public async Task My_certification_shows_what_the_command_line_decides(string file, string language)
    {
        await site.StartAsync();
        string path = Path.Combine(Repository.Examples, file);
        await using var page = await site.OpenAsync(string.Empty, language);
        var requests = Record(page);

        await Upload(page, "#transcript-file", path);
        await page.WaitForSelectorAsync("section.result");

        Assert.Equal(language[..2], await page.EvaluateExpressionAsync<string>("document.documentElement.lang"));
        var cli = Repository.CliJson("evaluate", path, "--format", "json");
        var expected = cli.GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("credential").GetString()} {r.GetProperty("status").GetString()} {r.GetProperty("expiresOn").GetString()}").ToList();
        var shown = await page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('article.certification')].map(a => `${a.dataset.credential} ${a.dataset.status} ${a.dataset.expires}`)");
        // The page shows what the command line decides, most urgent first as the reports are (EvaluationOrder.ByUrgency);
        // the command line's JSON keeps the document's order.
        var report = PersonReport.Evaluate(new Engine(), file, PersonReport.ReadFile(new Engine(), new DroppedFile(file, File.ReadAllBytes(path)), null, null, null), null);
        Assert.Equal(expected.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Equal(report.Results.Select(r => r.Certification.Credential.Id).ToArray(), shown.Select(s => s.Split(' ')[0]).ToArray());
        Assert.Equal(Pairs(cli.GetProperty("findings")), await FindingsShown(page, "section.result > table.findings"));

        // The words are the explanation layer's, in the page's language.
        var words = CeuRules.Explanations.Explainer.For(Language.For(language));
        var headlines = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('article.certification .headline')].map(p => p.textContent)");
        Assert.Equal(report.Results.Count, headlines.Length);
        for (int i = 0; i < headlines.Length; i++)
        {
            Assert.Equal(words.Headline(report.Results[i]), headlines[i]);
        }
        // The full report is in its frame, in the same language.
        Assert.Equal(language[..2], await page.EvaluateExpressionAsync<string>(
            "document.getElementById('person-report').contentDocument.documentElement.lang.substring(0, 2)"));
        Assert.Empty(requests);
    }

    [SkippableTheory]
    [InlineData("en-US")]
    [InlineData("es-US")]
    public async Task Workforce_lists_who_is_due_as_the_command_lines_batch_report_does(string language)
    {
        await site.StartAsync();
        string path = Path.Combine(Repository.Examples, "hr-workforce.xlsx");
        await using var page = await site.OpenAsync("workforce", language);
        var requests = Record(page);

        await Upload(page, "#workforce-file", path);
        await SetValue(page, "#workforce-as-of", Repository.WorkforceAsOf);
        // Due within the horizon means the next step's date: the example's CMA must be done in 97 days.
        await SetValue(page, "#workforce-days", "120");
        await page.ClickAsync("section.panel button.primary");
        await page.WaitForSelectorAsync("section.result");

        var report = CliFindings.BatchReport(path, Repository.WorkforceAsOf, "--within-days", "120");
        var summary = report.GetProperty("summary");
        foreach (var (attribute, member) in new[] { ("people", "people"), ("certifications", "certifications"), ("due", "dueWithinDays"), ("problems", "malformedLines") })
        {
            Assert.Equal(summary.GetProperty(member).GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                await page.EvaluateExpressionAsync<string>($"document.querySelector('section.result').dataset.{attribute}"));
        }
        // Every certification listed as due is one the command line evaluated with the same status, most urgent first.
        var rows = report.GetProperty("rows").EnumerateArray().Where(r => r.TryGetProperty("status", out _))
            .Select(r => $"{r.GetProperty("personId").GetString()} {r.GetProperty("credential").GetString()} {r.GetProperty("status").GetString()}").ToHashSet();
        var due = await page.EvaluateExpressionAsync<string[][]>(
            "[...document.querySelectorAll('table.due tbody tr')].map(r => [`${r.dataset.person} ${r.dataset.credential} ${r.dataset.status}`, r.dataset.date])");
        Assert.NotEmpty(due);
        Assert.All(due, d => Assert.Contains(d[0], rows));
        Assert.Equal(due.Select(d => d[1]).Order(StringComparer.Ordinal), due.Select(d => d[1]));
        Assert.Empty(requests);
    }

    [SkippableTheory]
    [MemberData(nameof(Catalogs))]
    public async Task Catalog_check_shows_the_command_lines_findings_and_yields(string file, string language)
    {
        await site.StartAsync();
        string path = Path.Combine(Repository.Examples, "catalogs", file);
        await using var page = await site.OpenAsync("catalog", language);

        await Upload(page, "#catalog-file", path);
        await page.WaitForSelectorAsync("section.result");

        var cli = Repository.CliJson("validate-catalog", path, "--format", "json");
        Assert.Equal(cli.GetProperty("valid").GetBoolean() ? "true" : "false",
            await page.EvaluateExpressionAsync<string>("document.querySelector('section.result').dataset.valid"));
        Assert.Equal(Pairs(cli.GetProperty("findings")), await FindingsShown(page, "section.result table.findings"));
        // Each offer's yield is shown in its course's part of the page.
        var yields = cli.GetProperty("yields").EnumerateArray()
            .Select(y => CatalogCheck.CoursePrefix(y.GetProperty("path").GetString()!) + " " + y.GetProperty("credential").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(yields, (await page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('article.course')].flatMap(c => [...c.querySelectorAll('table.yields tbody tr')].map(r => `${c.dataset.path} ${r.dataset.credential}`))")).Order(StringComparer.Ordinal));
        Assert.Contains("OR-Tools", await page.EvaluateExpressionAsync<string>("document.getElementById('catalog-recommend').parentElement.textContent"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_page_can_be_used_with_the_keyboard_and_names_every_control()
    {
        await site.StartAsync();
        await using var page = await site.OpenAsync(string.Empty);

        // Landmarks and names, from the browser's own accessibility tree.
        var tree = await page.Accessibility.SnapshotAsync(new AccessibilitySnapshotOptions { InterestingOnly = true });
        var nodes = Flatten(tree).ToList();
        Assert.Contains(nodes, n => n.Role == "banner");
        Assert.Contains(nodes, n => n.Role == "navigation");
        Assert.Contains(nodes, n => n.Role == "main");
        Assert.Contains(nodes, n => n.Role == "contentinfo");
        Assert.All(nodes.Where(n => n.Role is "button" or "textbox" or "combobox" or "checkbox" or "link" or "spinbutton"),
            n => Assert.False(string.IsNullOrWhiteSpace(n.Name), $"A {n.Role} has no name."));

        // The skip link is the first thing the keyboard reaches; the page puts focus on its heading when it opens.
        Assert.True(await page.EvaluateExpressionAsync<bool>(
            "document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').classList.contains('skip')"));
        Assert.Equal("H1", await page.EvaluateExpressionAsync<string>("document.activeElement.tagName"));
        // From the heading, Tab reaches the first control of the page...
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("transcript-file", await page.EvaluateExpressionAsync<string>("document.activeElement.id"));
        // ...and back past the language to the pages' links, where Enter opens the Workforce page.
        await page.Keyboard.DownAsync("Shift");
        var reached = new List<string>();
        while (reached.Count < 6 && !reached.Contains("workforce"))
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateExpressionAsync<string>("document.activeElement.id || document.activeElement.getAttribute('href') || document.activeElement.tagName"));
        }
        await page.Keyboard.UpAsync("Shift");
        Assert.Equal(["language", "catalog", "workforce"], reached);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#workforce-file");
    }

    [SkippableFact]
    public async Task Switching_language_changes_the_page_without_reloading_it_and_is_remembered()
    {
        await site.StartAsync();
        await using var page = await site.OpenAsync(string.Empty);
        await Upload(page, "#transcript-file", Path.Combine(Repository.Examples, "cma-in-progress.json"));
        await page.WaitForSelectorAsync("section.result");

        await page.SelectAsync("#language", "es");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'es' && document.querySelector('h1').textContent.includes('Mi certificación')");

        // The result is still there, now in Spanish, and so is its report.
        Assert.Equal("es", await page.EvaluateExpressionAsync<string>("document.getElementById('person-report').contentDocument.documentElement.lang.substring(0, 2)"));
        Assert.Equal("es", await page.EvaluateExpressionAsync<string>("localStorage.getItem('ceurules-language')"));
    }

    private static async Task Upload(IPage page, string selector, string path)
    {
        var input = await page.WaitForSelectorAsync(selector);
        await input.UploadFileAsync(path);
    }

    private static Task SetValue(IPage page, string selector, string value) => page.EvaluateFunctionAsync(
        "(s, v) => { const e = document.querySelector(s); e.value = v; e.dispatchEvent(new Event('change', { bubbles: true })); }", selector, value);

    /// <summary>Every request the page makes from now on (none is expected: everything was loaded before a file is opened).</summary>
    private static List<string> Record(IPage page)
    {
        var requests = new List<string>();
        page.Request += (_, e) =>
        {
            // The report's frame is written from memory (about:srcdoc); downloads and blobs never reach the network.
            if (!e.Request.Url.StartsWith("about:", StringComparison.Ordinal) && !e.Request.Url.StartsWith("blob:", StringComparison.Ordinal)
                && !e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                lock (requests)
                {
                    requests.Add($"{e.Request.Method} {e.Request.Url}");
                }
            }
        };
        return requests;
    }

    private static List<string> Pairs(JsonElement findings) =>
        findings.EnumerateArray().Select(f => $"{f.GetProperty("code").GetString()} {f.GetProperty("path").GetString()}").Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> FindingsShown(IPage page, string tables) =>
        (await page.EvaluateFunctionAsync<string[]>(
            "s => [...document.querySelectorAll(s)].flatMap(t => [...t.querySelectorAll('tr[data-code]')].map(r => `${r.dataset.code} ${r.dataset.path}`))", tables))
            .Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<SerializedAXNode> Flatten(SerializedAXNode? node)
    {
        if (node is null)
        {
            yield break;
        }
        yield return node;
        foreach (var child in node.Children ?? [])
        {
            foreach (var descendant in Flatten(child))
            {
                yield return descendant;
            }
        }
    }
}
