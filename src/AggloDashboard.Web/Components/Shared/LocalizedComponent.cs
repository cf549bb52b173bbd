using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>A part of a page shown in the page's language, which the page passes down; its fixed texts come from <see cref="UiText"/>.</summary>
public abstract class LocalizedComponent : ComponentBase
{
    [Parameter] public Lang Lang { get; set; }

    /// <summary>The fixed text <paramref name="key"/> in the page's language.</summary>
    protected string T(string key) => UiText.Get(Lang, key);
}
