using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using PuppeteerSharp;
using Xunit;

namespace CeuRules.Web.Tests;

/// <summary>
/// The published site, served as plain static files from 127.0.0.1, and one headless Chromium that loads it.
/// The site is published once per test run (<c>dotnet publish src/CeuRules.Web -c Release</c>, trimmed, as it
/// ships), and only when Chromium is there to load it; <c>CEURULES_WEB_SITE</c> names an already published
/// <c>wwwroot</c> to use instead. Without Chromium every browser test skips with the command that installs it
/// (Debian's <c>chromium</c> package); under <c>CEURULES_REQUIRE_CHROMIUM=1</c>, which CI (.ci/run) sets after
/// installing it, a missing browser is a failure instead. <c>CEURULES_CHROMIUM</c> names another browser binary.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime, IDisposable
{
    private const string DefaultChromium = "/usr/bin/chromium";
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(20);

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? scratch;
    private WebApplication? server;
    private IBrowser? browser;

    /// <summary>The site's address (<c>http://127.0.0.1:PORT/</c>), once <see cref="StartAsync"/> has run.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The published <c>wwwroot</c> folder.</summary>
    public string Folder { get; private set; } = null!;

    /// <summary>How long the one publish took (for docs/performance.md); zero when <c>CEURULES_WEB_SITE</c> was used.</summary>
    public TimeSpan PublishTime { get; private set; }

    public IBrowser Browser => browser!;

    /// <summary>The browser these tests run: <c>CEURULES_CHROMIUM</c> when set, otherwise Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string Chromium =>
        Environment.GetEnvironmentVariable("CEURULES_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    /// <summary>Skips the test when the browser is absent, or fails it when <c>CEURULES_REQUIRE_CHROMIUM=1</c>.</summary>
    public static void RequireChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }
        string reason = $"Chromium is not installed at {Chromium}, and this test loads the published site in it. "
            + "Install Debian's chromium package: 'sudo apt-get install -y chromium' (or as root 'apt-get install -y chromium'); "
            + "CEURULES_CHROMIUM names another Chromium binary.";
        if (Environment.GetEnvironmentVariable("CEURULES_REQUIRE_CHROMIUM") == "1")
        {
            Assert.Fail(reason + " CEURULES_REQUIRE_CHROMIUM=1 makes a missing browser a failure.");
        }
        Skip.If(true, reason);
    }

    /// <summary>Publishes (once), serves and opens the browser (once); every browser test calls this first.</summary>
    public async Task StartAsync()
    {
        RequireChromium();
        await gate.WaitAsync();
        try
        {
            if (browser is not null)
            {
                return;
            }
            Folder = Environment.GetEnvironmentVariable("CEURULES_WEB_SITE") is { Length: > 0 } given ? given : Publish();
            Assert.True(File.Exists(Path.Combine(Folder, "index.html")), $"No index.html in the published site {Folder}.");
            server = Serve(Folder);
            await server.StartAsync();
            var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
            browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=en-US"],
                UserDataDir = Directory.CreateDirectory(Path.Combine(scratch ??= NewScratch(), "profile")).FullName,
                Timeout = 60_000,
            });
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A new page whose browser language is <paramref name="browserLanguage"/>, at <paramref name="path"/>, ready when the app has rendered.</summary>
    public async Task<IPage> OpenAsync(string path, string browserLanguage = "en-US")
    {
        var context = await Browser.CreateBrowserContextAsync();
        var page = await context.NewPageAsync();
        page.DefaultTimeout = 120_000;
        await page.SetExtraHttpHeadersAsync(new() { ["Accept-Language"] = browserLanguage });
        await page.EvaluateFunctionOnNewDocumentAsync(
            "lang => { Object.defineProperty(navigator, 'languages', { get: () => [lang] }); Object.defineProperty(navigator, 'language', { get: () => lang }); }",
            browserLanguage);
        await page.GoToAsync(new Uri(Address, path).AbsoluteUri, WaitUntilNavigation.Load);
        await page.WaitForSelectorAsync("main#main h1");
        return page;
    }

    private string Publish()
    {
        string output = Path.Combine(scratch ??= NewScratch(), "site");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        foreach (var arg in new[] { "publish", Path.Combine("src", "CeuRules.Web", "CeuRules.Web.csproj"), "-c", "Release", "-o", output, "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PublishLimit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet publish src/CeuRules.Web did not finish within {PublishLimit}.");
        }
        PublishTime = clock.Elapsed;
        Assert.True(process.ExitCode == 0, $"dotnet publish src/CeuRules.Web failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        return Path.Combine(output, "wwwroot");
    }

    /// <summary>A plain static server: files as they are, and index.html for an address that names no file (the app's own routes).</summary>
    private static WebApplication Serve(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder, WebRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
        return app;
    }

    private static string NewScratch() => Directory.CreateTempSubdirectory("ceurules-web-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            browser.Dispose();
        }
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }
        if (scratch is not null)
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
                // The browser may still hold its profile for a moment; the temporary folder is left to the system.
            }
        }
    }

    public void Dispose() => gate.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SiteTests : ICollectionFixture<PublishedSite>
{
    public const string Name = "published site";
}
