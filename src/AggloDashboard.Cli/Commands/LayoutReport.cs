using AggloDashboard.Data.Import;

namespace AggloDashboard.Cli.Commands;

/// <summary>Prints how each sheet of a yearbook import was read: rows, columns, units, mappings and total checks.</summary>
internal static class LayoutReport
{
    public static void Write(ImportPreview preview, TextWriter stdout)
    {
        foreach (var layout in preview.Layouts)
        {
            stdout.WriteLine(layout.Summary());
            foreach (var column in layout.Columns)
            {
                var indicator = column.IndicatorCode is null ? "(not imported)" : $"{column.IndicatorCode} [{Describe(column.Mapping)}]";
                var unit = column.Unit is null ? "" : $"; unit {column.Unit} ({Describe(column.UnitSource)})";
                var conversion = column.Conversion is { } c ? $"; {c}" : "";
                var area = column.Area is null ? "" : $" [{column.Area}]";
                var fate = column.Fate switch
                {
                    ColumnFate.OtherArea => " -- other area, skipped",
                    ColumnFate.UnitMismatch => " -- unit cannot be converted",
                    ColumnFate.Duplicate => " -- indicator mapped twice",
                    _ => "",
                };
                stdout.WriteLine($"  {column.Cell} {column.Header}{area} -> {indicator}{unit}{conversion}{fate}");
            }

            foreach (var total in layout.Totals)
            {
                var outcome = total.Outcome switch
                {
                    TotalOutcome.Agrees => "agrees",
                    TotalOutcome.Differs => $"DIFFERS by {total.Difference}",
                    _ => $"not checked: {total.CitiesListed} of {total.CitiesInProvince} cities listed",
                };
                stdout.WriteLine($"  total {total.Cell} ({total.TotalLabel}) {total.Header}: cities {total.CitySum} vs {total.Total} (±{total.Tolerance}): {outcome}");
            }

            foreach (var repair in layout.Repairs)
            {
                stdout.WriteLine($"  repaired: {repair}");
            }
        }

        if (preview.Layouts.Count > 0 && preview.Mapping.Headers.Count > 0)
        {
            stdout.WriteLine("header mapping (pass an edited copy with --mapping):");
            foreach (var line in preview.Mapping.ToCsvLines())
            {
                stdout.WriteLine("  " + line);
            }
        }
    }

    private static string Describe(MappingSource source) => source switch
    {
        MappingSource.Given => "your mapping",
        MappingSource.Code => "code",
        MappingSource.ChineseName => "Chinese name",
        MappingSource.EnglishName => "English name",
        MappingSource.Synonym => "synonym list",
        MappingSource.GroupTotal => "total of its group",
        MappingSource.GroupAndSubheader => "group and sub-header",
        MappingSource.TableTitle => "table title",
        _ => "not found",
    };

    private static string Describe(UnitSource source) => source switch
    {
        UnitSource.UnitLine => "unit line",
        UnitSource.Header => "header",
        UnitSource.UnitColumn => "unit column",
        _ => "assumed",
    };
}
