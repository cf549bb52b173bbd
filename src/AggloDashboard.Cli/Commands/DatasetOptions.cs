using System.CommandLine;
using AggloDashboard.Data.Folder;

namespace AggloDashboard.Cli.Commands;

/// <summary>The options and reading step that several commands share.</summary>
internal static class DatasetOptions
{
    public static Option<DirectoryInfo> Data() => new("--data")
    {
        Description = "The dataset folder: regions.csv, indicators.csv, panel.csv and a boundary file, GeoJSON or shapefile (see README).",
        Required = true,
    };

    /// <summary>Reads a dataset folder, printing every problem to <paramref name="error"/>; null when it has errors.</summary>
    public static DatasetReadResult ReadReporting(DirectoryInfo folder, TextWriter error)
    {
        if (!folder.Exists)
        {
            throw new CliException($"dataset folder '{folder.FullName}' does not exist");
        }

        var result = DatasetFolderReader.Read(folder.FullName);
        foreach (var problem in result.Problems)
        {
            error.WriteLine(problem);
        }

        return result;
    }
}
