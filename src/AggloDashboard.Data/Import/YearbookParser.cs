using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Import.Printed;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import;

/// <summary>
/// Reads a sheet laid out as a yearbook prints it: the table is found below its titles and unit line, and read as
/// a row per city (<see cref="CityRowsTable"/>) or, when the header holds years, as one city's sheet
/// (<see cref="CitySheetTable"/>). The year of a table with a row per city comes from the request, else the sheet's
/// name ("2019", "2019年", "2020年数据"), else the title, else the file's name.
/// </summary>
internal static class YearbookParser
{
    public static List<Observation> Parse(ImportSheet sheet, PrintedContext context, bool isOneOfSeveral)
    {
        var sheetRef = new CellRef(sheet.File, sheet.Sheet, null, null);
        if (sheet.Rows.Count == 0)
        {
            if (isOneOfSeveral)
            {
                context.Log.Warning(sheetRef, "the sheet is empty: skipped");
            }
            else
            {
                context.Log.Error(sheetRef, "no rows: expected a table with a row per city and a column per indicator");
            }

            return [];
        }

        var preamble = PrintedPreamble.Read(sheet.Rows);
        if (preamble.HeaderIndex >= sheet.Rows.Count)
        {
            context.Log.Error(sheetRef, "no recognisable header: the sheet holds only titles and unit lines");
            return [];
        }

        if (CitySheetTable.YearColumns(sheet.Rows[preamble.HeaderIndex]).Count >= 2)
        {
            return CitySheetTable.Read(sheet, preamble, context);
        }

        var (year, source) = Year(sheet, preamble, context.Request.Year);
        if (year is null)
        {
            context.Log.Error(sheetRef, "the year is unknown: name the sheet (or the CSV file) by its year, e.g. 2023 or 2023年, print it in the title, or give the year");
            return [];
        }

        return CityRowsTable.Read(sheet, preamble, context, year.Value, source);
    }

    private static (int? Year, YearSource Source) Year(ImportSheet sheet, PrintedPreamble preamble, int? given)
    {
        if (given is not null)
        {
            return (given, YearSource.Given);
        }

        foreach (var (text, source) in new[]
                 {
                     (sheet.Sheet, YearSource.SheetName), (preamble.Title, YearSource.Title),
                     (Path.GetFileNameWithoutExtension(sheet.File), YearSource.FileName),
                 })
        {
            if (PrintedCells.YearIn(text) is { } year)
            {
                return (year, source);
            }
        }

        return (null, YearSource.Given);
    }
}
