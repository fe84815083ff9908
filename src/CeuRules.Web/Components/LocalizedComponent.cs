using System;
using CeuRules.Explanations;
using CeuRules.Web.Services;
using Microsoft.AspNetCore.Components;

namespace CeuRules.Web.Components;

/// <summary>A component that renders again in the new language when the person switches language.</summary>
public abstract class LocalizedComponent : ComponentBase, IDisposable
{
    [Inject]
    internal Language Language { get; set; } = null!;

    /// <summary>The explanation layer in the page's language.</summary>
    protected Explainer Words => Language.Explainer;

    protected override void OnInitialized()
    {
        Language.Changed += Refresh;
        base.OnInitialized();
    }

    private void Refresh()
    {
        OnLanguageChanged();
        InvokeAsync(StateHasChanged);
    }

    /// <summary>Called when the language changes, before rendering again (to drop text made in the old language).</summary>
    protected virtual void OnLanguageChanged()
    {
    }

    /// <summary>Called when the page is left, before it stops listening for the language (to stop its own work).</summary>
    protected virtual void OnDisposing()
    {
    }

    public void Dispose()
    {
        OnDisposing();
        Language.Changed -= Refresh;
        GC.SuppressFinalize(this);
    }
}
