using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>
/// Checks a printed table's total rows against its cities: for each column of an additive indicator (people,
/// money, counts; not rates, shares or per-capita figures) the cities' printed values must add up to the total
/// within the table's rounding, half a unit of the last printed digit of each value summed.
/// </summary>
internal static class PrintedTotals
{
    private static readonly string[] NonAdditiveKinds = ["percent"];
    private static readonly string[] NonAdditiveWords = ["人均", "每", "率", "比重", "占比", "平均", "指数", "per capita", "share", "rate"];

    public static List<TotalCheck> Check(ImportSheet sheet, PrintedContext context, IReadOnlyList<MappedSeries> series,
        IReadOnlyList<(ImportRow Row, Region City)> cityRows, IReadOnlyList<(ImportRow Row, PlaceMatch.Total Total)> totalRows)
    {
        var checks = new List<TotalCheck>();
        foreach (var (totalRow, total) in totalRows)
        {
            var province = total.Province ?? CommonProvince(context.Baseline, cityRows.Select(c => c.City));
            var expected = context.Baseline.Regions.Count(r => r.Level == RegionLevel.Prefecture && (province is null || r.ParentCode == province.Code));
            var listed = cityRows.Where(c => province is null || c.City.ParentCode == province.Code).ToArray();
            foreach (var s in series.Where(s => IsAdditive(s.Indicator)))
            {
                var printedTotal = PrintedValue.Read(totalRow[s.Index]);
                var cityValues = listed.Select(c => PrintedValue.Read(c.Row[s.Index])).ToArray();
                if (printedTotal.Kind != PrintedValueKind.Number || cityValues.Length == 0 || cityValues.Any(v => v.Kind != PrintedValueKind.Number))
                {
                    continue;
                }

                var sum = cityValues.Sum(v => v.Number);
                var tolerance = cityValues.Sum(v => HalfLastDigit(v.Number)) + HalfLastDigit(printedTotal.Number);
                var cell = ImportSheet.CellName(totalRow.Number, s.Index);
                var label = totalRow.Cells.First(c => c.Length > 0);
                var outcome = listed.Select(c => c.City.Code).Distinct().Count() < expected ? TotalOutcome.NotAllCities
                    : Math.Abs(sum - printedTotal.Number) <= tolerance ? TotalOutcome.Agrees : TotalOutcome.Differs;
                checks.Add(new TotalCheck(cell, s.Header, label, sum, printedTotal.Number, tolerance, outcome, listed.Length, expected));
                if (outcome == TotalOutcome.Differs)
                {
                    context.Log.Warning(new CellRef(sheet.File, sheet.Sheet, totalRow.Number, sheet.ColumnName(s.Index, s.Header)),
                        $"the cities add up to {Text(sum)}, the total row '{label}' prints {Text(printedTotal.Number)}: " +
                        $"a difference of {Text(sum - printedTotal.Number)}, more than the table's rounding allows (±{Text(tolerance)})");
                }
            }
        }

        return checks;
    }

    /// <summary>Whether the cities' values of the indicator add up to the province's.</summary>
    public static bool IsAdditive(Indicator indicator) =>
        PrintedUnit.Parse(indicator.Unit) is { IsKnown: true } unit && !NonAdditiveKinds.Contains(unit.Kind)
        && !NonAdditiveWords.Any(w => indicator.NameZh.Contains(w, StringComparison.Ordinal) || indicator.NameEn.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static Region? CommonProvince(Dataset dataset, IEnumerable<Region> cities)
    {
        var parents = cities.Select(c => c.ParentCode).Distinct().ToArray();
        return parents is [{ } only] ? dataset.Regions.FirstOrDefault(r => r.Code == only) : null;
    }

    /// <summary>Half a unit of the last digit printed: 118.3 → 0.05, 1183000 → 0.5.</summary>
    private static decimal HalfLastDigit(decimal value)
    {
        var scale = (value.Scale);
        var half = 0.5m;
        for (var i = 0; i < scale; i++)
        {
            half /= 10m;
        }

        return half;
    }

    private static string Text(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
