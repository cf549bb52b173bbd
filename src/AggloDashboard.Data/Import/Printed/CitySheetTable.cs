using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>
/// One city's printed sheet ("长春市主要经济指标"): a row per indicator (with its unit in brackets or in a 单位
/// column), a column per year. The city is named by the sheet, the title or the file.
/// </summary>
internal static class CitySheetTable
{
    private static readonly string[] UnitHeaders = ["单位", "计量单位", "unit"];

    /// <summary>The columns of <paramref name="header"/> that are years; a city sheet has at least two.</summary>
    public static List<(int Column, int Year)> YearColumns(ImportRow header) =>
        header.Cells.Select((c, i) => (Column: i, Year: PrintedCells.YearCell(c)))
            .Where(x => x.Year is not null).Select(x => (x.Column, x.Year!.Value)).ToList();

    public static List<Observation> Read(ImportSheet sheet, PrintedPreamble preamble, PrintedContext context)
    {
        var observations = new List<Observation>();
        var header = sheet.Rows[preamble.HeaderIndex];
        var years = YearColumns(header);
        var firstYear = years.Min(y => y.Column);
        var labelColumn = Enumerable.Range(0, firstYear).FirstOrDefault(i => header[i].Length > 0 && !UnitHeaders.Contains(PrintedNames.Key(header[i]).ToLowerInvariant()));
        var unitColumn = Enumerable.Range(0, firstYear).Cast<int?>().FirstOrDefault(i => UnitHeaders.Contains(PrintedNames.Key(header[i!.Value]).ToLowerInvariant()));
        var sheetRef = new CellRef(sheet.File, sheet.Sheet, null, null);
        var city = City(sheet, preamble, context, sheetRef);
        var spans = new List<(int Row, RowRole Role)>(preamble.Rows.SelectMany(s => Enumerable.Range(s.From, s.To - s.From + 1).Select(r => (r, s.Role))))
        {
            (header.Number, RowRole.Header),
        };
        var columns = new List<ColumnLayout>();
        var cellOfIndicator = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new PrintedValueReader(sheet, context);
        foreach (var row in sheet.Rows.Skip(preamble.HeaderIndex + 1))
        {
            if (PrintedCells.IsFootnote(row) || spans[^1].Role == RowRole.Footnote)
            {
                spans.Add((row.Number, RowRole.Footnote));
                continue;
            }

            var label = row[labelColumn].Trim();
            if (years.All(y => row[y.Column].Length == 0))
            {
                spans.Add((row.Number, RowRole.Section));
                continue;
            }

            if (label.Length == 0)
            {
                context.Log.Error(new CellRef(sheet.File, sheet.Sheet, row.Number, ImportSheet.ColumnLetters(labelColumn)), "a row of values without an indicator name");
                continue;
            }

            spans.Add((row.Number, RowRole.Data));
            var unitCell = unitColumn is { } u ? row[u] : "";
            var fallback = unitCell.Length > 0 ? (unitCell, UnitSource.UnitColumn)
                : preamble.UnitLine is { } line ? (line, UnitSource.UnitLine) : ((string, UnitSource)?)null;
            var (layout, series) = PrintedSeries.Resolve(sheet, context, row.Number, labelColumn, [label], null, fallback, null, cellOfIndicator);
            columns.Add(layout);
            if (series is null || city is null)
            {
                continue;
            }

            foreach (var (column, year) in years)
            {
                values.Read(row[column], row.Number, column, $"{year}", city.Code, year, series with { Index = column }, observations);
            }
        }

        context.Layouts.Add(new SheetLayout(sheet.File, sheet.Sheet, TableOrientation.YearsInColumns, null, YearSource.Columns, preamble.Title,
            city?.Code, CityRowsTable.Compress(spans), columns, [], values.MissingValues, values.Repairs));
        return observations;
    }

    /// <summary>The one city named by the sheet's name, else its title, else the file's name.</summary>
    private static Region? City(ImportSheet sheet, PrintedPreamble preamble, PrintedContext context, CellRef sheetRef)
    {
        foreach (var text in new[] { sheet.Sheet, preamble.Title, Path.GetFileNameWithoutExtension(sheet.File) })
        {
            if (text is null)
            {
                continue;
            }

            var cities = context.Places.CitiesNamedIn(text);
            if (cities.Count == 1)
            {
                return cities[0];
            }

            if (cities.Count > 1)
            {
                context.Log.Error(sheetRef, $"'{text}' names several cities ({string.Join(", ", cities.Select(c => c.NameZh))}): a sheet with a column per year holds one city");
                return null;
            }
        }

        context.Log.Error(sheetRef, "the city of this sheet is unknown: a sheet with a column per year must name its city in the sheet name or the title (e.g. 长春市主要经济指标)");
        return null;
    }
}
