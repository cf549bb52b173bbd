namespace AggloDashboard.Data.Import;

/// <summary>
/// What an import may cost before anything is read, and while it is read, so that one hostile or huge file cannot
/// stall the server for everyone: its size, what its sheets unpack to, how many cells they hold, and how many
/// problems are listed.
/// </summary>
public sealed record ImportLimits
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>20 MB: a province's yearbook tables are a few hundred KB; anything far larger is a mistake.</summary>
    public long MaxBytes { get; init; } = 20 * Megabyte;

    /// <summary>
    /// What the parts read from a workbook (each sheet read, the shared strings) may unpack to: 200 MB, far above
    /// any yearbook and far below what a zip bomb or twenty sheets pointing at one huge part would take.
    /// </summary>
    public long MaxExpandedBytes { get; init; } = 200 * Megabyte;

    /// <summary>Cells read over all sheets: 5 million, a national panel of every city, year and indicator five times over.</summary>
    public long MaxCells { get; init; } = 5_000_000;

    /// <summary>Problems listed one by one; beyond them only their number is kept.</summary>
    public int MaxListedProblems { get; init; } = 200;

    public static ImportLimits Default { get; } = new();

    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".xlsx"];

    /// <summary>For the browser's file picker.</summary>
    public const string AcceptAttribute = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Megabytes(long bytes) => $"{bytes / (double)Megabyte:0.#} MB";
}

/// <summary>How far a preview has got: the sheet being read or parsed, of how many.</summary>
public sealed record ImportProgress(int Sheet, int SheetCount, string? SheetName, bool Parsing);
