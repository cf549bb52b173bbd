namespace AggloDashboard.Data.Import.Printed;

/// <summary>The rows above a printed table's header: titles, the unit line, blank rows.</summary>
internal sealed record PrintedPreamble(int HeaderIndex, string? Title, string? UnitLine, IReadOnlyList<RowSpan> Rows)
{
    /// <summary>
    /// Reads from the top of <paramref name="rows"/> while a row is a title (one text, not a number) or a unit line
    /// ("单位：万人", anywhere in the row); the first other row starts the header.
    /// </summary>
    public static PrintedPreamble Read(IReadOnlyList<ImportRow> rows)
    {
        var spans = new List<RowSpan>();
        var titles = new List<string>();
        string? unit = null;
        var index = 0;
        var previous = 0;
        for (; index < rows.Count; index++)
        {
            var row = rows[index];
            var texts = PrintedCells.DistinctTexts(row);
            var unitText = texts.Select(PrintedUnit.FromUnitLine).FirstOrDefault(u => u is not null);
            RowRole role;
            if (unitText is not null)
            {
                unit = unitText;
                titles.AddRange(texts.Where(t => PrintedUnit.FromUnitLine(t) is null));
                role = RowRole.UnitLine;
            }
            else if (texts.Length == 1 && PrintedValue.Read(texts[0]).Kind != PrintedValueKind.Number && !PrintedCells.IsFootnote(row))
            {
                titles.Add(texts[0]);
                role = RowRole.Title;
            }
            else
            {
                break;
            }

            AddBlank(spans, previous, row.Number);
            spans.Add(new RowSpan(row.Number, row.Number, role));
            previous = row.Number;
        }

        if (index < rows.Count)
        {
            AddBlank(spans, previous, rows[index].Number);
        }

        var title = titles.Count == 0 ? null : string.Join(" ", titles);
        return new PrintedPreamble(index, title, unit, spans);
    }

    /// <summary>Blank rows between row <paramref name="after"/> and row <paramref name="before"/>, when there are any.</summary>
    public static void AddBlank(List<RowSpan> spans, int after, int before)
    {
        if (before - after > 1)
        {
            spans.Add(new RowSpan(after + 1, before - 1, RowRole.Blank));
        }
    }
}
