using AggloDashboard.Data.Store;
using AggloDashboard.Data.Stories;
using AggloDashboard.Web.Auth;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace AggloDashboard.Web.Components.Pages;

public partial class Stories
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }
    private StoryActor _editor = StoryActor.Anonymous;
    private bool _mayEdit;
    private IReadOnlyList<StorySummary> _stories = [];
    private IReadOnlyList<DeletedStorySummary> _deleted = [];
    private string _newName = "";
    private string? _message;
    private Severity _messageSeverity;
    private int? _confirmDelete;

    protected override async Task OnParametersSetAsync()
    {
        _editor = AuthenticationState is null ? StoryActor.Anonymous : StoryActors.Of((await AuthenticationState).User);
        _mayEdit = Store.Access.MayEdit(_editor);
        await ReloadAsync();
    }
    private static string Day(DateTimeOffset at) => at.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task ReloadAsync()
    {
        _stories = await Store.ListAsync(CancellationToken.None);
        _deleted = _mayEdit ? await Store.ListDeletedAsync(CancellationToken.None) : [];
    }

    private async Task CreateAsync()
    {
        try
        {
            var story = await Store.CreateAsync(_editor, _newName, CancellationToken.None);
            Nav.NavigateTo(DashboardUrls.Story(story.Id, Lang));
        }
        catch (StoryProblemException e)
        {
            Show(StoryProblemText.Describe(e, Lang), Severity.Error);
        }
    }

    private async Task ImportAsync(InputFileChangeEventArgs e)
    {
        string json;
        try
        {
            await using var stream = e.File.OpenReadStream(StoryLimits.MaxJsonBytes);
            using var reader = new StreamReader(stream);
            json = await reader.ReadToEndAsync();
        }
        catch (IOException)
        {
            var tooLarge = new StoryProblemException(StoryProblem.TooLarge, null, $"{e.File.Name}: {e.File.Size / 1024} KB");
            Show(StoryProblemText.Describe(tooLarge, Lang), Severity.Error);
            return;
        }

        try
        {
            var story = await Store.ImportJsonAsync(_editor, json, CancellationToken.None);
            Show(string.Format(Lang.Culture(), T("stories.imported"), story.Name, story.Slides.Count), Severity.Success);
            await ReloadAsync();
        }
        catch (StoryProblemException problem)
        {
            Show($"{e.File.Name}: {StoryProblemText.Describe(problem, Lang)}", Severity.Error);
        }
    }

    private async Task DeleteAsync(StorySummary story)
    {
        try
        {
            await Store.DeleteAsync(_editor, story.Id, CancellationToken.None);
            Show(string.Format(Lang.Culture(), T("stories.deletedNotice"), story.Name), Severity.Success);
        }
        catch (StoryProblemException problem)
        {
            // Deleted meanwhile in another tab, or no longer allowed: the reload shows the list as it is.
            Show(StoryProblemText.Describe(problem, Lang), Severity.Warning);
        }

        _confirmDelete = null;
        await ReloadAsync();
    }

    private async Task RestoreAsync(DeletedStorySummary story)
    {
        try
        {
            await Store.RestoreAsync(_editor, story.Id, CancellationToken.None);
            Show(string.Format(Lang.Culture(), T("stories.restored"), story.Name), Severity.Success);
        }
        catch (StoryProblemException problem)
        {
            Show(StoryProblemText.Describe(problem, Lang), Severity.Warning);
        }

        await ReloadAsync();
    }

    private void Show(string message, Severity severity)
    {
        _message = message;
        _messageSeverity = severity;
    }
}
