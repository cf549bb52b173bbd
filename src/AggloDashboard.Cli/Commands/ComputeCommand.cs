using System.CommandLine;
using System.Diagnostics;
using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Export;
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
            Description = "The folder to write region_metrics.csv, aggregate_metrics.csv and entropy_weights.csv to (created if needed).",
            Required = true,
        };
        var form = new Option<CouplingForm>("--coupling-form")
        {
            Description = "The coupling degree formula: Standard (the default of METRICS.md §4) or Modified (Wang et al. 2021).",
            DefaultValueFactory = _ => CouplingForm.Standard,
        };
        var command = new Command("compute",
            "Compute every metric of METRICS.md §1-6 from a dataset folder and write them as CSV: " +
            "region_metrics.csv (region_code,year,metric,value), aggregate_metrics.csv (year,metric,value) and " +
            "entropy_weights.csv (composite,indicator,weight,entropy), full double precision, invariant culture; " +
            "then the analyses of issue #5: sigma_convergence.csv, beta_convergence.csv, moran.csv, lisa.csv, " +
            "krugman.csv, grey_relational.csv, regression.csv and regression.txt (see README). " +
            "Nothing is written when the dataset has errors.")
        {
            data, output, form,
        };
        command.SetAction(parsed => Run(parsed.GetValue(data)!, parsed.GetValue(output)!, parsed.GetValue(form),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(DirectoryInfo data, DirectoryInfo output, CouplingForm form, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var read = DatasetOptions.ReadReporting(data, stderr);
        if (read.Dataset is null)
        {
            stderr.WriteLine($"error: {data.Name} has errors; nothing was written.");
            return CliRunner.Failure;
        }

        var results = MetricsEngine.Compute(read.Dataset, new MetricSettings { CouplingForm = form });
        MetricsCsvWriter.WriteAll(results, output.FullName);
        var weights = DatasetWeights.For(read.Dataset);
        var analytics = AnalyticsReport.Compute(read.Dataset, results, weights.All);
        AnalyticsCsvWriter.WriteAll(analytics, output.FullName);
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
