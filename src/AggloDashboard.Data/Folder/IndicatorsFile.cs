using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>Reads and checks <c>indicators.csv</c>.</summary>
internal static class IndicatorsFile
{
    private const string File = DatasetFolderLayout.IndicatorsFile;

    /// <summary>The indicators whose rows are usable, or null when the file could not be read as a table.</summary>
    public static TableContent<Indicator>? Read(string folderPath, ProblemLog log)
    {
        var table = CsvTable.Read(folderPath, File, DatasetFolderLayout.IndicatorColumns, extraColumnsAllowed: false, log);
        if (table is null)
        {
            return null;
        }

        var indicators = new List<Sourced<Indicator>>();
        var lineOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var codeIsValid = TryRegisterCode(row["code"], row.Line, lineOfCode, log);
            var subsystemIsValid = TryParseSubsystem(row["subsystem"], row.Line, log, out var subsystem);
            var directionIsValid = TryParseDirection(row["direction"], row.Line, log, out var direction);
            if (codeIsValid && subsystemIsValid && directionIsValid)
            {
                var indicator = new Indicator(row["code"], row["name_zh"], row["name_en"], row["unit"], subsystem, direction);
                indicators.Add(new Sourced<Indicator>(indicator, row.Line));
            }
        }

        SubsystemRequirements.Check(indicators, log);
        return new TableContent<Indicator>(indicators, table.Rows.Select(row => row["code"]).ToHashSet(StringComparer.Ordinal));
    }

    private static bool TryRegisterCode(string code, int line, Dictionary<string, int> lineOfCode, ProblemLog log)
    {
        if (code.Length == 0)
        {
            log.Error(File, line, "code", "the indicator code is empty");
            return false;
        }

        if (lineOfCode.TryGetValue(code, out var firstLine))
        {
            log.Error(File, line, "code", $"duplicate indicator code '{code}' (first on line {firstLine})");
            return false;
        }

        lineOfCode.Add(code, line);
        return true;
    }

    private static bool TryParseSubsystem(string text, int line, ProblemLog log, out Subsystem subsystem)
    {
        if (SubsystemCodes.TryParse(text, out subsystem))
        {
            return true;
        }

        log.Error(File, line, "subsystem",
            $"'{text}' is not a subsystem: use one of {string.Join(", ", SubsystemCodes.All)}");
        return false;
    }

    private static bool TryParseDirection(string text, int line, ProblemLog log, out int direction)
    {
        direction = text == "-1" ? -1 : 1;
        if (text is "1" or "-1")
        {
            return true;
        }

        log.Error(File, line, "direction", $"'{text}' is not a direction: use 1 (more is better) or -1 (less is better)");
        return false;
    }
}
