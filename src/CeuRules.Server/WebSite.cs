using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace CeuRules.Server;

/// <summary>
/// The web app (src/CeuRules.Web, published) served at <c>/</c> when <see cref="ServerOptions.WebRoot"/> is set: its
/// files as they are, and its page for the app's own addresses (<c>/workforce</c>, <c>/catalog</c>). Static files
/// need no credentials and carry no one's data: the app evaluates in the browser and calls no endpoint.
/// </summary>
internal static class WebSite
{
    /// <summary>The app's own addresses besides <c>/</c>, answered with its page.</summary>
    private static readonly string[] Pages = ["workforce", "catalog"];

    internal static void Use(WebApplication app)
    {
        var root = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value.WebRoot;
        if (string.IsNullOrEmpty(root))
        {
            return;
        }
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // .dat (the globalization data) and the like have no registered type: serve them as octet-stream.
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        foreach (var page in Pages)
        {
            app.MapFallbackToFile("/" + page, "index.html", new StaticFileOptions { FileProvider = files });
        }
    }
}
