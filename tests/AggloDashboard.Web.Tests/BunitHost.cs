using AggloDashboard.Data.Store;
using AggloDashboard.Web.Views;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace AggloDashboard.Web.Tests;

/// <summary>
/// A bUnit context wired like the app: MudBlazor services, loose JS interop (Plotly calls are recorded, not run),
/// the shared data service. Under xunit 2 the context is held, not inherited (MudBlazor services are
/// only async-disposable).
/// </summary>
public sealed class BunitHost : IAsyncDisposable
{
    /// <param name="stories">The story store the pages get; the fixture's (editable by signed-in users) when null.</param>
    public BunitHost(DashboardFixture fixture, StoryStore? stories = null)
    {
        Context = new BunitContext();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddSingleton(fixture.Data);
        Context.Services.AddSingleton(stories ?? fixture.Stories);
        Context.Services.AddSingleton<SlideCharts>();
        Authorization = Context.AddAuthorization();
        Context.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        Popovers = Context.Render<MudPopoverProvider>();
    }

    public BunitContext Context { get; }

    /// <summary>Where MudBlazor renders open menus and popovers.</summary>
    public IRenderedComponent<MudPopoverProvider> Popovers { get; }

    /// <summary>Anonymous until a test signs someone in.</summary>
    public BunitAuthorizationContext Authorization { get; }

    /// <summary>Signs in a user who is not an administrator, as <see cref="DashboardFixture.Editor"/>.</summary>
    public void SignInEditor() => Authorization.SetAuthorized(DashboardFixture.Editor.UserName!);

    public BunitNavigationManager Navigation => Context.Services.GetRequiredService<BunitNavigationManager>();

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}

/// <summary>Waits for the analyses a page computes off the circuit.</summary>
public static class ComputedPages
{
    /// <summary>
    /// The page once no card is still computing (a card shows its loading state from the page's first render on);
    /// generous, because the national panel's permutation tests take seconds on a busy machine.
    /// </summary>
    public static IRenderedComponent<TPage> WhenComputed<TPage>(this IRenderedComponent<TPage> page) where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".computing")), TimeSpan.FromMinutes(2));
        return page;
    }
}
