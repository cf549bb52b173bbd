namespace AggloDashboard.Data.Stories;

/// <summary>What every stored story and slide satisfies, whether typed in the editor or read from a file.</summary>
public static class StoryRules
{
    /// <returns>The trimmed name.</returns>
    public static string Name(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new StoryProblemException(StoryProblem.MissingName, null, "the story has no name");
        if (trimmed.Length > StoryLimits.MaxNameLength)
            throw new StoryProblemException(StoryProblem.TooLong, null, $"the name is longer than {StoryLimits.MaxNameLength} characters");
        return trimmed;
    }

    /// <returns>The trimmed caption.</returns>
    public static string Caption(string? caption, string language, int? slide)
    {
        var trimmed = caption?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new StoryProblemException(StoryProblem.MissingCaption, slide, $"the {language} caption is empty");
        if (trimmed.Length > StoryLimits.MaxCaptionLength)
            throw new StoryProblemException(StoryProblem.TooLong, slide, $"the {language} caption is longer than {StoryLimits.MaxCaptionLength} characters");
        return trimmed;
    }

    /// <returns>The path and the query without a leading '?'.</returns>
    public static (string Path, string Query) View(string? path, string? query, int? slide)
    {
        if (!StoryPages.IsKnown(path))
            throw new StoryProblemException(StoryProblem.UnknownPage, slide, $"'{path}' is not a dashboard page");
        var q = (query ?? "").TrimStart('?');
        if (q.Length > StoryLimits.MaxQueryLength)
            throw new StoryProblemException(StoryProblem.TooLong, slide, $"the query string is longer than {StoryLimits.MaxQueryLength} characters");
        return (path!, q);
    }
}
