namespace AggloDashboard.Data.Stories;

/// <summary>Why a story, a slide or a story file was refused; the interface names each in both languages.</summary>
public enum StoryProblem
{
    NotFound,
    TooLarge,
    BadJson,
    MissingName,
    MissingCaption,
    TooLong,
    UnknownPage,
    TooManySlides,
    NotAllowed,
}

/// <summary>A refused change or file; nothing was written. <see cref="Slide"/> is the 1-based slide it concerns, if any.</summary>
public sealed class StoryProblemException(StoryProblem problem, int? slide, string detail)
    : Exception(slide is { } n ? $"{problem} (slide {n}): {detail}" : $"{problem}: {detail}")
{
    public StoryProblem Problem { get; } = problem;

    public int? Slide { get; } = slide;

    public string Detail { get; } = detail;
}
