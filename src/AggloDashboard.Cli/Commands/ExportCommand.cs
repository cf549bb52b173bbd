using System.CommandLine;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Export;
using AggloDashboard.Data.Folder;

namespace AggloDashboard.Cli.Commands;

/// <summary><c>export --out DIR|FILE</c>: a stored version's tables as CSV or XLSX that the import reads back.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreSession.StoreOptions();
        var output = new Option<string>("--out")
        {
            Description = "A .csv file (the panel in long format), a .xlsx file (sheets panel, indicators, regions), or a folder " +
                          "(csv: a dataset folder; xlsx: dataset-v<N>.xlsx in it).",
            Required = true,
        };
        var format = new Option<string?>("--format") { Description = "csv or xlsx; by default the --out file's extension, else csv." };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var version = new Option<int?>("--version") { Description = "The version to export; by default the active one." };
        var metrics = new Option<bool>("--metrics") { Description = "Also export the metric tables (region_metrics, aggregate_metrics, entropy_weights)." };
        var command = new Command("export",
            "Export a stored dataset version as CSV or XLSX. Text cells that begin with =, +, -, @ get a leading ' so a " +
            "spreadsheet never runs them; numbers are written exactly.")
        {
            db, output, format, version, metrics,
        };
        command.SetAction(parsed =>
        {
            using var session = StoreSession.Open(parsed, db);
            var id = parsed.GetValue(version)
                     ?? session.Datasets.GetActiveAsync(CancellationToken.None).GetAwaiter().GetResult()?.Id
                     ?? throw new CliException("the store has no active version: give --version");
            var dataset = session.Datasets.ReadAsync(id, CancellationToken.None).GetAwaiter().GetResult();
            var target = parsed.GetValue(output)!;
            var extension = Path.GetExtension(target).ToLowerInvariant();
            var isFile = extension is ".csv" or ".xlsx";
            var chosen = parsed.GetValue(format) ?? (isFile ? extension[1..] : "csv");
            if (isFile && chosen != extension[1..])
            {
                throw new CliException($"--format {chosen} does not match the file name '{target}'");
            }

            var tables = TableExport.Dataset(dataset).ToList();
            if (parsed.GetValue(metrics))
            {
                tables.AddRange(TableExport.Metrics(MetricsEngine.Compute(dataset)));
            }

            var written = Write(target, isFile, chosen, id, dataset, tables);
            parsed.InvocationConfiguration.Output.WriteLine($"version #{id}: wrote {string.Join(", ", written)}");
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<string> Write(string output, bool isFile, string format, int id, Core.Domain.Dataset dataset,
        IReadOnlyList<ExportTable> tables)
    {
        if (isFile)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            if (format == "xlsx")
            {
                File.WriteAllBytes(output, TableExport.XlsxBytes(tables));
                return [output];
            }

            // A single CSV file holds one table: the panel, in the long format the import reads.
            File.WriteAllBytes(output, TableExport.CsvBytes(tables[0]));
            return [output];
        }

        if (format == "xlsx")
        {
            var path = Path.Combine(output, $"dataset-v{id}.xlsx");
            Directory.CreateDirectory(output);
            File.WriteAllBytes(path, TableExport.XlsxBytes(tables));
            return [path];
        }

        DatasetFolderWriter.Write(dataset, output);
        var metricTables = tables.Skip(TableExport.Dataset(dataset).Count).ToArray();
        AtomicFileSet.Write(output, metricTables.ToDictionary(t => t.Name + ".csv", t => (Action<TextWriter>)(w => TableExport.WriteCsv(t, w))));
        return [output];
    }
}
