using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>
/// The checks on one value of the long-format panel, shared by <c>panel.csv</c> and imported files, so a value is
/// accepted or refused the same way wherever it comes from. Each check reports at the cell it is given.
/// </summary>
internal sealed class PanelRowChecks(TableContent<Region>? regions, TableContent<Indicator>? indicators, ProblemLog log)
{
    public const int FirstYear = 1949;
    public const int LastYear = 2100;

    private readonly Dictionary<string, Indicator>? _indicatorByCode =
        indicators?.Rows.ToDictionary(i => i.Value.Code, i => i.Value, StringComparer.Ordinal);

    private readonly Dictionary<(string Region, int Year, string Indicator), CellRef> _firstOfKey = new();

    public bool CheckRegion(string code, CellRef at) => CheckReference(code, at, regions, DatasetFolderLayout.RegionsFile);

    public bool CheckIndicator(string code, CellRef at) =>
        CheckReference(code, at, indicators, DatasetFolderLayout.IndicatorsFile);

    public Indicator? IndicatorOf(string code) => _indicatorByCode?.GetValueOrDefault(code);

    public bool TryParseYear(string text, CellRef at, out int year)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            log.Error(at, $"'{text}' is not a year (an integer from {FirstYear} to {LastYear})");
            return false;
        }

        if (year is < FirstYear or > LastYear)
        {
            log.Error(at, $"{year} is outside {FirstYear}..{LastYear}");
            return false;
        }

        return true;
    }

    /// <summary>An empty text is a missing value; anything else must be a finite number, not negative for employment.</summary>
    public bool TryParseValue(string text, CellRef at, Indicator? indicator, out double? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (!FiniteNumber.TryParse(text, out var number, out var problem))
        {
            log.Error(at, problem);
            return false;
        }

        return TryAccept(number, text, at, indicator, out value);
    }

    /// <summary>A number read as a number (a spreadsheet cell): only the employment sign check applies.</summary>
    public bool TryAccept(double number, string text, CellRef at, Indicator? indicator, out double? value)
    {
        value = null;
        if (!double.IsFinite(number))
        {
            log.Error(at, $"'{text}' is not a finite number");
            return false;
        }

        if (number < 0 && indicator is not null && EmploymentSubsystems.CountsPeople(indicator.Subsystem))
        {
            log.Error(at, $"{text} is negative, but '{indicator.Code}' counts employment ({indicator.Subsystem.ToCode()})");
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>False, with an error, when the same region, year and indicator were already seen.</summary>
    public bool CheckUnique(Observation observation, CellRef at, string keyColumns)
    {
        var key = (observation.RegionCode, observation.Year, observation.IndicatorCode);
        if (_firstOfKey.TryGetValue(key, out var first))
        {
            var where = first.File == at.File && first.Sheet == at.Sheet
                ? $"{(at.Sheet is null ? "line" : "row")} {first.Line}"
                : first.Describe();
            log.Error(at with { Column = null },
                $"duplicate of {where}: same {keyColumns} ({key.RegionCode}, {key.Year}, {key.IndicatorCode})");
            return false;
        }

        _firstOfKey.Add(key, at);
        return true;
    }

    private bool CheckReference<T>(string code, CellRef at, TableContent<T>? referenced, string referencedFile)
    {
        if (code.Length == 0)
        {
            log.Error(at, $"empty: expected a code from {referencedFile}");
            return false;
        }

        if (referenced is not null && !referenced.CodesInFile.Contains(code))
        {
            log.Error(at, $"'{code}' is not a code in {referencedFile}");
            return false;
        }

        return true;
    }
}
