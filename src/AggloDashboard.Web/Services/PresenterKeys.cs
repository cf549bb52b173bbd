namespace AggloDashboard.Web.Services;

public enum PresenterAction
{
    None,
    Next,
    Previous,
    TogglePlay,
    Leave,
}

/// <summary>The presenter's keyboard: arrows (and a clicker's page keys) step through slides, Space plays the years, Esc leaves.</summary>
public static class PresenterKeys
{
    public static PresenterAction For(string? key) => key switch
    {
        "ArrowRight" or "PageDown" => PresenterAction.Next,
        "ArrowLeft" or "PageUp" => PresenterAction.Previous,
        " " or "Spacebar" => PresenterAction.TogglePlay,
        "Escape" or "Esc" => PresenterAction.Leave,
        _ => PresenterAction.None,
    };
}

/// <summary>Where the presenter is: a slide of a story (1-based) or a single view, and where each action goes from there.</summary>
public sealed record PresenterPosition(int? StoryId, int Slide, int SlideCount, StoryView View, Lang Lang)
{
    /// <summary>The URL an action leads to, or null when it stays (the first or last slide, a single view, play).</summary>
    public string? Target(PresenterAction action) => action switch
    {
        PresenterAction.Next when StoryId is { } id && Slide < SlideCount => DashboardUrls.Present(id, Slide + 1, Lang),
        PresenterAction.Previous when StoryId is { } id && Slide > 1 => DashboardUrls.Present(id, Slide - 1, Lang),
        PresenterAction.Leave => DashboardUrls.View(View, Lang),
        _ => null,
    };
}
