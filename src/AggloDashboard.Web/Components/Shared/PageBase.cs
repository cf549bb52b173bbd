using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>
/// Every page: the interface language from the URL (<c>lang=zh|en</c>, Chinese unless it says <c>en</c>), its fixed texts
/// by key (<see cref="UiText"/>), the navigation and the data service.
/// </summary>
public abstract class PageBase : ComponentBase
{
    [SupplyParameterFromQuery(Name = "lang")] public string? LangCode { get; set; }

    [Inject] protected NavigationManager Nav { get; set; } = default!;

    [Inject] protected DashboardDataService Data { get; set; } = default!;

    /// <summary>The interface language of the URL.</summary>
    protected Lang Lang => LangCodes.Parse(LangCode);

    /// <summary>The fixed text <paramref name="key"/> in the page's language.</summary>
    protected string T(string key) => UiText.Get(Lang, key);
}
