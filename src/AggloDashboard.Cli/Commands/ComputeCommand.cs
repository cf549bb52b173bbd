using System.CommandLine;
using System.Diagnostics;
using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Export;
using AggloDashboard.Data.Policy;
using AggloDashboard.Data.Spatial;

namespace AggloDashboard.Cli.Commands;

/// <summary><c>compute --data DIR --out OUT</c>: every metric of METRICS.md for a dataset folder.</summary>
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
            Description = "The coupling degree formula: Standard (the default of METRICS.md §4) or Modified (Wang et al. 2021).",
            DefaultValueFactory = _ => CouplingForm.Standard,
        };
        var weighting = new Option<string>("--weighting")
        {
            Description = "The indicator weights of the composite scores: entropy (the default of METRICS.md §3) or equal.",
            DefaultValueFactory = _ => "entropy",
        };
        weighting.AcceptOnlyFromAmong("entropy", "equal");
        var command = new Command("compute",
            "Compute every metric of METRICS.md §1-6 from a dataset folder and write them as CSV: " +
            "region_metrics.csv (region_code,year,metric,value), aggregate_metrics.csv (year,metric,value) and " +
            "entropy_weights.csv (composite,indicator,weight,entropy), full double precision, invariant culture; " +
            "then the analyses of issue #5: sigma_convergence.csv, beta_convergence.csv, moran.csv, lisa.csv, " +
            "krugman.csv, grey_relational.csv, regression.csv and regression.txt; and the diagnostics of issue #4: " +
            "obstacles.csv, obstacle_subsystems.csv, forecasts.csv, forecast_checks.csv and policy.csv (see README). " +
            "Nothing is written when the dataset has errors.")
        {
            data, output, form, weighting,
        };
        command.SetAction(parsed => Run(parsed.GetValue(data)!, parsed.GetValue(output)!,
            new MetricSettings
            {
                CouplingForm = parsed.GetValue(form),
                Weighting = parsed.GetValue(weighting) == "equal" ? IndicatorWeighting.Equal : IndicatorWeighting.Entropy,
            },
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(DirectoryInfo data, DirectoryInfo output, MetricSettings settings, TextWriter stdout,
        TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var read = DatasetOptions.ReadReporting(data, stderr);
        if (read.Dataset is null)
        {
            stderr.WriteLine($"error: {data.Name} has errors; nothing was written.");
            return CliRunner.Failure;
        }

        // Everything is computed before anything is written, so a failure leaves no output behind.
        var results = MetricsEngine.Compute(read.Dataset, settings);
        var diagnostics = DiagnosticsReport.Compute(results, PolicyRuleFile.LoadDefault());
        var weights = DatasetWeights.For(read.Dataset);
        var analytics = AnalyticsReport.Compute(read.Dataset, results, weights.All);
        MetricsCsvWriter.WriteAll(results, output.FullName);
        AnalyticsCsvWriter.WriteAll(analytics, output.FullName);
        DiagnosticsCsvWriter.WriteAll(diagnostics, output.FullName);
        stdout.WriteLine($"{read.Summary}");
        foreach (var note in weights.Notes.Concat(weights.Default is null ? ["Moran's I and LISA skipped."] : []).Concat(analytics.Notes))
        {
            stdout.WriteLine($"note: {note}");
        }

        stdout.WriteLine($"wrote {results.Regional.Count} city metrics and {results.Aggregate.Count} aggregate metrics " +
                         $"to {output.FullName} in {clock.ElapsedMilliseconds} ms");
        return 0;
    }
}
