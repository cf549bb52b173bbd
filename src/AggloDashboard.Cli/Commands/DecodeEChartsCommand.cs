using System.CommandLine;
using AggloDashboard.Data.Boundaries;

namespace AggloDashboard.Cli.Commands;

/// <summary><c>decode-echarts --in F --out G</c>: ECharts' compressed map JSON to plain GeoJSON.</summary>
internal static class DecodeEChartsCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--in")
        {
            Description = "An ECharts 4.x map file (\"UTF8Encoding\": true), e.g. map/json/province/jilin.json of echarts@4.9.0.",
            Required = true,
        };
        var output = new Option<FileInfo>("--out") { Description = "The GeoJSON file to write.", Required = true };
        var command = new Command("decode-echarts",
            "Decode an ECharts map file into a valid GeoJSON FeatureCollection (closed rings, exterior rings " +
            "counter-clockwise) whose features carry the region code in properties.code, and say what was repaired. Keep the Apache-2.0 NOTICE of ECharts beside the result.")
        {
            input, output,
        };
        command.SetAction(parsed =>
        {
            var source = parsed.GetValue(input)!;
            if (!source.Exists)
            {
                throw new CliException($"'{source.FullName}' does not exist");
            }

            var target = parsed.GetValue(output)!;
            var decoding = EChartsMapDecoder.DecodeFile(source.FullName, target.FullName);
            parsed.InvocationConfiguration.Output.WriteLine($"wrote {target.FullName}: {decoding.Summary}");
            return 0;
        });
        return command;
    }
}
