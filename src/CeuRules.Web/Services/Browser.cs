using System;
using System.Threading.Tasks;
using Microsoft.JSInterop;

namespace CeuRules.Web.Services;

/// <summary>The few things the page asks of the browser (wwwroot/js/app.js): save a file, print a report, set the document's language.</summary>
internal sealed class Browser
{
    private readonly IJSRuntime js;

    public Browser(IJSRuntime js) => this.js = js ?? throw new ArgumentNullException(nameof(js));

    /// <summary>Saves <paramref name="bytes"/> as a download named <paramref name="fileName"/>; the bytes go from memory to the disk, nowhere else.</summary>
    internal ValueTask Download(string fileName, string mediaType, byte[] bytes) => js.InvokeVoidAsync("ceurules.download", fileName, mediaType, bytes);

    /// <summary>Opens the print dialog for the report in the frame with <paramref name="frameId"/>.</summary>
    internal ValueTask Print(string frameId) => js.InvokeVoidAsync("ceurules.print", frameId);

    /// <summary>Sets <c>lang</c> on the document and remembers the choice for the next visit.</summary>
    internal ValueTask UseLanguage(string code, bool remember) => js.InvokeVoidAsync("ceurules.useLanguage", code, remember);

    /// <summary>The language to start in: the page's <c>?lang=</c>, the remembered choice, or the browser's first language.</summary>
    internal ValueTask<string> StartLanguage() => js.InvokeAsync<string>("ceurules.startLanguage");
}
