using System.CommandLine;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Seed;

namespace AggloDashboard.Cli.Commands;

/// <summary><c>generate --out DIR</c>: the illustrative Jilin panel of seed-data/.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The dataset folder to write regions.csv, indicators.csv and panel.csv to; a boundary file there is kept.",
            Required = true,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The random seed of the illustrative panel.",
            DefaultValueFactory = _ => IllustrativePanelGenerator.DefaultSeed,
        };
        var command = new Command("generate",
            "Generate the ILLUSTRATIVE Jilin panel (2005-2023, not official statistics) that seed-data/ ships. " +
            "The same seed always gives the same files; see seed-data/README.md.")
        {
            output, seed,
        };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(output)!;
            var dataset = IllustrativePanelGenerator.Generate(parsed.GetValue(seed));
            DatasetFolderWriter.Write(dataset, folder.FullName);
            parsed.InvocationConfiguration.Output.WriteLine(
                $"wrote {dataset.Regions.Count} regions, {dataset.Indicators.Count} indicators and " +
                $"{dataset.Observations.Count} observations to {folder.FullName}");
            return 0;
        });
        return command;
    }
}
