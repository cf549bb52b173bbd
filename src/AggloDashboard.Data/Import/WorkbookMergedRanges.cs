using System.IO.Compression;
using System.Xml;

namespace AggloDashboard.Data.Import;

/// <summary>A merged range of a worksheet, rows 1-based and columns 0-based, both ends included.</summary>
internal readonly record struct MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

/// <summary>
/// Reads the merged ranges of a worksheet from the workbook's XML (<c>mergeCells</c>), finding the sheet's part
/// through <c>xl/workbook.xml</c> and its relationships. Excel may or may not write the covered cells, so the ranges
/// are read rather than inferred from the cells.
/// </summary>
internal static class WorkbookMergedRanges
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static IReadOnlyList<MergedRange> Read(ZipArchive zip, string sheetName)
    {
        var part = SheetPart(zip, sheetName);
        if (part is null || zip.GetEntry(part) is not { } entry)
        {
            return [];
        }

        var ranges = new List<MergedRange>();
        using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "mergeCell", NamespaceURI: MainNamespace }
                && reader.GetAttribute("ref") is { } reference && Parse(reference) is { } range)
            {
                ranges.Add(range);
            }
        }

        return ranges;
    }

    private static string? SheetPart(ZipArchive zip, string sheetName)
    {
        string? relationshipId = null;
        using (var workbook = XmlReader.Create(zip.GetEntry("xl/workbook.xml")!.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
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

        using var relationships = XmlReader.Create(rels.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
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
    private static MergedRange? Parse(string reference)
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
