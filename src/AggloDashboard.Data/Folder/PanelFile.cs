using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>Reads and checks <c>panel.csv</c> against the regions and indicators read before it.</summary>
internal static class PanelFile
{
    private const string File = DatasetFolderLayout.PanelFile;

    /// <summary>
    /// The observations whose rows are usable, or null when the file could not be read as a table.
    /// A null <paramref name="regions"/> or <paramref name="indicators"/> means that file was unreadable:
    /// references to it are then not checked, rather than reported on every row.
    /// </summary>
    public static IReadOnlyList<Sourced<Observation>>? Read(string folderPath, TableContent<Region>? regions,
        TableContent<Indicator>? indicators, ProblemLog log)
    {
        var table = CsvTable.Read(folderPath, File, DatasetFolderLayout.PanelColumns, extraColumnsAllowed: false, log);
        if (table is null)
        {
            return null;
        }

        var checks = new PanelRowChecks(regions, indicators, log);
        var observations = new List<Sourced<Observation>>();
        foreach (var row in table.Rows)
        {
            CellRef At(string column) => new(File, null, row.Line, column);
            var regionIsValid = checks.CheckRegion(row["region_code"], At("region_code"));
            var yearIsValid = checks.TryParseYear(row["year"], At("year"), out var year);
            var indicatorIsValid = checks.CheckIndicator(row["indicator"], At("indicator"));
            var indicator = checks.IndicatorOf(row["indicator"]);
            var valueIsValid = checks.TryParseValue(row["value"], At("value"), indicator, out var value);
            if (!(regionIsValid && yearIsValid && indicatorIsValid && valueIsValid))
            {
                continue;
            }

            var observation = new Observation(row["region_code"], year, row["indicator"], value);
            if (checks.CheckUnique(observation, At("value"), "region_code, year and indicator"))
            {
                observations.Add(new Sourced<Observation>(observation, row.Line));
            }
        }

        return observations;
    }
}
