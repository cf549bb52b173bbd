namespace AggloDashboard.Data.Folder;

/// <summary>GB/T 2260 administrative division codes: six ASCII digits.</summary>
internal static class RegionCodes
{
    public static bool IsWellFormed(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);
}
