using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>The web app's static files served at / when CeuRules:WebRoot names a published site, and nothing there otherwise.</summary>
public sealed class WebSiteTest : IDisposable
{
    private readonly string site = Directory.CreateTempSubdirectory("ceurules-site-").FullName;

    public WebSiteTest()
    {
        File.WriteAllText(Path.Combine(site, "index.html"), "<!DOCTYPE html><title>CeuRules</title>");
        Directory.CreateDirectory(Path.Combine(site, "_framework"));
        File.WriteAllBytes(Path.Combine(site, "_framework", "icudt.dat"), [1, 2, 3]);
    }

    public void Dispose() => Directory.Delete(site, recursive: true);

    [Theory]
    [InlineData("/")]
    [InlineData("/workforce")]
    [InlineData("/catalog")]
    public async Task The_apps_pages_are_served_without_credentials(string path)
    {
        using var factory = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:WebRoot"] = site });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>CeuRules</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_files_are_served_as_they_are_and_the_api_is_unchanged()
    {
        using var factory = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:WebRoot"] = site });
        using var client = factory.CreateClient();

        Assert.Equal([1, 2, 3], await client.GetByteArrayAsync(new Uri("/_framework/icudt.dat", UriKind.Relative)));
        using var api = await client.GetAsync(new Uri("/v1/policies", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        using var unknown = await client.GetAsync(new Uri("/v1/no-such-thing", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Without_a_web_root_nothing_is_served_at_the_root()
    {
        using var factory = new ServerFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void A_web_root_without_a_site_is_refused_at_start_up()
    {
        var error = Assert.ThrowsAny<Exception>(() => ServerApp.Build(["--CeuRules:AllowAnonymous=true", "--CeuRules:WebRoot=" + Path.Combine(site, "_framework")]));
        Assert.Contains("WebRoot", error.ToString(), StringComparison.Ordinal);
    }
}
