using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>One mapped column (or city-sheet row) ready to read values: its indicator and unit conversion.</summary>
internal sealed record MappedSeries(int Index, string Header, Indicator Indicator, int PowerOfTen);

/// <summary>
/// Reads the values of printed cells into observations: missing markers become missing values, repairs are
/// collected for the preview, a unit is converted exactly, and every refusal names its cell.
/// </summary>
internal sealed class PrintedValueReader(ImportSheet sheet, PrintedContext context)
{
    private readonly Dictionary<string, List<string>> _repairs = new(StringComparer.Ordinal);

    public int MissingValues { get; private set; }

    /// <summary>The repairs made, one line per kind, naming the cells.</summary>
    public IReadOnlyList<string> Repairs => _repairs
        .Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value.Take(10))}{(kv.Value.Count > 10 ? $" and {kv.Value.Count - 10} more" : "")}")
        .ToArray();

    /// <summary>Adds the observation printed in <paramref name="text"/> at row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    public void Read(string text, int row, int column, string header, string regionCode, int year, MappedSeries series,
        List<Observation> observations)
    {
        var at = new CellRef(sheet.File, sheet.Sheet, row, sheet.ColumnName(column, header));
        var cell = ImportSheet.CellName(row, column);
        if (sheet.MergedFill.Contains((row, column)))
        {
            Note("value of a merged cell repeated", cell);
        }

        var printed = PrintedValue.Read(text);
        foreach (var repair in printed.Repairs)
        {
            Note($"{repair} removed", $"{cell} ({text})");
        }

        double? value = null;
        switch (printed.Kind)
        {
            case PrintedValueKind.NotANumber:
                context.Log.Error(at, $"'{text}' is not a number");
                return;
            case PrintedValueKind.Missing:
                MissingValues++;
                break;
            default:
                var converted = PrintedUnit.Convert(printed.Number, series.PowerOfTen);
                if (!context.Checks.TryAccept(converted, text, at, series.Indicator, out value))
                {
                    return;
                }

                break;
        }

        var observation = new Observation(regionCode, year, series.Indicator.Code, value);
        if (context.Checks.CheckUnique(observation, at, "city, year and indicator"))
        {
            observations.Add(observation);
        }
    }

    private void Note(string kind, string cell)
    {
        if (!_repairs.TryGetValue(kind, out var cells))
        {
            _repairs[kind] = cells = [];
        }

        cells.Add(cell);
    }
}
