using System.Linq;
using Bunit;
using CeuRules.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CeuRules.Web.Tests;

/// <summary>
/// A bUnit context with the site's services, the browser calls recorded (loose), in the language asked.
/// The component tests share one collection: the language sets the process's default culture.
/// </summary>
public abstract class PageContext : BunitContext
{
    protected PageContext(string language = "en")
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Engine = new Engine();
        Language = new Language();
        Language.Use(language);
        Services.AddSingleton(Engine);
        Services.AddSingleton(Language);
        Services.AddScoped<Browser>();
    }

    internal Engine Engine { get; }

    internal Language Language { get; }

    /// <summary>Chooses <paramref name="path"/> in the file input with id <paramref name="id"/>.</summary>
    protected static void Upload<T>(IRenderedComponent<T> page, string id, string path)
        where T : class, IComponent
    {
        var input = ((IRenderedComponent<IComponent>)page).FindComponents<InputFile>().Single(c => Equals(c.Instance.AdditionalAttributes?["id"], id));
        input.UploadFiles(InputFileContent.CreateFromBinary(System.IO.File.ReadAllBytes(path), System.IO.Path.GetFileName(path)));
    }

    /// <summary>The (code, path) of every finding row the page shows.</summary>
    protected static System.Collections.Generic.List<(string Code, string Path)> Shown<T>(IRenderedComponent<T> page)
        where T : class, IComponent =>
        page.FindAll("[data-code]").Select(e => (e.GetAttribute("data-code")!, e.GetAttribute("data-path")!)).ToList();
}

[CollectionDefinition(Name)]
public sealed class ComponentTests
{
    public const string Name = "components";
}
