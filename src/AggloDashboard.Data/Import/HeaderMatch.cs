namespace AggloDashboard.Data.Import;

/// <summary>How a column header (or a city sheet's row label) was tied to an indicator, for the preview.</summary>
public enum MappingSource
{
    /// <summary>Not mapped: the column is left out, with a warning.</summary>
    None,

    /// <summary>The mapping the user gave (<c>--mapping</c> or the page's choice).</summary>
    Given,

    /// <summary>The header is the indicator's code.</summary>
    Code,

    /// <summary>The header is the indicator's Chinese name.</summary>
    ChineseName,

    /// <summary>The header is the indicator's English name.</summary>
    EnglishName,

    /// <summary>The header and the indicator's name are wordings of one quantity in the synonym list.</summary>
    Synonym,

    /// <summary>A total column ("合计") under a group header that names the indicator.</summary>
    GroupTotal,

    /// <summary>The group and the sub-header read together ("专利授权量" over "发明" is "发明专利授权量").</summary>
    GroupAndSubheader,

    /// <summary>A total column of a one-row header whose table title names the indicator.</summary>
    TableTitle,
}

/// <summary>A header's indicator and how it was found.</summary>
public sealed record HeaderMatch(string? IndicatorCode, MappingSource Source)
{
    public static HeaderMatch None { get; } = new(null, MappingSource.None);
}
