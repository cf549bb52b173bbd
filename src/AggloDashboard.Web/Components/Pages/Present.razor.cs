using AggloDashboard.Data.Store;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace AggloDashboard.Web.Components.Pages;

public partial class Present
{
    [SupplyParameterFromQuery(Name = "story")] public string? StoryId { get; set; }
    [SupplyParameterFromQuery(Name = "slide")] public string? Slide { get; set; }
    [SupplyParameterFromQuery(Name = "view")] public string? View { get; set; }
    [SupplyParameterFromQuery(Name = "year")] public string? Year { get; set; }

    private ElementReference _root;
    private IJSObjectReference? _module;
    private PresenterPosition? _position;
    private SlideContent? _content;
    private string? _caption;
    private string? _message;
    private readonly YearAnimation _animation = new();
    // The cancelled source is not disposed: work still running holds its token.
    private CancellationTokenSource _work = new();

    public bool IsPlaying => _animation.IsPlaying;

    protected override async Task OnParametersSetAsync()
    {
        // Another slide or year, or leaving the presenter, ends the wait for this one's charts.
        _work.Cancel();
        _work = new CancellationTokenSource();
        var ct = _work.Token;
        var previous = _position;
        (_position, _caption, _message) = await LocateAsync(ct);
        if (previous is not null && (_position is null || previous.Slide != _position.Slide || previous.View != _position.View))
        {
            await StopAsync();
        }

        _content = _position is null ? null : await Slides.BuildAsync(_position.View, Lang, PageQuery.Int(Year), ct);
    }

    private async Task<(PresenterPosition?, string?, string?)> LocateAsync(CancellationToken ct)
    {
        if (PageQuery.Int(StoryId) is { } id)
        {
            var story = await Stories.GetAsync(id, ct);
            if (story is null)
            {
                return (null, null, "present.noStory");
            }

            if (story.Slides.Count == 0)
            {
                return (null, null, "present.emptyStory");
            }

            var number = Math.Clamp(PageQuery.Int(Slide) ?? 1, 1, story.Slides.Count);
            var slide = story.Slides[number - 1];
            var position = new PresenterPosition(id, number, story.Slides.Count, new StoryView(slide.Path, slide.Query), Lang);
            return (position, Lang.Pick(slide.CaptionZh, slide.CaptionEn), null);
        }

        return StoryView.Parse(View) is { } view
            ? (new PresenterPosition(null, 1, 1, view, Lang), null, null)
            : (null, null, "present.nothing");
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/presenter.js");
            await _module.InvokeVoidAsync("attach", _root);
        }
        else if (_module is not null && _focused != (_position, _content?.Year))
        {
            // Navigating to the next slide focuses the page's heading or nothing; keys must keep reaching the slide.
            // Only on a new slide or year: other renders must not pull focus from, say, a chart's download menu.
            await _module.InvokeVoidAsync("focus", _root);
        }

        _focused = (_position, _content?.Year);
    }

    private (PresenterPosition?, int?) _focused;
    private async Task OnKeyDown(KeyboardEventArgs e)
    {
        if (_position is null)
        {
            return;
        }

        var action = PresenterKeys.For(e.Key);
        if (action == PresenterAction.TogglePlay)
        {
            await TogglePlayAsync();
        }
        else if (_position.Target(action) is { } target)
        {
            await StopAsync();
            Nav.NavigateTo(target);
        }
    }

    private string UrlForYear(int year) =>
        _position!.StoryId is { } id ? DashboardUrls.Present(id, _position.Slide, Lang, year) : DashboardUrls.PresentView(_position.View.PathAndQuery, Lang, year);

    private async Task TogglePlayAsync()
    {
        if (_animation.IsPlaying)
        {
            await StopAsync();
            return;
        }

        if (_content?.Year is not { } year || _content.Years.Count < 2)
        {
            return;
        }

        var atEnd = year >= _content.Years[^1];
        // The years are stepped from the last one asked for, not from the slide shown: a slow slide must not be asked for twice.
        var asked = atEnd ? _content.Years[0] : year;
        _animation.Start(_content.Years, () => asked, next =>
        {
            asked = next;
            // The year steps replace the history entry: Back should leave the slide, not rewind the animation.
            Nav.NavigateTo(UrlForYear(next), replace: true);
            return Task.CompletedTask;
        }, () =>
        {
            StateHasChanged();
            return Task.CompletedTask;
        }, InvokeAsync);
        if (atEnd)
        {
            Nav.NavigateTo(UrlForYear(_content.Years[0]), replace: true);
        }
    }

    private Task StopAsync() => _animation.StopAsync();

    public async ValueTask DisposeAsync()
    {
        _work.Cancel();
        await StopAsync();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("detach", _root);
                await _module.DisposeAsync();
            }
            catch (Exception e) when (e is JSDisconnectedException or TaskCanceledException)
            {
                // The circuit is gone with the tab (or going): there is nothing left to detach.
            }
        }
    }
}
