using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace AggloDashboard.Data.Tests.Import;

/// <summary>Builds small .xlsx files for the tests with MiniExcel.</summary>
internal static class Workbooks
{
    /// <summary>One sheet per entry; each row a list of cells (first row the header), written without a header of keys.</summary>
    public static byte[] Create(params (string Sheet, object?[][] Rows)[] sheets)
    {
        var content = new Dictionary<string, object>();
        foreach (var (sheet, rows) in sheets)
        {
            content[sheet] = rows.Select(row =>
            {
                var record = new Dictionary<string, object?>();
                for (var i = 0; i < row.Length; i++)
                {
                    record[$"c{i}"] = row[i];
                }

                return (IDictionary<string, object?>)record;
            }).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(content, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Adds a merged range to the first worksheet, as Excel writes it.</summary>
    public static byte[] WithMergedCells(byte[] workbook, string range)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            // MiniExcel writes the main namespace with an "x" prefix.
            xml = xml.Replace("</x:sheetData>", $"</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"{range}\"/></x:mergeCells>");
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        return stream.ToArray();
    }

    public static byte[] Zip(string entryName, string text)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write(text);
        }

        return stream.ToArray();
    }
}
