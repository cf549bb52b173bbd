using AggloDashboard.Data.Stories;

namespace AggloDashboard.Web.Readings;

/// <summary>A refused story change or file explained in the interface's language, with the technical detail after it.</summary>
public static class StoryProblemText
{
    public static string Describe(StoryProblemException problem, Lang lang)
    {
        var where = problem.Slide is { } n ? string.Format(lang.Culture(), UiText.Get(lang, "story.problem.slide"), n) : "";
        // The detail (which field, which JSON line) is written in English; the Chinese interface gives the kind and the slide.
        var text = where + UiText.Get(lang, "story.problem." + problem.Problem);
        return lang == Lang.En ? $"{text} ({problem.Detail})" : text;
    }
}
