using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;

namespace Wmo.Domain.Tests.Support;

/// <summary>Test data builders.</summary>
internal static class Maak
{
    /// <summary>Asserts that <paramref name="actie"/> is refused by exactly the rule <paramref name="regel"/> (not just any rule).</summary>
    public static DomainException Breekt(string regel, Action actie)
    {
        var fout = Assert.Throws<DomainException>(actie);
        Assert.Equal(regel, fout.Regel);
        return fout;
    }

    public static readonly Voorzieningencatalogus Leeuwarden = Voorzieningencatalogus.Leeuwarden2021();

    public static Actor SociaalWerker(string naam = "Sanne (sociaal werker)") => new(Guid.NewGuid(), naam, Rol.SociaalWerker, Guid.NewGuid());

    public static Actor Vrijwilliger(string naam = "Vera (vrijwilliger)") => new(Guid.NewGuid(), naam, Rol.Vrijwilliger, Guid.NewGuid());

    public static Actor Toetser(string naam = "Tom (toetser)") => new(Guid.NewGuid(), naam, Rol.Toetser, Guid.NewGuid());

    public static Actor Beheerder() => new(Guid.NewGuid(), "Bea (beheerder)", Rol.Beheerder, Guid.NewGuid());

    public static DateOnly D(int jaar, int maand, int dag) => new(jaar, maand, dag);

    public static DateTimeOffset Moment => new(2020, 6, 1, 10, 0, 0, TimeSpan.FromHours(2));

    public static Adres Adres() => new("Nieuwestad", 1, null, Postcode.Parse("8911 CJ"), "Leeuwarden");

    public static Inwoner Inwoner(string voornaam = "Jelle", DateOnly? geboren = null) =>
        new(Bsn.Parse("111222333"), voornaam, "de Vries", geboren ?? D(1976, 3, 1), Adres());

    /// <summary>A vraag in vraagverheldering with one completed gesprek.</summary>
    public static Ondersteuningsvraag VraagMetGesprek(Actor werker, DateOnly? melding = null)
    {
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), melding ?? D(2021, 3, 1), Guid.NewGuid());
        vraag.StartVraagverheldering(werker);
        vraag.LegClientondersteuningAangebodenVast(D(2021, 3, 2));
        var gesprek = vraag.PlanGesprek(D(2021, 3, 3), Gesprekslocatie.Thuis, [new Deelnemer("Inwoner", DeelnemerRol.Inwoner)]);
        vraag.RondGesprekAf(gesprek.Id, "Kennismaking en vraagverheldering.");
        return vraag;
    }

    /// <summary>Answers the fixed order of checks up to (not including) <paramref name="totStap"/> as ruled out.</summary>
    public static void SluitStappenUitTot(Ondersteuningsvraag vraag, Afwegingsstap totStap)
    {
        foreach (var stap in Enum.GetValues<Afwegingsstap>().Where(s => s < totStap))
        {
            vraag.BeantwoordStap(stap, false, $"{stap} biedt onvoldoende oplossing.");
        }
    }
}
