using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace AggloDashboard.Data.Tests.Import;

/// <summary>A worksheet as a yearbook prints it: rows of cells (text, numbers or null) and merged ranges ("A1:J1").</summary>
internal sealed record PrintedSheet(string Name, object?[][] Rows, params string[] Merged);

/// <summary>
/// Writes .xlsx workbooks with merged cells, numbers stored as text and inline strings, the way Excel saves a
/// yearbook table. Entries are stored uncompressed with a fixed time, so the same sheets give the same bytes.
/// </summary>
internal static class PrintedWorkbook
{
    private static readonly DateTimeOffset FixedTime = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Create(params PrintedSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes(sheets.Length));
            Add(zip, "_rels/.rels",
                """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", Workbook(sheets));
            Add(zip, "xl/_rels/workbook.xml.rels", WorkbookRels(sheets.Length));
            for (var i = 0; i < sheets.Length; i++)
            {
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", Sheet(sheets[i]));
            }
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        entry.LastWriteTime = FixedTime;
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    private static string ContentTypes(int sheets)
    {
        var overrides = string.Concat(Enumerable.Range(1, sheets).Select(i =>
            $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
        return """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"""
               + overrides + "</Types>";
    }

    private static string Workbook(PrintedSheet[] sheets)
    {
        var entries = string.Concat(sheets.Select((s, i) => $"""<sheet name="{SecurityElement.Escape(s.Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""));
        return """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"""
               + entries + "</sheets></workbook>";
    }

    private static string WorkbookRels(int sheets) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + string.Concat(Enumerable.Range(1, sheets).Select(i =>
            $"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>"""))
        + "</Relationships>";

    private static string Sheet(PrintedSheet sheet)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < sheet.Rows.Length; r++)
        {
            xml.Append($"""<row r="{r + 1}">""");
            for (var c = 0; c < sheet.Rows[r].Length; c++)
            {
                var reference = $"{Column(c)}{r + 1}";
                switch (sheet.Rows[r][c])
                {
                    case null:
                        break;
                    case string text:
                        xml.Append($"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{SecurityElement.Escape(text)}</t></is></c>""");
                        break;
                    case IFormattable number:
                        xml.Append($"""<c r="{reference}"><v>{number.ToString(null, CultureInfo.InvariantCulture)}</v></c>""");
                        break;
                }
            }

            xml.Append("</row>");
        }

        xml.Append("</sheetData>");
        if (sheet.Merged.Length > 0)
        {
            xml.Append($"""<mergeCells count="{sheet.Merged.Length}">""");
            xml.Append(string.Concat(sheet.Merged.Select(m => $"""<mergeCell ref="{m}"/>""")));
            xml.Append("</mergeCells>");
        }

        return xml.Append("</worksheet>").ToString();
    }

    private static string Column(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }

        return letters;
    }
}
