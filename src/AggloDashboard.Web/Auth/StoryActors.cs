using System.Security.Claims;
using AggloDashboard.Data.Stories;

namespace AggloDashboard.Web.Auth;

public static class StoryActors
{
    /// <summary>The visitor as the story store sees them: signed in or not, administrator or not.</summary>
    public static StoryActor Of(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { } name } ? new StoryActor(name, DashboardAuth.IsAdministrator(user)) : StoryActor.Anonymous;
}
