using AggloDashboard.Data.Store;

namespace AggloDashboard.Web;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c>: the process serves requests (liveness). <c>/readyz</c>: the store can be reached and has every
    /// migration this app knows (readiness; 503 with the reason otherwise), for a load balancer or an orchestrator.
    /// Both are open without signing in and say nothing about the data.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous();
        endpoints.MapGet("/readyz", async (DatasetStore store, ILoggerFactory logs, HttpContext http) =>
        {
            if (await store.ReadinessProblemAsync(http.RequestAborted) is not { } problem)
                return Results.Text("ready");
            logs.CreateLogger(typeof(HealthEndpoints)).LogWarning("Not ready: {Problem}", problem);
            return Results.Text("not ready: the data store cannot be reached or needs migrations", statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
        return endpoints;
    }
}
