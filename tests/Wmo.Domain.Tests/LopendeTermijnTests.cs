using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>
/// Issue 15: a vraag keeps the facts of its running term on its own row (<see cref="Ondersteuningsvraag.LopendeTermijnVanafDag"/>,
/// <see cref="Ondersteuningsvraag.LopendeTermijnOpgeschortSinds"/>), so the werkvoorraad sorts on the term without reading the
/// opschortingen. Whatever the operations did, the end the list sorts on (<see cref="Ondersteuningsvraag.NominaleEinddag"/>)
/// is the end the domain computes from the opschortingen themselves: aanvang + length + suspended days (Wmo 2015 art. 2.3.2
/// lid 1, art. 2.3.5 lid 1, Awb 4:15), or the date of the verdaging (Awb 4:14).
/// </summary>
public class LopendeTermijnTests
{
    private static readonly TermijnInstellingen Wet = TermijnInstellingen.Wettelijk;
    private static readonly Func<Ondersteuningsvraag, int, int, int, int> Einddag = Ondersteuningsvraag.NominaleEinddag.Compile();

    [Fact]
    public void Na_elke_stap_van_een_willekeurig_verloop_is_de_opgeslagen_termijn_die_van_het_domein()
    {
        var kans = new Random(2015);
        var werker = SociaalWerker();
        var gecontroleerd = 0;
        var soorten = new HashSet<string>();
        for (var verloop = 0; verloop < 300; verloop++)
        {
            var melding = D(2026, 1, 5).AddDays(kans.Next(0, 200));
            var vraag = VraagMetGesprek(werker, melding);
            var dag = melding;
            Controleer(vraag, dag, soorten);
            for (var stap = 0; stap < 12; stap++)
            {
                dag = dag.AddDays(kans.Next(0, 9));
                try
                {
                    Doe(vraag, kans.Next(6), dag, kans);
                }
                catch (DomainException)
                {
                    // Not allowed at this point (the rules of the operation itself); the facts must be unchanged and still agree.
                }

                Controleer(vraag, dag, soorten);
                gecontroleerd++;
            }
        }

        // The walk reached every kind of running term, with and without an opschorting.
        Assert.True(gecontroleerd > 3000, $"{gecontroleerd} stappen");
        Assert.Superset(new HashSet<string> { "onderzoek", "onderzoek opgeschort", "beslistermijn", "beslistermijn opgeschort", "verdaagd", "onderzoek na hervatten", "beslistermijn na hervatten" }, soorten);
    }

    [Fact]
    public void Een_nieuwe_vraag_telt_vanaf_de_melding_zonder_opschorting()
    {
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2026, 3, 2), Guid.NewGuid());
        Assert.Equal(D(2026, 3, 2).DayNumber, vraag.LopendeTermijnVanafDag);
        Assert.Null(vraag.LopendeTermijnOpgeschortSinds);
        Assert.Equal((0, null, 0, null), (vraag.OnderzoekOpgeschorteDagen, vraag.OnderzoekOpgeschortSinds, vraag.BeslistermijnOpgeschorteDagen, vraag.BeslistermijnOpgeschortSinds));
    }

    private static void Doe(Ondersteuningsvraag vraag, int wat, DateOnly dag, Random kans)
    {
        switch (wat)
        {
            case 0:
                vraag.SchortOnderzoekOp(dag, "Inwoner overlegt met de familie", toestemmingInwoner: true, Wet, dag);
                break;
            case 1:
                vraag.HervatOnderzoek(dag.AddDays(-kans.Next(0, 3)), dag);
                break;
            case 2:
                if (vraag.Uitkomst is null)
                {
                    vraag.LegUitkomstVast(Uitkomst.SocialeBasis([Guid.NewGuid()]), SociaalWerker(), dag, Leeuwarden);
                }

                vraag.DienAanvraagIn(dag);
                break;
            case 3:
                vraag.SchortBeslistermijnOp(dag, BeslistermijnOpschortingGrond.AanvullingAanvraag, "Aanvraag onvolledig", Wet, dag);
                break;
            case 4:
                vraag.HervatBeslistermijn(dag.AddDays(-kans.Next(0, 3)), dag);
                break;
            default:
                vraag.VerdaagBeslistermijn(dag, dag.AddDays(kans.Next(15, 40)), "Advies van de ergotherapeut is nodig", Wet, dag);
                break;
        }
    }

    // The oracle: the terms as the domain computes them from the vraag's opschortingen, today and in the weeks after.
    private static void Controleer(Ondersteuningsvraag vraag, DateOnly dag, HashSet<string> soorten)
    {
        foreach (var vandaag in new[] { dag, dag.AddDays(3), dag.AddDays(20) })
        {
            int verwacht;
            if (vraag.Beschikkingstermijn(Wet, vandaag) is { } beschikking)
            {
                verwacht = vraag.IsVerdaagd
                    ? beschikking.Einddatum.DayNumber
                    : beschikking.Aanvang.DayNumber + Wet.Lengte(TermijnSoort.Beschikking) + beschikking.OpgeschorteDagen;
                soorten.Add(vraag.IsVerdaagd ? "verdaagd"
                    : vraag.IsBeslistermijnOpgeschort ? "beslistermijn opgeschort"
                    : vraag.BeslistermijnOpschortingen.Count > 0 ? "beslistermijn na hervatten" : "beslistermijn");
            }
            else
            {
                var onderzoek = vraag.Onderzoekstermijn(Wet, vandaag);
                verwacht = onderzoek.Aanvang.DayNumber + Wet.Lengte(TermijnSoort.Onderzoek) + onderzoek.OpgeschorteDagen;
                soorten.Add(vraag.IsOpgeschort ? "onderzoek opgeschort" : vraag.Opschortingen.Count > 0 ? "onderzoek na hervatten" : "onderzoek");
            }

            var opgeslagen = Einddag(vraag, Wet.Lengte(TermijnSoort.Onderzoek), Wet.Lengte(TermijnSoort.Beschikking), vandaag.DayNumber);
            Assert.True(verwacht == opgeslagen,
                $"Op {vandaag:yyyy-MM-dd}: het domein rekent tot {DateOnly.FromDayNumber(verwacht):yyyy-MM-dd}, de opgeslagen termijn tot {DateOnly.FromDayNumber(opgeslagen):yyyy-MM-dd}.");

            // Both terms as a list computes them from the row alone (the werkvoorraad shows both) are the domain's, line by line.
            GelijkeTermijn(vraag.Onderzoekstermijn(Wet, vandaag),
                Ondersteuningsvraag.OnderzoekstermijnVan(vraag.Meldingsdatum, vraag.OnderzoekOpgeschorteDagen, vraag.OnderzoekOpgeschortSinds, Wet, vandaag), vandaag);
            GelijkeTermijn(vraag.Beschikkingstermijn(Wet, vandaag),
                Ondersteuningsvraag.BeschikkingstermijnVan(vraag.Aanvraagdatum, vraag.BeslistermijnOpgeschorteDagen, vraag.BeslistermijnOpgeschortSinds,
                    Ondersteuningsvraag.VerdagingVan(vraag.VerdaagdTot, vraag.VerdagingBerichtOp, vraag.VerdagingReden), Wet, vandaag), vandaag);
            Assert.Equal(vraag.IsOpgeschort, vraag.OnderzoekOpgeschortSinds is not null);
            Assert.Equal(vraag.IsBeslistermijnOpgeschort, vraag.BeslistermijnOpgeschortSinds is not null);
        }
    }

    private static void GelijkeTermijn(Termijn? verwacht, Termijn? vanDeRij, DateOnly vandaag)
    {
        Assert.True((verwacht is null) == (vanDeRij is null), $"Op {vandaag:yyyy-MM-dd}: {verwacht} tegen {vanDeRij}.");
        if (verwacht is not null)
        {
            Assert.Equal((verwacht.Soort, verwacht.Aanvang, verwacht.Einddatum, verwacht.OpgeschorteDagen), (vanDeRij!.Soort, vanDeRij.Aanvang, vanDeRij.Einddatum, vanDeRij.OpgeschorteDagen));
            Assert.Equal(verwacht.Uitleg, vanDeRij.Uitleg);
        }
    }
}
