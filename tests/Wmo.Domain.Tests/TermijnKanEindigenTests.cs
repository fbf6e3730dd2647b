using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>
/// The prefilter a list of terms ending soon runs in the database (issue 15): it may let through a vraag whose term ends
/// later, never hold back one whose exact term (Atw, opschortingen, verdaging) ends on or before the day asked for.
/// </summary>
public class TermijnKanEindigenTests
{
    private static readonly TermijnInstellingen Wet = TermijnInstellingen.Wettelijk;

    public static IEnumerable<Ondersteuningsvraag> Vragen()
    {
        var werker = SociaalWerker();

        // In vraagverheldering: the onderzoekstermijn (6 weeks) from 1 March 2021.
        yield return VraagMetGesprek(werker, D(2021, 3, 1));

        // Onderzoek suspended and resumed: the term is a week longer.
        var opgeschort = VraagMetGesprek(werker, D(2021, 3, 1));
        opgeschort.SchortOnderzoekOp(D(2021, 3, 10), "Bedenktijd", toestemmingInwoner: true, Wet, D(2021, 3, 10));
        opgeschort.HervatOnderzoek(D(2021, 3, 16), D(2021, 3, 16));
        yield return opgeschort;

        // An aanvraag (beslistermijn 2 weeks), with an opschorting, and one verdaagd.
        yield return Aanvraag(werker);
        var aanvulling = Aanvraag(werker);
        aanvulling.SchortBeslistermijnOp(D(2021, 3, 3), BeslistermijnOpschortingGrond.AanvullingAanvraag, "Medisch advies volgt", Wet, D(2021, 3, 3));
        aanvulling.HervatBeslistermijn(D(2021, 3, 9), D(2021, 3, 9));
        yield return aanvulling;
        var verdaagd = Aanvraag(werker);
        verdaagd.VerdaagBeslistermijn(D(2021, 3, 12), D(2021, 3, 29), "Advies van de ergotherapeut is nodig", Wet, D(2021, 3, 12));
        yield return verdaagd;
    }

    [Fact]
    public void Een_vraag_waarvan_een_termijn_uiterlijk_op_de_grens_eindigt_gaat_altijd_door_het_filter()
    {
        var vandaag = D(2021, 3, 20);
        foreach (var vraag in Vragen())
        {
            var einden = new[]
            {
                vraag.Status == VraagStatus.InVraagverheldering && !vraag.IsOpgeschort ? vraag.Onderzoekstermijn(Wet, vandaag).Einddatum : (DateOnly?)null,
                vraag.Beschikkingstermijn(Wet, vandaag)?.Einddatum,
            }.OfType<DateOnly>().ToList();
            Assert.NotEmpty(einden);

            var doorgelaten = 0;
            var tegengehouden = 0;
            for (var grens = D(2021, 2, 1); grens <= D(2021, 5, 31); grens = grens.AddDays(1))
            {
                var filter = Ondersteuningsvraag.TermijnKanEindigenOpOfVoor(Wet, grens).Compile();
                if (einden.Any(e => e <= grens))
                {
                    Assert.True(filter(vraag), $"Een termijn eindigt op {einden.Min():yyyy-MM-dd}, maar het filter houdt de vraag tegen bij grens {grens:yyyy-MM-dd}.");
                    doorgelaten++;
                }
                else if (!filter(vraag))
                {
                    tegengehouden++;
                }
            }

            // The filter is a real filter: a grens well before the start holds the vraag back.
            Assert.True(doorgelaten > 0 && tegengehouden > 0, $"doorgelaten {doorgelaten}, tegengehouden {tegengehouden}");
        }
    }

    // Aanvraag on Monday 1 March 2021: the beslistermijn of 2 weeks ends on Monday 15 March.
    private static Ondersteuningsvraag Aanvraag(Actor werker)
    {
        var vraag = VraagMetGesprek(werker, D(2021, 2, 15));
        vraag.LegUitkomstVast(Uitkomst.SocialeBasis([Guid.NewGuid()]), werker, D(2021, 2, 20), Leeuwarden);
        vraag.DienAanvraagIn(D(2021, 3, 1));
        return vraag;
    }
}
