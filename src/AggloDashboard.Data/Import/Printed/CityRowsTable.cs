using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>
/// A printed table with a row per city and a column per indicator: one to three header rows (merged group cells
/// such as "城镇非私营单位从业人员" over the sector columns, units in brackets, 全市 / 市辖区 groups), city rows, total
/// rows that are checked and not imported, and footnotes that end the table.
/// </summary>
internal static class CityRowsTable
{
    private const int MaxHeaderRows = 3;
    private static readonly string[] AreaWords = ["全市", "市辖区"];

    public static List<Observation> Read(ImportSheet sheet, PrintedPreamble preamble, PrintedContext context, int year, YearSource yearSource)
    {
        var rows = sheet.Rows;
        var observations = new List<Observation>();
        var labelColumn = rows.Skip(preamble.HeaderIndex).Take(10)
            .Select(r => r.Cells.Select((c, i) => (c, i)).First(x => x.c.Length > 0).i).Min();
        var headerCount = HeaderRowCount(sheet, preamble.HeaderIndex, labelColumn, context.Places);
        var headers = rows.Skip(preamble.HeaderIndex).Take(headerCount).ToArray();
        var spans = new List<(int Row, RowRole Role)>(preamble.Rows.SelectMany(s => Enumerable.Range(s.From, s.To - s.From + 1).Select(r => (r, s.Role))));
        spans.AddRange(headers.Select(h => (h.Number, RowRole.Header)));

        var (columns, series) = Columns(sheet, headers, labelColumn, preamble, context);
        var values = new PrintedValueReader(sheet, context);
        var cityRows = new List<(ImportRow Row, Region City)>();
        var totalRows = new List<(ImportRow Row, PlaceMatch.Total Total)>();
        foreach (var row in rows.Skip(preamble.HeaderIndex + headerCount))
        {
            if (PrintedCells.IsFootnote(row) || spans[^1].Role == RowRole.Footnote)
            {
                spans.Add((row.Number, RowRole.Footnote));
                continue;
            }

            var label = row[labelColumn];
            var at = new CellRef(sheet.File, sheet.Sheet, row.Number, sheet.ColumnName(labelColumn, headers[0][labelColumn]));
            switch (context.Places.Match(label))
            {
                case PlaceMatch.City city:
                    spans.Add((row.Number, RowRole.Data));
                    cityRows.Add((row, city.Region));
                    foreach (var s in series)
                    {
                        values.Read(row[s.Index], row.Number, s.Index, s.Header, city.Region.Code, year, s, observations);
                    }

                    break;
                case PlaceMatch.Total total:
                    spans.Add((row.Number, RowRole.Total));
                    totalRows.Add((row, total));
                    break;
                case PlaceMatch.Ambiguous ambiguous:
                    context.Log.Error(at, $"'{label}' could be {string.Join(" or ", ambiguous.Regions.Select(r => $"{r.NameZh} ({r.Code})"))}: print the full name or the code");
                    break;
                default:
                    context.Log.Error(at, label.Length == 0
                        ? "a row of values without a place name"
                        : $"'{label}' is not a city of the dataset (name it as in regions.csv, or add it to the region's aliases there)");
                    break;
            }
        }

        if (cityRows.Count == 0 && series.Count == 0)
        {
            context.Log.Error(new CellRef(sheet.File, sheet.Sheet, headers[0].Number, null),
                "no recognisable table: no header names an indicator and no row names a city of the dataset");
        }

        var totals = PrintedTotals.Check(sheet, context, series, cityRows, totalRows);
        context.Layouts.Add(new SheetLayout(sheet.File, sheet.Sheet, TableOrientation.CitiesInRows, year, yearSource, preamble.Title, null,
            Compress(spans), columns, totals, values.MissingValues, values.Repairs));
        return observations;
    }

    /// <summary>The header is the first row and each next row (up to three) that names no place and prints no number.</summary>
    private static int HeaderRowCount(ImportSheet sheet, int first, int labelColumn, PlaceNames places)
    {
        var count = 1;
        while (count < MaxHeaderRows && first + count < sheet.Rows.Count)
        {
            var row = sheet.Rows[first + count];
            var label = row[labelColumn];
            var others = row.Cells.Where((c, i) => i != labelColumn && c.Length > 0).ToArray();
            var continues = !PrintedCells.IsFootnote(row)
                            && (label.Length == 0 || places.Match(label) is PlaceMatch.Unknown)
                            && others.Length > 0
                            && others.All(c => PrintedValue.Read(c).Kind == PrintedValueKind.NotANumber || PrintedCells.UnitOnly(c) is not null);
            if (!continues)
            {
                break;
            }

            count++;
        }

        return count;
    }

    private static (List<ColumnLayout> Columns, List<MappedSeries> Series) Columns(ImportSheet sheet, ImportRow[] headers, int labelColumn,
        PrintedPreamble preamble, PrintedContext context)
    {
        var layouts = new List<ColumnLayout>();
        var series = new List<MappedSeries>();
        var cellOfIndicator = new Dictionary<string, string>(StringComparer.Ordinal);
        var width = sheet.Rows.Max(r => r.Cells.Count);
        var wantedArea = context.Request.Area == ImportArea.District ? "市辖区" : "全市";
        var titleConcept = PrintedCells.TitleConcept(preamble.Title);
        var otherArea = new List<string>();
        for (var column = labelColumn + 1; column < width; column++)
        {
            var texts = headers.Select(h => h[column]).Where(t => t.Length > 0).Distinct().ToArray();
            var area = texts.Select(PrintedNames.Key).FirstOrDefault(k => AreaWords.Contains(k));
            var unitOnly = texts.Select(PrintedCells.UnitOnly).FirstOrDefault(u => u is not null);
            var parts = texts.Where(t => !AreaWords.Contains(PrintedNames.Key(t)) && PrintedCells.UnitOnly(t) is null).ToArray();
            var headerRow = headers.LastOrDefault(h => h[column].Length > 0) ?? headers[^1];
            if (parts.Length == 0)
            {
                if (sheet.Rows.Any(r => r.Number > headers[^1].Number && r[column].Length > 0))
                {
                    context.Log.Warning(new CellRef(sheet.File, sheet.Sheet, headerRow.Number, ImportSheet.ColumnLetters(column)),
                        "a column of values without a header: not imported");
                }

                continue;
            }

            if (area is not null && area != wantedArea)
            {
                otherArea.Add(ImportSheet.ColumnLetters(column));
                layouts.Add(new ColumnLayout(ImportSheet.CellName(headerRow.Number, column), string.Join(" / ", parts), area, null,
                    UnitSource.None, null, null, MappingSource.None, null, ColumnFate.OtherArea));
                continue;
            }

            var fallback = unitOnly is not null ? (unitOnly, UnitSource.Header)
                : preamble.UnitLine is { } line ? (line, UnitSource.UnitLine) : ((string, UnitSource)?)null;
            var (layout, mapped) = PrintedSeries.Resolve(sheet, context, headerRow.Number, column, parts, area, fallback, titleConcept, cellOfIndicator);
            layouts.Add(layout);
            if (mapped is not null)
            {
                series.Add(mapped);
            }
        }

        if (otherArea.Count > 0 && layouts.All(l => l.Fate == ColumnFate.OtherArea))
        {
            context.Log.Error(new CellRef(sheet.File, sheet.Sheet, headers[0].Number, null),
                $"the table prints no {wantedArea} columns: choose the other area ({(wantedArea == "全市" ? "--area district" : "--area city")})");
        }

        return (layouts, series);
    }

    /// <summary>Consecutive rows of one role as one span.</summary>
    public static List<RowSpan> Compress(IEnumerable<(int Row, RowRole Role)> rows)
    {
        var spans = new List<RowSpan>();
        foreach (var (row, role) in rows.OrderBy(r => r.Row))
        {
            if (spans.Count > 0 && spans[^1].Role == role && spans[^1].To == row - 1)
            {
                spans[^1] = spans[^1] with { To = row };
            }
            else
            {
                spans.Add(new RowSpan(row, row, role));
            }
        }

        return spans;
    }
}
