namespace AggloDashboard.Data.Store;

/// <summary>A named, ordered list of saved dashboard views to present slide by slide.</summary>
public sealed class Story
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was deleted; a deleted story is kept, restorable, for <see cref="StoryStore.KeptAfterDeletion"/>.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>In presentation order once read through <see cref="StoryStore"/>.</summary>
    public List<StorySlide> Slides { get; set; } = [];
}

/// <summary>One saved view: a page path and its query string (without <c>lang</c>), with a caption in each language.</summary>
public sealed class StorySlide
{
    public int Id { get; set; }

    public int StoryId { get; set; }

    /// <summary>0-based place in the story; unique within it.</summary>
    public int Position { get; set; }

    public required string Path { get; set; }

    /// <summary>The query string without the leading '?', e.g. <c>metric=couple.d&amp;year=2023</c>.</summary>
    public string Query { get; set; } = "";

    public string CaptionZh { get; set; } = "";

    public string CaptionEn { get; set; } = "";
}
