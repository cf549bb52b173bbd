using System.CommandLine;
using System.Diagnostics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Export;

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
            "entropy_weights.csv (composite,indicator,weight,entropy), full double precision, invariant culture. " +
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
        stdout.WriteLine($"{read.Summary}");
        stdout.WriteLine($"wrote {results.Regional.Count} city metrics and {results.Aggregate.Count} aggregate metrics " +
                         $"to {output.FullName} in {clock.ElapsedMilliseconds} ms");
        return 0;
    }
}
