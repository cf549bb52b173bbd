using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Tests.Metrics;

public sealed class MetricSettingsTextTests
{
    [Fact]
    public void Text_copied_from_an_address_bar_is_decoded_and_other_names_ignored()
    {
        var parsed = MetricSettingsText.ParseText("http://127.0.0.1:5000/coupling?year=2015&alpha=0.5%2C0.3%2C0.2&weighting=user&w=a.x%3A2%2Cb.y%3A1&tol=0.2");

        Assert.Empty(parsed.Problems);
        Assert.Equal([0.5, 0.3, 0.2], parsed.Settings.InnovationAlphas!.Select(a => Math.Round(a, 12)));
        Assert.Equal(2, parsed.Settings.Weighting.UserWeights["a.x"]);
        Assert.Equal(0.2, parsed.Settings.RelativeDevelopmentTolerance);
    }

    [Fact]
    public void A_scope_of_provinces_and_cities_reads_sorted_without_repeats_and_writes_back()
    {
        var parsed = MetricSettingsText.ParseText("/map?scope=230100,220000,230100&year=2020");

        Assert.Empty(parsed.Problems);
        Assert.Equal(["220000", "230100"], parsed.Settings.Scope);
        Assert.Equal([new KeyValuePair<string, string?>("scope", "220000,230100")], MetricSettingsText.ToValues(parsed.Settings));
    }

    [Theory]
    [InlineData("scope=22")]
    [InlineData("scope=2201000")]
    [InlineData("scope=220100,abc")]
    public void A_scope_that_is_not_six_digit_codes_is_a_problem_and_keeps_the_whole_dataset(string text)
    {
        var parsed = MetricSettingsText.ParseText(text);

        Assert.Null(parsed.Settings.Scope);
        Assert.Equal("scope", Assert.Single(parsed.Problems).Parameter);
    }

    [Fact]
    public void Bare_text_without_a_question_mark_is_read_too()
    {
        var parsed = MetricSettingsText.ParseText("ccd=modified&classes=0.15,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1");

        Assert.Empty(parsed.Problems);
        Assert.Equal(CouplingForm.Modified, parsed.Settings.CouplingForm);
        Assert.Equal(0.15, parsed.Settings.ClassThresholds.Classes[0].UpperBound);
    }

    [Fact]
    public void Written_settings_read_back_equal()
    {
        var settings = MetricSettings.Default with
        {
            CouplingForm = CouplingForm.Modified,
            CouplingAlphas = [0.6, 0.4],
            Weighting = IndicatorWeighting.UserGiven(new Dictionary<string, double> { ["x.y"] = 0.25, ["z"] = 3 }),
            RelativeDevelopmentTolerance = 0.125,
        };
        var text = string.Join('&', MetricSettingsText.ToValues(settings).Select(kv => kv.Key + "=" + Uri.EscapeDataString(kv.Value!)));

        var back = MetricSettingsText.ParseText(text).Settings;

        Assert.Equal(settings.CouplingForm, back.CouplingForm);
        Assert.Equal(settings.CouplingAlphas, back.CouplingAlphas);
        Assert.Equal(settings.Weighting, back.Weighting);
        Assert.Equal(settings.RelativeDevelopmentTolerance, back.RelativeDevelopmentTolerance);
        Assert.True(MetricSettingsText.IsDefault(MetricSettingsText.ParseText("").Settings));
    }
}
