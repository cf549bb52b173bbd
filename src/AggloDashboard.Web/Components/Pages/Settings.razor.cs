using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Pages;

public partial class Settings
{
    [SupplyParameterFromQuery(Name = DashboardUrls.ReturnParameter)] public string? Return { get; set; }

    private static readonly string[] InnovationParts = ["settings.part.input", "settings.part.output", "settings.part.benefit"];
    private static readonly string[] CouplingParts = ["settings.part.agglomeration", "settings.part.innovation"];

    private DashboardSnapshot? _snapshot;
    private SettingsForm? _form;
    private IReadOnlyList<SettingProblem> _problems = [];
    private IReadOnlyList<Region> _provinces = [];

    protected override async Task OnParametersSetAsync()
    {
        _snapshot = await LoadSnapshotAsync(Data);
        _provinces = (await Data.GetCurrentAsync()).Dataset.Regions.Where(r => r.Level == RegionLevel.Province).ToArray();
        _form = SettingsForm.From(Settings, _snapshot, Lang);
        _problems = [];
    }

    // Only a local path is followed, so a crafted link cannot send the user elsewhere.
    private string ReturnTarget =>
        Return is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal)
            ? r
            : DashboardUrls.Overview(new DashboardQuery(Lang: Lang));

    private async Task Apply()
    {
        var built = _form!.Build();
        _problems = built.Problems;
        if (_problems.Count > 0)
        {
            return;
        }

        var resolution = await Data.ResolveAsync(built);
        _problems = resolution.Problems;
        if (_problems.Count == 0)
        {
            Nav.NavigateTo(DashboardUrls.WithSettings(ReturnTarget, built.Settings));
        }
    }

    private void Reset() => Nav.NavigateTo(DashboardUrls.WithSettings(ReturnTarget, MetricSettings.Default));
}
