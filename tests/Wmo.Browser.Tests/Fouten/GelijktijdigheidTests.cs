using System.Collections.Concurrent;
using System.Diagnostics;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Fouten;

/// <summary>Many volunteers saving at once on one SQLite portal: no errors, nothing lost. Loopback only; bounded.</summary>
[Trait("Categorie", "Fouten")]
public sealed class GelijktijdigheidTests
{
    [Fact]
    public async Task Vijftig_gelijktijdige_clients_slaan_twintig_seconden_eerste_contacten_op_zonder_fouten_en_zonder_verlies()
    {
        await using var portaal = await PortalProces.StartAsync();
        var voorvoegsel = $"gelijktijdig-{Guid.NewGuid():N}-";
        var clients = new List<Vrijwilliger>();
        for (var i = 0; i < 50; i++)
        {
            clients.Add(await EersteContacten.VrijwilligerAsync(portaal.Adres, i % 2 == 0 ? "anna.devries" : "henk.visser"));
        }

        var bevestigd = new ConcurrentBag<string>();
        var fouten = new ConcurrentBag<string>();
        var klok = Stopwatch.StartNew();
        var duur = TimeSpan.FromSeconds(20);
        await Task.WhenAll(clients.Select((c, n) => Task.Run(async () =>
        {
            for (var i = 0; klok.Elapsed < duur; i++)
            {
                var kenmerk = $"{voorvoegsel}{n}-{i}";
                try
                {
                    if (await EersteContacten.BewaarAsync(c, kenmerk))
                    {
                        bevestigd.Add(kenmerk);
                    }
                    else
                    {
                        fouten.Add(kenmerk);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    fouten.Add($"{kenmerk}: {e.GetType().Name}");
                }
            }
        })));

        foreach (var c in clients)
        {
            c.Dispose();
        }

        Assert.Empty(fouten);
        Assert.True(bevestigd.Count >= 50, $"Slechts {bevestigd.Count} opslagen in 20 seconden.");
        var aanwezig = await EersteContacten.VolledigInDatabaseAsync(Path.Combine(portaal.DataMap, "wmo.db"), voorvoegsel);
        Assert.Equal(bevestigd.Count, aanwezig.Count);
        Assert.All(bevestigd, k => Assert.Contains(k, aanwezig));
        await File.WriteAllTextAsync(PortalProces.TestUitvoer("gelijktijdigheid.txt"),
            $"50 clients, 20 s: {bevestigd.Count} eerste contacten opgeslagen ({bevestigd.Count / duur.TotalSeconds:F1} per seconde), 0 fouten.\n");
    }
}
