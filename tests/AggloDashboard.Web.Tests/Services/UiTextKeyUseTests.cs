using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Views;
using System.Text.RegularExpressions;
using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Data.Import;
using AggloDashboard.Data.Stories;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Services;

/// <summary>
/// Reads the Web project's source (.razor and .cs) for the interface text keys it uses: quoted keys, and keys built from a
/// prefix (<c>T("stage." + stage)</c>, <c>$"import.rows.{role}"</c>) whose suffixes come from the enum or list below.
/// Every key used must have both texts, and every text must be used.
/// </summary>
public sealed partial class UiTextKeyUseTests
{
    /// <summary>Every prefix the source builds keys from, with the suffixes it can get (from the same enum or list).</summary>
    private static readonly Dictionary<string, IEnumerable<string>> PrefixSuffixes = new(StringComparer.Ordinal)
    {
        ["stage."] = Names<CoordinationStage>(),
        ["grade."] = Names<ForecastGrade>(),
        ["group."] = Names<MetricGroup>(),
        ["trend."] = Enum.GetValues<GapTrend>().Select(OverviewSummary.TrendKey),
        ["reading.trend."] = Enum.GetValues<GapTrend>().Select(OverviewSummary.TrendKey),
        ["disp.sigma."] = Enum.GetValues<GapTrend>().Select(OverviewSummary.TrendKey),
        ["disp."] = DisparityFigures.ConcentrationCodes,
        // DiagnosisData.SubsystemKey names the subsystems of the innovation system, whose obstacles are diagnosed.
        ["subsystem."] = new[] { Subsystem.InnovationInput, Subsystem.InnovationOutput, Subsystem.InnovationBenefit }.Select(s => s.ToString()),
        ["data.subsystem."] = Enum.GetValues<Subsystem>().Select(s => s.ToCode()),
        ["nav."] = StoryPages.Paths.Select(p => StoryCaptions.PageKey(p)["nav.".Length..]),
        ["settings.param."] = MetricSettingsText.Names,
        ["shift."] = Enum.GetValues<ShiftShareComponent>().Select(c => c.ToCode()),
        ["shift.method."] = Enum.GetValues<ShiftShareMethod>().Select(m => m.ToCode()),
        ["shift.group."] = new[] { Subsystem.Manufacturing, Subsystem.ProducerServices }.Select(s => s.ToCode()),
        ["shift.warn."] = Names<ShiftShareWarningKind>(),
        // ShiftShareReading.CorePeriphery's verdicts on a correlation.
        ["shift.cp."] = ["periphery", "core", "none"],
        ["spatial.weights."] = [Spatial.QueenCode, Spatial.DistanceCode],
        ["spatial.pMethod."] = Enum.GetValues<LisaPMethod>().Select(m => ((LisaPMethod?)m).ToCode()),
        ["spatial.lisa."] = Enum.GetValues<LisaCluster>().Select(c => c.ToCode()),
        ["story.problem."] = Names<StoryProblem>(),
        // The read-only notice shows only when stories are not editable by everyone.
        ["stories.readOnly."] = Names<StoriesEditableBy>().Where(n => n != nameof(StoriesEditableBy.Everyone)),
        ["import.fate."] = Names<ColumnFate>(),
        ["import.how."] = Names<MappingSource>(),
        ["import.rows."] = Names<RowRole>(),
        ["import.unitSource."] = Names<UnitSource>(),
        ["import.yearSource."] = Names<YearSource>(),
    };

    /// <summary>
    /// A quoted key: a C# string, or a Razor attribute named <c>…Key</c> (<c>TextKey="spatial.computing"</c>); another
    /// attribute's value is code (<c>Figure="chart.Figure"</c>).
    /// </summary>
    [GeneratedRegex(@"(?<!(?<!Key)=)""([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+)""")]
    private static partial Regex QuotedKey();

    /// <summary>A key given straight to the text helper, dotted or not.</summary>
    [GeneratedRegex(@"(?:\bT\(|UiText\.Both\(|UiText\.Get\([^,()]+,\s*)""([^""\\]+)""(?!\s*\+)")]
    private static partial Regex HelperKey();

    [GeneratedRegex(@"""([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)*\.)""\s*\+|\$""([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)*\.)\{")]
    private static partial Regex KeyPrefix();

    [Fact]
    public void Every_prefix_the_source_builds_keys_from_has_its_suffixes_listed()
    {
        var used = Source().SelectMany(s => KeyPrefix().Matches(s.Text)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Empty(used.Except(PrefixSuffixes.Keys).Order());
        Assert.Empty(PrefixSuffixes.Keys.Except(used).Order());
    }

    [Fact]
    public void Every_key_the_source_uses_has_a_text_in_both_languages()
    {
        var areas = UiText.Keys.Select(k => k.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var quoted = Source().SelectMany(s => QuotedKey().Matches(s.Text).Select(m => (s.File, Key: m.Groups[1].Value)))
            .Where(u => areas.Contains(u.Key.Split('.')[0]))
            .Concat(Source().SelectMany(s => HelperKey().Matches(s.Text).Select(m => (s.File, Key: m.Groups[1].Value))));
        var built = PrefixSuffixes.SelectMany(p => p.Value.Select(suffix => ("prefix " + p.Key, Key: p.Key + suffix)));
        var known = UiText.Keys.ToHashSet(StringComparer.Ordinal);
        var missing = quoted.Concat(built).Where(u => !known.Contains(u.Key)).Select(u => $"{u.Key} ({u.Item1})").Distinct().Order();
        Assert.Empty(missing);
        Assert.All(known, key =>
        {
            Assert.False(string.IsNullOrWhiteSpace(UiText.Get(Lang.Zh, key)), key);
            Assert.False(string.IsNullOrWhiteSpace(UiText.Get(Lang.En, key)), key);
        });
    }

    [Fact]
    public void Every_text_is_used_by_the_source()
    {
        var used = Source().SelectMany(s => QuotedKey().Matches(s.Text).Concat(HelperKey().Matches(s.Text)).Select(m => m.Groups[1].Value))
            .Concat(PrefixSuffixes.SelectMany(p => p.Value.Select(suffix => p.Key + suffix)))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Empty(UiText.Keys.Where(k => !used.Contains(k)).Order());
    }

    private static IEnumerable<string> Names<TEnum>() where TEnum : struct, Enum => Enum.GetNames<TEnum>();

    /// <summary>The Web project's .razor and .cs files, less the dictionary itself.</summary>
    private static IEnumerable<(string File, string Text)> Source()
    {
        var root = WebSourceFolder();
        return Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(f => !Path.GetFileName(f).StartsWith("UiText", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(root, f), File.ReadAllText(f)));
    }

    private static string WebSourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "AggloDashboard.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/AggloDashboard.Web was not found above " + AppContext.BaseDirectory);
    }
}
