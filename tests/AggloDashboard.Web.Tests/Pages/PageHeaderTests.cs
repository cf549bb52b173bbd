using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class PageHeaderTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitContext _context = new();

    public Task InitializeAsync()
    {
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    private static RenderFragment Text(string testId, string text) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "data-testid", testId);
        builder.AddContent(2, text);
        builder.CloseElement();
    };

    [Fact]
    public void A_title_alone_is_the_pages_one_h1_and_nothing_else_is_drawn()
    {
        var header = _context.Render<PageHeader>(p => p.Add(h => h.Title, "Overview · 2020"));

        var h1 = Assert.Single(header.FindAll("h1"));
        Assert.Equal("Overview · 2020", h1.TextContent);
        Assert.Equal("page-title", h1.Id);
        Assert.Equal("page-title", h1.GetAttribute("data-testid"));
        Assert.Empty(header.FindAll("[data-testid=page-subtitle]"));
        Assert.Empty(header.FindAll("[data-testid=page-toolbar]"));
        Assert.Empty(header.FindAll("[data-testid=page-intro]"));
        Assert.Empty(header.FindAll(".flex-grow-1"));
    }

    [Fact]
    public void The_subtitle_pickers_toolbar_and_introduction_stand_where_a_page_expects_them()
    {
        var header = _context.Render<PageHeader>(p => p
            .Add(h => h.Title, "Changchun")
            .Add(h => h.Subtitle, "City profile · 2020")
            .Add(h => h.ChildContent, Text("picker", "year"))
            .Add(h => h.Toolbar, Text("player", "play"))
            .Add(h => h.Intro, Text("intro-link", "methodology")));

        Assert.Equal("City profile · 2020", header.Find("[data-testid=page-subtitle]").TextContent);
        var row = header.Find("[data-testid=page-title]").ParentElement!.ParentElement!;
        Assert.NotNull(row.QuerySelector(".flex-grow-1 ~ [data-testid=picker]"));
        Assert.NotNull(header.Find("[data-testid=page-toolbar] [data-testid=player]"));
        Assert.NotNull(header.Find("[data-testid=page-intro] [data-testid=intro-link]"));
        Assert.Null(row.QuerySelector("[data-testid=player], [data-testid=intro-link]"));
    }

    [Fact]
    public async Task An_analysis_page_opens_with_its_header_in_its_language()
    {
        await using var host = new BunitHost(fixture);
        host.Navigation.NavigateTo("/policy?lang=en&year=2020");

        var page = host.Context.Render<Policy>().WhenComputed();

        Assert.Equal("City typologies and policy directions · 2020", Assert.Single(page.FindAll("h1")).TextContent);
        Assert.NotNull(page.Find("[data-testid=page-intro]"));
        Assert.NotNull(page.Find("[data-testid=year-picker]"));
    }
}
