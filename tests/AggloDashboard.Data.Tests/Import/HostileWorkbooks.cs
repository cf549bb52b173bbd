using System.IO.Compression;
using System.Text;

namespace AggloDashboard.Data.Tests.Import;

/// <summary>Workbooks built to cost a reader more than they are worth: many sheets on one part, cells without references, formulas without values.</summary>
internal static class HostileWorkbooks
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A workbook of <paramref name="sheets"/> sheets whose relationships all point at one part holding <paramref name="sheetXml"/>.</summary>
    public static byte[] Workbook(int sheets, string sheetXml)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{string.Concat(Enumerable.Range(1, sheets).Select(i => $"<sheet name=\"{2000 + i}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>"))}</sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(Enumerable.Range(1, sheets).Select(i => $"<Relationship Id=\"rId{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"))}</Relationships>""");
            Add("xl/worksheets/sheet1.xml", sheetXml);
        }

        return stream.ToArray();
    }

    public static string Sheet(string rows) => $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>""";

    public static string ManyRows(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(r => $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>长春市</t></is></c><c r=\"B{r}\"><v>{r}</v></c></row>"));

    /// <summary>20 sheets on one part of 120,000 rows (about 11 MB unpacked, 220 MB read): what the limit is for.</summary>
    public static byte[] SheetBomb() => Workbook(20, Sheet(ManyRows(120_000)));
}
