using System.IO.Compression;
using System.Xml;

namespace AggloDashboard.Data.Import;

/// <summary>A merged range of a worksheet, rows 1-based and columns 0-based, both ends included.</summary>
internal readonly record struct MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

/// <summary>A formula cell saved without its calculated value (1-based row, 0-based column).</summary>
internal readonly record struct UncalculatedFormula(int Row, int Column, string Formula);

/// <summary>
/// What a worksheet's XML says that the cell values do not: its merged ranges (Excel may or may not write the covered
/// cells) and its formulas saved without a calculated value (read as empty cells, they would become silent blanks).
/// The sheet's part is found through <c>xl/workbook.xml</c> and its relationships.
/// </summary>
internal sealed record WorksheetScan(IReadOnlyList<MergedRange> Merged, IReadOnlyList<UncalculatedFormula> Uncalculated)
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true };

    public static WorksheetScan Read(ZipArchive zip, string sheetName)
    {
        var merged = new List<MergedRange>();
        var uncalculated = new List<UncalculatedFormula>();
        if (SheetPart(zip, sheetName) is not { } part || zip.GetEntry(part) is not { } entry)
        {
            return new WorksheetScan(merged, uncalculated);
        }

        using var reader = XmlReader.Create(entry.Open(), Settings);
        (int Row, int Column)? cell = null;
        string? formula = null;
        var hasValue = false;
        var more = reader.Read();
        while (more)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "c" && cell is { } ended)
            {
                if (formula is not null && !hasValue)
                {
                    uncalculated.Add(new UncalculatedFormula(ended.Row, ended.Column, formula));
                }

                cell = null;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == MainNamespace)
            {
                switch (reader.LocalName)
                {
                    case "c":
                        (formula, hasValue) = (null, false);
                        cell = reader.IsEmptyElement ? null : Cell(reader.GetAttribute("r") ?? "");
                        break;
                    case "f" when cell is not null && !reader.IsEmptyElement:
                        // Reading the content moves past the element: go on from where it stops.
                        formula = reader.ReadElementContentAsString();
                        more = !reader.EOF;
                        continue;
                    case "f" when cell is not null:
                        formula = "";
                        break;
                    case "v" when cell is not null && !reader.IsEmptyElement:
                        hasValue = reader.ReadElementContentAsString().Length > 0;
                        more = !reader.EOF;
                        continue;
                    case "mergeCell" when reader.GetAttribute("ref") is { } reference && Range(reference) is { } range:
                        merged.Add(range);
                        break;
                }
            }

            more = reader.Read();
        }

        return new WorksheetScan(merged, uncalculated);
    }

    /// <summary>The part (zip entry name) of the worksheet named <paramref name="sheetName"/>, or null.</summary>
    public static string? SheetPart(ZipArchive zip, string sheetName)
    {
        string? relationshipId = null;
        using (var workbook = XmlReader.Create(zip.GetEntry("xl/workbook.xml")!.Open(), Settings))
        {
            while (workbook.Read())
            {
                if (workbook is { NodeType: XmlNodeType.Element, LocalName: "sheet" } && workbook.GetAttribute("name") == sheetName)
                {
                    relationshipId = workbook.GetAttribute("id", RelationshipNamespace);
                    break;
                }
            }
        }

        if (relationshipId is null || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } rels)
        {
            return null;
        }

        using var relationships = XmlReader.Create(rels.Open(), Settings);
        while (relationships.Read())
        {
            if (relationships is { NodeType: XmlNodeType.Element, LocalName: "Relationship" } && relationships.GetAttribute("Id") == relationshipId
                && relationships.GetAttribute("Target") is { } target)
            {
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        return null;
    }

    /// <summary>"B3:I3" as a range; null for anything else.</summary>
    private static MergedRange? Range(string reference)
    {
        var ends = reference.Split(':');
        return ends.Length == 2 && Cell(ends[0]) is { } first && Cell(ends[1]) is { } last
            ? new MergedRange(first.Row, first.Column, last.Row, last.Column)
            : null;
    }

    private static (int Row, int Column)? Cell(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetterUpper).Count();
        if (letters == 0 || !int.TryParse(reference[letters..], out var row))
        {
            return null;
        }

        var column = 0;
        foreach (var letter in reference[..letters])
        {
            column = column * 26 + (letter - 'A' + 1);
        }

        return (row, column - 1);
    }
}
