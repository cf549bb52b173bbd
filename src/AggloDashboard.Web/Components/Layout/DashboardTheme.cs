using MudBlazor;

namespace AggloDashboard.Web.Components.Layout;

/// <summary>One theme for every page: CJK-capable fonts that ship with the OS, a sober palette readable on a projector.</summary>
public static class DashboardTheme
{
    public static readonly string[] FontFamily =
        ["Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Helvetica", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#2e7d32",
            AppbarBackground = "#1f4e79",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily },
        },
    };
}
