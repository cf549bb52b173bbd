using AggloDashboard.Data.Stories;

namespace AggloDashboard.Data.Tests.Stories;

public sealed class StoryJsonFormatTests
{
    private const string Slide = """[{"path":"/map","query":"year=2020","captionZh":"地图","captionEn":"Map"}]""";

    [Fact]
    public void A_file_of_another_format_is_refused_and_one_without_a_format_is_read()
    {
        var problem = Assert.Throws<StoryProblemException>(() => StoryJson.Read($$"""{"format":"other/2","name":"x","slides":{{Slide}}}"""));
        Assert.Equal(StoryProblem.BadJson, problem.Problem);
        Assert.Contains("other/2", problem.Detail);

        Assert.Single(StoryJson.Read($$"""{"name":"x","slides":{{Slide}}}""").Slides);
        Assert.Single(StoryJson.Read($$"""{"format":"{{StoryJson.Format}}","name":"x","slides":{{Slide}}}""").Slides);
    }
}
