namespace AggloDashboard.Data.Stories;

/// <summary>How big a story may get: a story is a handful of slides, so anything far beyond is a mistake or an attack.</summary>
public static class StoryLimits
{
    public const int MaxJsonBytes = 256 * 1024;
    public const int MaxSlides = 100;
    public const int MaxNameLength = 200;
    public const int MaxCaptionLength = 2000;
    public const int MaxPathLength = 200;
    public const int MaxQueryLength = 2000;
}
