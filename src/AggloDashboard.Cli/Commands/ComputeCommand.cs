using System.CommandLine;
using System.Diagnostics;
using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Export;
using AggloDashboard.Data.Policy;
using AggloDashboard.Data.Spatial;

namespace AggloDashboard.Cli.Commands;

/// <summary><c>compute --data DIR --out OUT</c>: every metric of docs/METRICS.md for a dataset folder.</summary>
internal static class ComputeCommand
{
    public static Command Create()
    {
        var data = DatasetOptions.Data();
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder to write the metric and diagnostics CSV files to (created if needed).",
            Required = true,
        };
        var form = new Option<CouplingForm>("--coupling-form")
        {
            Description = "The coupling degree formula: Standard (the default of docs/METRICS.md §4) or Modified (Wang et al. 2021).",
            DefaultValueFactory = _ => CouplingForm.Standard,
        };
        var weighting = new Option<string>("--weighting")
        {
            Description = "The indicator weights of the composite scores: entropy (the default of docs/METRICS.md §3) or equal.",
            DefaultValueFactory = _ => "entropy",
        };
        weighting.AcceptOnlyFromAmong("entropy", "equal");
        var settingsText = new Option<string?>("--settings")
        {
            Description = "Every calculation setting as the dashboard writes it in its URL, e.g. " +
                          "\"ccd=modified&alpha=0.5,0.3,0.2&calpha=0.6,0.4&weighting=equal&tol=0.05\" (a whole copied URL works too; " +
                          "see README). Not together with --coupling-form or --weighting.",
        };
        var shiftYears = ShiftShareYears.Option();
        var command = new Command("compute",
            "Compute every metric of docs/METRICS.md §1-6 from a dataset folder and write them as CSV: " +
            "region_metrics.csv (region_code,year,metric,value), aggregate_metrics.csv (year,metric,value) and " +
            "entropy_weights.csv (composite,indicator,weight,entropy), full double precision, invariant culture; " +
            "then the analyses of docs/METRICS.md §2 and §7: sigma_convergence.csv, beta_convergence.csv, moran.csv, lisa.csv, " +
            "krugman.csv, grey_relational.csv, regression.csv and regression.txt; the diagnostics of docs/METRICS.md §7: " +
            "obstacles.csv, obstacle_subsystems.csv, forecasts.csv, forecast_checks.csv and policy.csv; and the shift-share " +
            "decomposition of employment change of docs/METRICS.md §9, shift_share.csv (see README). " +
            "Nothing is written when the dataset has errors.")
        {
            data, output, form, weighting, settingsText, shiftYears,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(settingsText) is not null && (result.GetResult(form) is not null || result.GetResult(weighting) is not null))
            {
                result.AddError("--settings already holds the coupling form and the weighting; give them there, not as --coupling-form or --weighting.");
            }
        });
        command.SetAction(parsed =>
        {
            var stderr = parsed.InvocationConfiguration.Error;
            var settings = new MetricSettings
            {
                CouplingForm = parsed.GetValue(form),
                Weighting = parsed.GetValue(weighting) == "equal" ? IndicatorWeighting.Equal : IndicatorWeighting.Entropy,
            };
            if (parsed.GetValue(settingsText) is { } text)
            {
                var parsedSettings = MetricSettingsText.ParseText(text);
                foreach (var problem in parsedSettings.Problems)
                {
                    stderr.WriteLine($"error: --settings: {problem.Parameter}={problem.Value}: {problem.ReasonEn}");
                }

                if (parsedSettings.Problems.Count > 0)
                {
                    stderr.WriteLine("error: nothing was computed.");
                    return CliRunner.Failure;
                }

                settings = parsedSettings.Settings;
            }

            return Run(parsed.GetValue(data)!, parsed.GetValue(output)!, settings, parsed.GetValue(shiftYears),
                parsed.InvocationConfiguration.Output, stderr);
        });
        return command;
    }

    private static int Run(DirectoryInfo data, DirectoryInfo output, MetricSettings settings, string? shiftYears,
        TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var read = DatasetOptions.ReadReporting(data, stderr);
        if (read.Dataset is null)
        {
            stderr.WriteLine($"error: {data.Name} has errors; nothing was written.");
            return CliRunner.Failure;
        }

        var dataset = read.Dataset;
        if (settings.Scope is { } scope)
        {
            var (scoped, unknown) = ScopedDataset.Apply(dataset, scope);
            if (unknown.Count > 0 || scoped.Prefectures.Count() < 2)
            {
                stderr.WriteLine(unknown.Count > 0
                    ? $"error: --settings: scope: {string.Join(", ", unknown)} is not a region of {data.Name}; nothing was written."
                    : $"error: --settings: scope: fewer than 2 prefectures of {data.Name} are in scope; nothing was written.");
                return CliRunner.Failure;
            }

            dataset = scoped;
        }

        // Everything is computed before anything is written, so a failure leaves no output behind.
        MetricResults results;
        try
        {
            results = MetricsEngine.Compute(dataset, settings);
        }
        catch (ArgumentException e) when (settings.Weighting.Method == WeightingMethod.UserGiven)
        {
            stderr.WriteLine($"error: --settings: the user weights do not fit {data.Name}'s composites: {e.Message}; nothing was written.");
            return CliRunner.Failure;
        }

        var shiftShare = ShiftShareYears.Compute(dataset, shiftYears);
        if (shiftShare.Error is { } shiftError)
        {
            stderr.WriteLine($"error: {shiftError}; nothing was written.");
            return CliRunner.Failure;
        }

        var diagnostics = DiagnosticsReport.Compute(results, PolicyRuleFile.LoadDefault());
        var weights = DatasetWeights.For(dataset);
        var analytics = AnalyticsReport.Compute(dataset, results, weights.All);
        MetricsCsvWriter.WriteAll(results, output.FullName);
        AnalyticsCsvWriter.WriteAll(analytics, output.FullName);
        DiagnosticsCsvWriter.WriteAll(diagnostics, output.FullName);
        ShiftShareCsvWriter.Write(shiftShare.Results, output.FullName);
        stdout.WriteLine($"{read.Summary}");
        var shiftNotes = shiftShare.Results.SelectMany(r => r.Warnings.Select(w => w.Message)).Distinct()
            .Concat(shiftShare.Note is null ? [] : [shiftShare.Note]);
        foreach (var note in weights.Notes.Concat(weights.Default is null ? ["Moran's I and LISA skipped."] : []).Concat(analytics.Notes).Concat(shiftNotes))
        {
            stdout.WriteLine($"note: {note}");
        }

        stdout.WriteLine($"wrote {results.Regional.Count} city metrics and {results.Aggregate.Count} aggregate metrics " +
                         $"to {output.FullName} in {clock.ElapsedMilliseconds} ms");
        return 0;
    }
}
