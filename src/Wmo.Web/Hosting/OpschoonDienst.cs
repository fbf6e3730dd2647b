using Wmo.Infrastructure.Avg;

namespace Wmo.Web.Hosting;

/// <summary>
/// Runs the retention purge once a day when <c>Bewaren:AutomatischOpschonen</c> is on (off by default: the
/// gemeente first confirms its term; a beheerder can always run it from the privacy page).
/// </summary>
public sealed class OpschoonDienst(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OpschoonDienst> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Bewaren:AutomatischOpschonen", false))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(24));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var resultaat = await scope.ServiceProvider.GetRequiredService<Bewaartermijn>().OpschonenAsync(stoppingToken);
                logger.LogInformation("Bewaartermijn: {Huishoudens} huishoudens opgeschoond", resultaat.Huishoudens);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Opschonen volgens de bewaartermijn mislukte");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
