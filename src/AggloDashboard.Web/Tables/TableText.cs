using System.Globalization;

namespace AggloDashboard.Web.Tables;

/// <summary>The cells of a page table: numbers in the invariant form the CSV and the workbook read back.</summary>
internal static class TableText
{
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
