using System.CommandLine;
using System.Text;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Seed;

namespace AggloDashboard.Cli.Commands;

/// <summary><c>generate --out DIR [--regions jilin|northeast|national]</c>: an illustrative panel.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The dataset folder to write regions.csv, indicators.csv and panel.csv to (with --regions also " +
                          "the boundaries and their NOTICE); other files there are kept.",
            Required = true,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The random seed of the illustrative panel.",
            DefaultValueFactory = _ => IllustrativePanelGenerator.DefaultSeed,
        };
        var regions = new Option<string?>("--regions")
        {
            Description = "A region set with boundaries decoded from the ECharts 4.9.0 maps: jilin (the seed's 9 cities), " +
                          "northeast (Liaoning, Jilin, Heilongjiang: 36 cities) or national (367 prefecture-level regions). " +
                          "Without it, the seed-data/ panel alone.",
        };
        regions.AcceptOnlyFromAmong(Enum.GetNames<RegionSet>().Select(n => n.ToLowerInvariant()).ToArray());
        var command = new Command("generate",
            "Generate an ILLUSTRATIVE panel (2005-2023, not official statistics): by default the Jilin panel that " +
            "seed-data/ ships; with --regions a larger region set and its boundaries. The same seed always gives the " +
            "same files; see seed-data/README.md.")
        {
            output, seed, regions,
        };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(output)!;
            var stdout = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(regions) is not { } setName)
            {
                var dataset = IllustrativePanelGenerator.Generate(parsed.GetValue(seed));
                DatasetFolderWriter.Write(dataset, folder.FullName);
                stdout.WriteLine($"wrote {dataset.Regions.Count} regions, {dataset.Indicators.Count} indicators and " +
                                 $"{dataset.Observations.Count} observations to {folder.FullName}");
                return 0;
            }

            var generated = RegionSetPanel.Generate(Enum.Parse<RegionSet>(setName, ignoreCase: true), parsed.GetValue(seed));
            DatasetFolderWriter.Write(generated.Dataset, folder.FullName, generated.BoundaryFileName);
            File.WriteAllText(Path.Combine(folder.FullName, "NOTICE"), generated.Notice, new UTF8Encoding(false));
            var set = generated.Dataset;
            stdout.WriteLine($"wrote {set.Regions.Count} regions ({set.Prefectures.Count()} prefecture-level), " +
                             $"{set.Indicators.Count} indicators, {set.Observations.Count} observations, " +
                             $"{generated.BoundaryFileName} and NOTICE to {folder.FullName}");
            stdout.WriteLine($"boundaries decoded from ECharts 4.9.0: {generated.Decoding.Summary}");
            return 0;
        });
        return command;
    }
}
