using AggloDashboard.Data.Store;
using AggloDashboard.Data.Stories;
using AggloDashboard.Web.Auth;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Readings;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AggloDashboard.Web.Components.Pages;

public partial class StoryEditor
{
    [Parameter] public int Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }
    private StoryActor _editor = StoryActor.Anonymous;
    private bool _mayEdit;
    private Story? _story;
    private string _name = "";
    private string? _problem;

    protected override async Task OnParametersSetAsync()
    {
        _editor = AuthenticationState is null ? StoryActor.Anonymous : StoryActors.Of((await AuthenticationState).User);
        _mayEdit = Store.Access.MayEdit(_editor);
        await ReloadAsync();
    }
    private async Task ReloadAsync()
    {
        _story = await Store.GetAsync(Id, CancellationToken.None);
        _name = _story?.Name ?? "";
    }

    /// <summary>Runs a change and shows the story as stored afterwards, or why the change was refused.</summary>
    private async Task ChangeAsync(Func<Task> change)
    {
        try
        {
            await change();
            _problem = null;
        }
        catch (StoryProblemException e)
        {
            _problem = StoryProblemText.Describe(e, Lang);
        }

        await ReloadAsync();
    }

    private Task RenameAsync() => ChangeAsync(() => Store.RenameAsync(_editor, Id, _name, CancellationToken.None));

    private Task MoveAsync(int slideId, int offset) => ChangeAsync(() => Store.MoveSlideAsync(_editor, slideId, offset, CancellationToken.None));

    private Task DeleteSlideAsync(int slideId) => ChangeAsync(() => Store.DeleteSlideAsync(_editor, slideId, CancellationToken.None));

    private Task SaveCaptionsAsync(StorySlide slide, string zh, string en) =>
        ChangeAsync(() => Store.UpdateCaptionsAsync(_editor, slide.Id, zh, en, CancellationToken.None));

    private async Task ExportAsync()
    {
        try
        {
            var json = await Store.ExportJsonAsync(Id, CancellationToken.None);
            await JS.DownloadAsync($"story-{Id}.json", json, "application/json;charset=utf-8");
        }
        catch (StoryProblemException e)
        {
            _problem = StoryProblemText.Describe(e, Lang);
        }
    }
}
