using System.Collections.Concurrent;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Fouten;

/// <summary>
/// Kill the portal (SIGKILL) in the middle of a burst of saves, start it again: every save the client saw
/// acknowledged is there and complete (with its audit entry, written in the same transaction), nothing is
/// half-written, and SQLite's integrity check passes. Loopback only; bounded in time.
/// </summary>
[Trait("Categorie", "Fouten")]
public sealed class DuurzaamheidTests
{
    [Fact]
    public async Task Na_een_harde_crash_midden_in_het_opslaan_is_elke_bevestigde_opslag_er_volledig()
    {
        var map = Path.Combine(Path.GetTempPath(), "wmo-duurzaam", Guid.NewGuid().ToString("N"));
        var voorvoegsel = $"duurzaam-{Guid.NewGuid():N}-";
        var bevestigd = new ConcurrentBag<string>();
        var verstuurd = 0;

        var eerste = await PortalProces.StartAsync(map);
        var vrijwilligers = new List<Vrijwilliger>();
        try
        {
            foreach (var naam in new[] { "anna.devries", "henk.visser", "anna.devries", "henk.visser" })
            {
                vrijwilligers.Add(await EersteContacten.VrijwilligerAsync(eerste.Adres, naam));
            }

            using var stop = new CancellationTokenSource();
            var schrijvers = vrijwilligers.Select((v, n) => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested && i < 10_000; i++)
                {
                    var kenmerk = $"{voorvoegsel}{n}-{i}";
                    Interlocked.Increment(ref verstuurd);
                    try
                    {
                        if (await EersteContacten.BewaarAsync(v, kenmerk))
                        {
                            bevestigd.Add(kenmerk);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the process is gone
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            // Let the burst run, then pull the plug while requests are in flight.
            await Task.Delay(TimeSpan.FromSeconds(4));
            eerste.Doden();
            await stop.CancelAsync();
            await Task.WhenAll(schrijvers);
        }
        finally
        {
            foreach (var v in vrijwilligers)
            {
                v.Dispose();
            }
        }

        Assert.True(bevestigd.Count > 10, $"Te weinig opslagen voor een zinvolle test ({bevestigd.Count} van {verstuurd}).");

        await using var tweede = await PortalProces.StartAsync(map);
        var database = Path.Combine(map, "wmo.db");
        Assert.Equal("ok", await EersteContacten.IntegriteitAsync(database));
        var aanwezig = await EersteContacten.VolledigInDatabaseAsync(database, voorvoegsel);
        var ontbrekend = bevestigd.Where(k => !aanwezig.Contains(k)).ToList();
        Assert.True(ontbrekend.Count == 0, $"{ontbrekend.Count} bevestigde opslagen ontbreken of zijn onvolledig, bijvoorbeeld {ontbrekend.FirstOrDefault()}.");

        // Anything in the database is complete: no contact without its audit entry or melder.
        Assert.Equal(await EersteContacten.AantalMetVoorvoegselAsync(database, voorvoegsel), aanwezig.Count);
        await eerste.DisposeAsync();
    }
}
