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
    /// A null <paramref name="regionCodes"/> or <paramref name="indicators"/> means that file was unreadable:
    /// its references are then not checked, rather than reported on every row.
    /// </summary>
    public static IReadOnlyList<Sourced<Observation>>? Read(string folderPath, IReadOnlySet<string>? regionCodes,
        IReadOnlyDictionary<string, Indicator>? indicators, ProblemLog log)
    {
        var table = CsvTable.Read(folderPath, File, DatasetFolderLayout.PanelColumns, extraColumnsAllowed: false, log);
        if (table is null)
        {
            return null;
        }

        var observations = new List<Sourced<Observation>>();
        var lineOfKey = new Dictionary<(string Region, int Year, string Indicator), int>();
        foreach (var row in table.Rows)
        {
            var regionIsValid = CheckRegion(row["region_code"], row.Line, regionCodes, log);
            var yearIsValid = TryParseYear(row["year"], row.Line, log, out var year);
            var indicatorIsValid = CheckIndicator(row["indicator"], row.Line, indicators, log, out var indicator);
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

    private static bool CheckRegion(string code, int line, IReadOnlySet<string>? regionCodes, ProblemLog log)
    {
        if (code.Length == 0)
        {
            log.Error(File, line, "region_code", "the region code is empty");
            return false;
        }

        if (regionCodes is not null && !regionCodes.Contains(code))
        {
            log.Error(File, line, "region_code", $"'{code}' is not a region in {DatasetFolderLayout.RegionsFile}");
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

    private static bool CheckIndicator(string code, int line, IReadOnlyDictionary<string, Indicator>? indicators,
        ProblemLog log, out Indicator? indicator)
    {
        indicator = null;
        if (code.Length == 0)
        {
            log.Error(File, line, "indicator", "the indicator code is empty");
            return false;
        }

        if (indicators is not null && !indicators.TryGetValue(code, out indicator))
        {
            log.Error(File, line, "indicator", $"'{code}' is not an indicator in {DatasetFolderLayout.IndicatorsFile}");
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
