using System.CommandLine;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Import;
using AggloDashboard.Data.Store;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Cli.Commands;

/// <summary>
/// <c>import --file F</c>: the web import from the command line (preview, then an all-or-nothing commit as a new
/// version); <c>import --data DIR</c> stores a whole dataset folder as a new version.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var db = StoreSession.StoreOptions();
        var file = new Option<FileInfo?>("--file") { Description = "A .csv or .xlsx table of panel values to merge onto the active version." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "A dataset folder (regions, indicators, panel, boundaries) to store whole." };
        var sheets = new Option<string[]>("--sheet") { Description = "Only this worksheet (repeatable); by default the long format's 'panel' sheet or every yearbook sheet.", AllowMultipleArgumentsPerToken = false };
        var shape = new Option<string>("--shape")
        {
            Description = "long (region_code,year,indicator,value), yearbook (tables as the yearbooks print them: a row per city and a column per indicator, or one city's sheet with a column per year) or auto (long when the first row is its header).",
            DefaultValueFactory = _ => "auto",
        };
        shape.AcceptOnlyFromAmong("auto", "long", "yearbook");
        var area = new Option<string>("--area")
        {
            Description = "city: the 全市 columns of a table that prints 全市 and 市辖区; district: the 市辖区 columns.",
            DefaultValueFactory = _ => "city",
        };
        area.AcceptOnlyFromAmong("city", "district");
        var mode = new Option<string>("--mode")
        {
            Description = "update: the file's values replace or add to the active ones; replace-years: the file is complete for its years; replace-all: the file is the whole panel.",
            DefaultValueFactory = _ => "update",
        };
        mode.AcceptOnlyFromAmong("update", "replace-years", "replace-all");
        var year = new Option<int?>("--year") { Description = "The year of a yearbook table whose sheet or file name does not say it." };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "A CSV 'header,indicator' mapping yearbook column headers to indicator codes (an empty code ignores the column); --dry-run prints the one in use." };
        var activate = new Option<bool>("--activate") { Description = "Make the new version the active one (in the same transaction)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only print the problems, the changes and the header mapping; store nothing." };
        var user = new Option<string?>("--user") { Description = "The name the audit log records (default cli:<login>)." };
        var command = new Command("import",
            "Import a CSV or XLSX table into the dashboard's store as a new dataset version, all or nothing. " +
            "Every problem is printed as file[sheet]:row: column: message; any error stores nothing.")
        {
            db, file, data, sheets, shape, area, mode, year, mapping, activate, dryRun, user,
        };
        command.SetAction(parsed =>
        {
            var stdout = parsed.InvocationConfiguration.Output;
            var stderr = parsed.InvocationConfiguration.Error;
            var fileValue = parsed.GetValue(file);
            var dataValue = parsed.GetValue(data);
            if ((fileValue is null) == (dataValue is null))
            {
                throw new CliException("give either --file F or --data DIR");
            }

            using var session = StoreSession.Open(parsed, db);
            var who = StoreSession.CliUser(parsed.GetValue(user));
            if (dataValue is not null)
            {
                return ImportFolder(session, dataValue, parsed.GetValue(activate), parsed.GetValue(dryRun), who, stdout, stderr);
            }

            if (!fileValue!.Exists)
            {
                throw new CliException($"'{fileValue.FullName}' does not exist");
            }

            var request = new ImportRequest(
                fileValue.Name,
                File.ReadAllBytes(fileValue.FullName),
                parsed.GetValue(shape) switch { "yearbook" => ImportShape.Yearbook, "long" => ImportShape.Long, _ => ImportShape.Detect },
                parsed.GetValue(mode) switch { "replace-years" => ImportMode.ReplaceYears, "replace-all" => ImportMode.ReplaceAll, _ => ImportMode.Update },
                parsed.GetValue(sheets) ?? [],
                parsed.GetValue(year),
                parsed.GetValue(mapping) is { } m ? ReadMapping(m) : null,
                parsed.GetValue(area) == "district" ? ImportArea.District : ImportArea.City);
            return ImportFile(session, request, parsed.GetValue(activate), parsed.GetValue(dryRun), who, stdout, stderr);
        });
        return command;
    }

    private static int ImportFile(StoreSession session, ImportRequest request, bool activate, bool dryRun, string who,
        TextWriter stdout, TextWriter stderr)
    {
        var preview = session.Importer.PreviewAsync(request, CancellationToken.None).GetAwaiter().GetResult();
        foreach (var problem in preview.Problems)
        {
            stderr.WriteLine(problem);
        }

        LayoutReport.Write(preview, stdout);

        if (preview.HasErrors)
        {
            stderr.WriteLine($"error: {request.FileName} has {preview.Problems.Count(p => p.Severity == ProblemSeverity.Error)} error(s); nothing was stored.");
            return CliRunner.Failure;
        }

        stdout.WriteLine($"{request.FileName}: {preview.ImportedValueCount} values; against version #{preview.BaseVersionId}: {preview.Diff}");
        if (dryRun)
        {
            stdout.WriteLine("dry run: nothing was stored.");
            return 0;
        }

        if (!preview.CanCommit)
        {
            stdout.WriteLine("nothing changes: no version was added.");
            return 0;
        }

        var version = session.Importer.CommitAsync(preview, who, activate, CancellationToken.None).GetAwaiter().GetResult();
        session.Users.WriteAuditAsync(who, AuditActions.Import, version.Id, version.Source, CancellationToken.None).GetAwaiter().GetResult();
        stdout.WriteLine($"added version #{version.Id} ({version.ContentHash[..12]}){(activate ? ", now active" : "; activate it on the versions page")}");
        return 0;
    }

    private static int ImportFolder(StoreSession session, DirectoryInfo folder, bool activate, bool dryRun, string who,
        TextWriter stdout, TextWriter stderr)
    {
        var read = DatasetOptions.ReadReporting(folder, stderr);
        if (read.Dataset is null)
        {
            stderr.WriteLine($"error: {folder.Name} has errors; nothing was stored.");
            return CliRunner.Failure;
        }

        stdout.WriteLine($"{folder.Name}: {read.Summary}");
        if (dryRun)
        {
            stdout.WriteLine("dry run: nothing was stored.");
            return 0;
        }

        var version = session.Datasets.AddVersionAsync(read.Dataset, folder.Name, who, isIllustrative: false, activate, CancellationToken.None)
            .GetAwaiter().GetResult();
        session.Users.WriteAuditAsync(who, AuditActions.Import, version.Id, version.Source, CancellationToken.None).GetAwaiter().GetResult();
        stdout.WriteLine($"added version #{version.Id} ({version.ContentHash[..12]}){(activate ? ", now active" : "")}");
        return 0;
    }

    private static IndicatorMapping ReadMapping(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new CliException($"mapping file '{file.FullName}' does not exist");
        }

        try
        {
            return IndicatorMapping.FromCsvLines(File.ReadAllLines(file.FullName));
        }
        catch (FormatException e)
        {
            throw new CliException($"{file.Name}: {e.Message}");
        }
    }
}
