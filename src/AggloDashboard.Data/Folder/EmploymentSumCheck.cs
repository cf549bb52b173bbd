using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>Warns where the employment sectors of a city-year add up to more than its total employment.</summary>
internal static class EmploymentSumCheck
{
    // Sectors that sum exactly to the total can exceed it by rounding in the last digits.
    private const double RelativeTolerance = 1e-9;

    public static void Check(IReadOnlyList<Sourced<Observation>> observations,
        IEnumerable<Indicator> indicators, ProblemLog log)
    {
        var subsystemOf = indicators.ToDictionary(i => i.Code, i => i.Subsystem, StringComparer.Ordinal);
        var withSubsystem = observations
            .Where(o => o.Value.Value is not null && subsystemOf.ContainsKey(o.Value.IndicatorCode))
            .Select(o => (Row: o, Subsystem: subsystemOf[o.Value.IndicatorCode]));

        foreach (var cityYear in withSubsystem.GroupBy(o => (o.Row.Value.RegionCode, o.Row.Value.Year)))
        {
            var sectorSum = cityYear.Where(o => EmploymentSubsystems.IsSector(o.Subsystem)).Sum(o => o.Row.Value.Value!.Value);
            foreach (var (total, _) in cityYear.Where(o => o.Subsystem == Subsystem.EmploymentTotal))
            {
                var totalValue = total.Value.Value!.Value;
                if (sectorSum > totalValue + RelativeTolerance * Math.Abs(totalValue))
                {
                    log.Warning(DatasetFolderLayout.PanelFile, total.Line, "value",
                        $"{cityYear.Key.RegionCode} in {cityYear.Key.Year}: manufacturing + producer services + " +
                        $"other employment = {Format(sectorSum)}, more than {total.Value.IndicatorCode} = {Format(totalValue)}");
                }
            }
        }
    }

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
