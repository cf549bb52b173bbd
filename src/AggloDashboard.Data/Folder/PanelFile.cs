using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>Reads and checks <c>panel.csv</c> against the regions and indicators read before it.</summary>
internal static class PanelFile
{
    private const string File = DatasetFolderLayout.PanelFile;
    private const int FirstYear = 1949;
    private const int LastYear = 2100;

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

        var indicatorByCode = indicators?.Rows.ToDictionary(i => i.Value.Code, i => i.Value, StringComparer.Ordinal);
        var observations = new List<Sourced<Observation>>();
        var lineOfKey = new Dictionary<(string Region, int Year, string Indicator), int>();
        foreach (var row in table.Rows)
        {
            var regionIsValid =
                CheckReference(row["region_code"], row.Line, "region_code", regions, DatasetFolderLayout.RegionsFile, log);
            var yearIsValid = TryParseYear(row["year"], row.Line, log, out var year);
            var indicatorIsValid =
                CheckReference(row["indicator"], row.Line, "indicator", indicators, DatasetFolderLayout.IndicatorsFile, log);
            var indicator = indicatorByCode?.GetValueOrDefault(row["indicator"]);
            var valueIsValid = TryParseValue(row["value"], row.Line, indicator, log, out var value);
            if (!(regionIsValid && yearIsValid && indicatorIsValid && valueIsValid))
            {
                continue;
            }

            var key = (row["region_code"], year, row["indicator"]);
            if (lineOfKey.TryGetValue(key, out var firstLine))
            {
                log.Error(File, row.Line, null,
                    $"duplicate of line {firstLine}: same region_code, year and indicator ({key.Item1}, {year}, {key.Item3})");
                continue;
            }

            lineOfKey.Add(key, row.Line);
            observations.Add(new Sourced<Observation>(new Observation(key.Item1, year, key.Item3, value), row.Line));
        }

        return observations;
    }

    private static bool CheckReference<T>(string code, int line, string column, TableContent<T>? referenced,
        string referencedFile, ProblemLog log)
    {
        if (code.Length == 0)
        {
            log.Error(File, line, column, $"empty: expected a code from {referencedFile}");
            return false;
        }

        if (referenced is not null && !referenced.CodesInFile.Contains(code))
        {
            log.Error(File, line, column, $"'{code}' is not a code in {referencedFile}");
            return false;
        }

        return true;
    }

    private static bool TryParseYear(string text, int line, ProblemLog log, out int year)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            log.Error(File, line, "year", $"'{text}' is not a year (an integer from {FirstYear} to {LastYear})");
            return false;
        }

        if (year is < FirstYear or > LastYear)
        {
            log.Error(File, line, "year", $"{year} is outside {FirstYear}..{LastYear}");
            return false;
        }

        return true;
    }

    private static bool TryParseValue(string text, int line, Indicator? indicator, ProblemLog log, out double? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (!FiniteNumber.TryParse(text, out var number, out var problem))
        {
            log.Error(File, line, "value", problem);
            return false;
        }

        if (number < 0 && indicator is not null && EmploymentSubsystems.CountsPeople(indicator.Subsystem))
        {
            log.Error(File, line, "value",
                $"{text} is negative, but '{indicator.Code}' counts employment ({indicator.Subsystem.ToCode()})");
            return false;
        }

        value = number;
        return true;
    }
}
