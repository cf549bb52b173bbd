namespace AggloDashboard.Data.Import;

/// <summary>What an import accepts before reading any content.</summary>
public static class ImportLimits
{
    /// <summary>20 MB: a province's yearbook tables are a few hundred KB; anything far larger is a mistake.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".xlsx"];

    /// <summary>For the browser's file picker.</summary>
    public const string AcceptAttribute = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
