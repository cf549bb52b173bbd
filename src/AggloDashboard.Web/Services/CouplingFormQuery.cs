using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Services;

/// <summary>The coupling form chosen in the URL (<c>ccd=modified</c>); the standard form when absent.</summary>
public static class CouplingFormQuery
{
    public const string Name = "ccd";

    public static CouplingForm Parse(string? ccd) =>
        string.Equals(ccd, "modified", StringComparison.OrdinalIgnoreCase) ? CouplingForm.Modified : CouplingForm.Standard;

    /// <summary>The query value, or null for the standard form (which the URL leaves out).</summary>
    public static string? Code(CouplingForm form) => form == CouplingForm.Modified ? "modified" : null;

    /// <summary>The contract's settings with the chosen form.</summary>
    public static MetricSettings Settings(CouplingForm form) =>
        form == CouplingForm.Standard ? MetricSettings.Default : MetricSettings.Default with { CouplingForm = form };

    public static string TextKey(CouplingForm form) => form == CouplingForm.Modified ? "ccd.modified" : "ccd.standard";
}
