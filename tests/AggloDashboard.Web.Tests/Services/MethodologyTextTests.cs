using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Readings;

namespace AggloDashboard.Web.Tests.Services;

public sealed class MethodologyTextTests
{
    public static readonly string[] Methods = ["lq", "coagg", "eg", "inequality", "entropy", "ccd", "reldev", "obstacle", "gm11"];

    [Fact]
    public void Every_method_is_described_in_both_languages_with_formulas_and_a_source()
    {
        foreach (var lang in new[] { Lang.Zh, Lang.En })
        {
            var sections = MethodologyText.Sections(MetricSettings.Default, lang);
            Assert.Equal(Methods, sections.Select(s => s.Id));
            Assert.All(sections, s =>
            {
                Assert.NotEmpty(s.Formulas);
                Assert.False(string.IsNullOrWhiteSpace(s.Title));
                Assert.False(string.IsNullOrWhiteSpace(s.Explanation));
                Assert.False(string.IsNullOrWhiteSpace(s.Source));
            });
        }

        var zh = MethodologyText.Sections(MetricSettings.Default, Lang.Zh);
        var en = MethodologyText.Sections(MetricSettings.Default, Lang.En);
        Assert.All(zh.Zip(en), p => Assert.NotEqual(p.First.Explanation, p.Second.Explanation));
    }

    [Fact]
    public void The_settings_in_use_are_the_ones_shown()
    {
        var standard = MethodologyText.Sections(MetricSettings.Default, Lang.En);
        Assert.Equal("In use: standard form; innovation equal α = 1/3; agglomeration × innovation equal α = 1/2", standard.Single(s => s.Id == "ccd").InUse);
        Assert.Equal("Tolerance: 0.1", standard.Single(s => s.Id == "reldev").InUse);
        Assert.Equal("Weighting: entropy weights", standard.Single(s => s.Id == "entropy").InUse);

        var custom = MethodologyText.Sections(new MetricSettings
        {
            CouplingForm = CouplingForm.Modified,
            CouplingAlphas = [0.6, 0.4],
            RelativeDevelopmentTolerance = 0.05,
            Weighting = IndicatorWeighting.Equal,
        }, Lang.Zh);
        Assert.StartsWith("当前：修正形式", custom.Single(s => s.Id == "ccd").InUse);
        Assert.EndsWith("α = (0.6, 0.4)", custom.Single(s => s.Id == "ccd").InUse);
        Assert.Contains("|U1 − U2| ≤ 0.05 → 同步发展", custom.Single(s => s.Id == "reldev").Formulas);
        Assert.Equal("权重方法：等权", custom.Single(s => s.Id == "entropy").InUse);
    }

    [Fact]
    public void The_classes_table_has_the_thresholds_in_use_closed_on_the_right()
    {
        var classes = MethodologyText.Classes(MetricSettings.Default);

        Assert.Equal(10, classes.Count);
        Assert.Equal("[0.0, 0.1]", classes[0].Interval);
        Assert.Equal("(0.4, 0.5]", classes[4].Interval);
        Assert.Equal("barely coordinated", classes[5].Class.NameEn);
        Assert.Equal("(0.9, 1.0]", classes[9].Interval);

        var shifted = new MetricSettings { ClassThresholds = new CoordinationClasses([0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]) };
        Assert.Equal("(0.15, 0.2]", MethodologyText.Classes(shifted)[1].Interval);
    }
}
