using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Transitie;

/// <summary>The transition settings (002 §6.1): all maatwerkgesprekken before the new model starts.</summary>
public sealed record TransitieInstellingen(DateOnly GesprekkenUiterlijkVoor)
{
    public static TransitieInstellingen Leeuwarden { get; } = new(new DateOnly(2021, 1, 1));
}

/// <summary>
/// A beschikking from before 2021 (002 §6.1). It stays valid until its own end date; a maatwerkgesprek
/// before <see cref="TransitieInstellingen.GesprekkenUiterlijkVoor"/> concludes basis or aanvullend.
/// </summary>
public sealed class LegacyBeschikking
{
    private LegacyBeschikking()
    {
    }

    public LegacyBeschikking(Guid inwonerId, Guid huishoudenId, LegacyProduct product, DateOnly ingangsdatum, DateOnly einddatum)
    {
        _ = new Periode(ingangsdatum, einddatum);
        Id = Guid.CreateVersion7();
        InwonerId = inwonerId;
        HuishoudenId = huishoudenId;
        Product = product;
        Ingangsdatum = ingangsdatum;
        Einddatum = einddatum;
    }

    public Guid Id { get; private set; }

    public Guid InwonerId { get; private set; }

    public Guid HuishoudenId { get; private set; }

    public LegacyProduct Product { get; private set; }

    public DateOnly Ingangsdatum { get; private set; }

    public DateOnly Einddatum { get; private set; }

    public DateOnly? GeplandGesprekOp { get; private set; }

    public Pijler? Conclusie { get; private set; }

    public string? Motivering { get; private set; }

    public Guid? ConclusieDoorId { get; private set; }

    /// <summary>002 §6.1: the running beschikking stays valid until its end, whatever the gesprek concludes.</summary>
    public bool IsGeldigOp(DateOnly datum) => new Periode(Ingangsdatum, Einddatum).Bevat(datum);

    public LegacyOvergang Voorstel(LegacyProductTabel tabel) => tabel.Overgang(Product);

    public void PlanMaatwerkgesprek(DateOnly datum, TransitieInstellingen instellingen)
    {
        // 002 §4.1 "Vóór 1 januari 2021 hebben alle mensen ... een persoonlijk gesprek gehad".
        Regel.Eis(datum < instellingen.GesprekkenUiterlijkVoor, Regelnamen.MaatwerkgesprekVoorOvergangsdatum,
            $"Het maatwerkgesprek moet plaatsvinden vóór {instellingen.GesprekkenUiterlijkVoor:dd-MM-yyyy}.");
        GeplandGesprekOp = datum;
    }

    /// <summary>
    /// Records the gesprek's conclusion. A conclusion against the table's direction (not for "per persoon") needs a
    /// motivation, like any deviation from the afwegingskader (002 §4.1).
    /// </summary>
    public void LegConclusieVast(Pijler conclusie, Actor sociaalWerker, LegacyProductTabel tabel, string? motivering = null)
    {
        Regel.Eis(GeplandGesprekOp is not null, Regelnamen.ConclusieNaMaatwerkgesprek, "Plan eerst het maatwerkgesprek.");
        Regel.Eis(sociaalWerker.IsBeroepskrachtBasisondersteuning, Regelnamen.ConclusieDoorBeroepskracht, "De sociaal werker van de basisondersteuning trekt de conclusie (002 §6.1).");
        Regel.Eis(conclusie is Pijler.Basisondersteuning or Pijler.AanvullendeOndersteuning, Regelnamen.ConclusieIsBasisOfAanvullend, "Het maatwerkgesprek concludeert basisondersteuning of aanvullende ondersteuning.");
        var richting = Voorstel(tabel).Richting;
        var volgtTabel = richting == LegacyRichting.PerPersoonBeoordelen
            || (richting == LegacyRichting.Basisondersteuning) == (conclusie == Pijler.Basisondersteuning);
        Regel.Eis(volgtTabel || !string.IsNullOrWhiteSpace(motivering), Regelnamen.AfwijkenVanSuggestieVereistMotivering,
            "Deze conclusie wijkt af van de overgangstabel; motiveer de keuze.");
        Conclusie = conclusie;
        Motivering = motivering?.Trim();
        ConclusieDoorId = sociaalWerker.GebruikerId;
    }
}
