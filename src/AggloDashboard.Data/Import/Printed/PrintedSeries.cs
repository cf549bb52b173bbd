using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>Turns a printed header (or a city sheet's row label) into a <see cref="ColumnLayout"/> and, when usable, a series.</summary>
internal static class PrintedSeries
{
    /// <summary>
    /// Maps the header, finds its unit (the header's brackets first, then <paramref name="fallbackUnit"/>), checks that
    /// the unit converts to the indicator's and that no earlier column took the indicator. Errors name the header cell.
    /// </summary>
    public static (ColumnLayout Layout, MappedSeries? Series) Resolve(ImportSheet sheet, PrintedContext context, int row, int column,
        IReadOnlyList<string> parts, string? area, (string Unit, UnitSource Source)? fallbackUnit, string? titleConcept,
        Dictionary<string, string> cellOfIndicator)
    {
        var label = string.Join(" / ", parts);
        var cell = ImportSheet.CellName(row, column);
        var at = new CellRef(sheet.File, sheet.Sheet, row, sheet.ColumnName(column, label));
        var headerUnit = parts.Reverse().Select(PrintedUnit.FromHeader).FirstOrDefault(u => u is not null);
        var (unit, unitSource) = headerUnit is not null ? (headerUnit, UnitSource.Header) : fallbackUnit ?? (null!, UnitSource.None);
        var match = context.MapHeader(label, parts.Take(parts.Count - 1).ToArray(), parts[^1], titleConcept);
        ColumnLayout Layout(ColumnFate fate, string? indicatorUnit = null, int? power = null) =>
            new(cell, label, area, unit, unitSource, match.IndicatorCode, indicatorUnit, match.Source, power, fate);

        if (match.IndicatorCode is not { } code)
        {
            context.Log.Warning(at, $"'{label}' is not mapped to an indicator: not imported (map it on the page or with --mapping)");
            return (Layout(ColumnFate.Unmapped), null);
        }

        if (!context.Checks.CheckIndicator(code, at) || context.IndicatorOf(code) is not { } indicator)
        {
            return (Layout(ColumnFate.Unmapped), null);
        }

        if (cellOfIndicator.TryGetValue(code, out var first))
        {
            context.Log.Error(at, $"maps to '{code}' like {first}: map each indicator to one column");
            return (Layout(ColumnFate.Duplicate, indicator.Unit), null);
        }

        cellOfIndicator[code] = cell;
        var power = 0;
        if (unit is not null)
        {
            if (PrintedUnit.Parse(unit).PowerTo(PrintedUnit.Parse(indicator.Unit)) is not { } p)
            {
                context.Log.Error(at, $"the unit {unit} ({Describe(unitSource)}) cannot be converted to {indicator.Unit}, the unit of '{code}'");
                return (Layout(ColumnFate.UnitMismatch, indicator.Unit), null);
            }

            power = p;
        }

        return (Layout(ColumnFate.Imported, indicator.Unit, power), new MappedSeries(column, label, indicator, power));
    }

    private static string Describe(UnitSource source) => source switch
    {
        UnitSource.UnitLine => "from the unit line",
        UnitSource.UnitColumn => "from the unit column",
        _ => "from the header",
    };
}
