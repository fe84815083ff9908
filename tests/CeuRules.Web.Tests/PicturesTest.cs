using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using PuppeteerSharp;
using Xunit;
using Xunit.Abstractions;

namespace CeuRules.Web.Tests;

/// <summary>
/// The pictures of docs/web.md, taken in headless Chromium from the published site: a medical assistant's report,
/// an HR officer's workforce and a vendor's catalog check, in English and one in Spanish. With
/// <c>CEURULES_UPDATE_SNAPSHOTS=1</c> the test writes them to docs/images; otherwise it checks that the page
/// still draws them and that the docs have them. It also writes to the test log how long the first evaluation
/// took in a cold browser (nothing cached) and a warm one (docs/performance.md).
/// </summary>
[Collection(SiteTests.Name)]
public sealed class PicturesTest(PublishedSite site, ITestOutputHelper output)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [SkippableTheory]
    [InlineData("web-person-en-US.png", "", "en-US", "#transcript-file", "cma-in-progress.json")]
    [InlineData("web-person-es-US.png", "", "es-US", "#transcript-file", "cma-in-progress.json")]
    [InlineData("web-workforce-en-US.png", "workforce", "en-US", "#workforce-file", "hr-workforce.xlsx")]
    [InlineData("web-catalog-en-US.png", "catalog", "en-US", "#catalog-file", "catalogs/with-errors.json")]
    public async Task The_docs_pictures_show_each_page_at_work(string picture, string path, string language, string input, string example)
    {
        await site.StartAsync();
        await using var page = await site.OpenAsync(path, language);
        await page.SetViewportAsync(new ViewPortOptions { Width = 1100, Height = 1500 });

        var file = await page.WaitForSelectorAsync(input);
        await file.UploadFileAsync(Path.Combine(Repository.Examples, example));
        if (path == "workforce")
        {
            await page.EvaluateFunctionAsync(
                "v => { const e = document.querySelector('#workforce-as-of'); e.value = v; e.dispatchEvent(new Event('change', { bubbles: true })); }",
                Repository.WorkforceAsOf);
            await page.ClickAsync("section.panel button.primary");
        }
        var result = await page.WaitForSelectorAsync("section.result");
        await result.ScrollIntoViewAsync();
        byte[] png = await page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png });

        Assert.Equal(PngSignature, png[..8]);
        string target = Path.Combine(Repository.Root, "docs", "images", picture);
        if (Environment.GetEnvironmentVariable("CEURULES_UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllBytesAsync(target, png);
        }
        Assert.True(File.Exists(target), $"docs/images/{picture} is missing: make it with CEURULES_UPDATE_SNAPSHOTS=1.");
    }

    [SkippableFact]
    public async Task Time_to_first_evaluation_cold_and_warm_is_logged()
    {
        await site.StartAsync();
        var context = await site.Browser.CreateBrowserContextAsync();
        try
        {
            var cold = await FirstEvaluation(context);
            var warm = await FirstEvaluation(context);
            output.WriteLine($"time to first evaluation (cma-in-progress.json): cold {cold.TotalMilliseconds:0} ms, warm {warm.TotalMilliseconds:0} ms");
            Assert.True(cold > TimeSpan.Zero && warm > TimeSpan.Zero);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>From navigation to the first report shown: load, start the runtime, read the file, evaluate, render.</summary>
    private async Task<TimeSpan> FirstEvaluation(IBrowserContext context)
    {
        await using var page = await context.NewPageAsync();
        page.DefaultTimeout = 120_000;
        var clock = Stopwatch.StartNew();
        await page.GoToAsync(site.Address.AbsoluteUri, WaitUntilNavigation.Load);
        var file = await page.WaitForSelectorAsync("#transcript-file");
        await file.UploadFileAsync(Path.Combine(Repository.Examples, "cma-in-progress.json"));
        await page.WaitForSelectorAsync("article.certification");
        return clock.Elapsed;
    }
}
