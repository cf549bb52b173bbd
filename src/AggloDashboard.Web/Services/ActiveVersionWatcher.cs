using Microsoft.Extensions.Options;

namespace AggloDashboard.Web.Services;

/// <summary>
/// Polls the store's active version (its id and content hash, one row) so that a change made outside this process
/// (<c>agglo import --activate</c>, another instance) reaches every open page as a change made in the app does,
/// through <see cref="DashboardDataService.ActiveVersionChanged"/>.
/// </summary>
public sealed class ActiveVersionWatcher(DashboardDataService data, IOptions<DashboardOptions> options, ILogger<ActiveVersionWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(100, options.Value.StorePollMilliseconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await data.RefreshActiveAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A busy or missing store now is no reason to stop following it; the next tick tries again.
                logger.LogWarning("Could not read the active version from the store: {Message}", e.Message);
            }
        }
    }
}
