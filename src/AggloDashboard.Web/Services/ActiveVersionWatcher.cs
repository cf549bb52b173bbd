using Microsoft.Extensions.Options;

namespace AggloDashboard.Web.Services;

/// <summary>
/// Polls the store's <see cref="Data.Store.StoreStamp"/> (the active version, the newest version and audit entry: a few
/// index lookups) so that a change made outside this process (<c>agglo import --activate</c>, another instance on the
/// same PostgreSQL database) reaches every open page as a change made in the app does, through
/// <see cref="DashboardDataService.ActiveVersionChanged"/> and <see cref="DashboardDataService.StoreChanged"/>.
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
                await data.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A busy or missing store now is no reason to stop following it; the next tick tries again.
                logger.LogWarning("Could not read the store's changes: {Message}", e.Message);
            }
        }
    }
}
