using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Toewijzingen;

/// <summary>
/// An aanbieder's verzoek om toewijzing (WMO315, DOMAIN.md §7): a work item for the household's regievoerder, or
/// for the sociaal werkers of the household's buurtkamer when there is no regievoerder (002 §2.3: regie stays with
/// the basisondersteuning).
/// </summary>
public sealed class VerzoekOmToewijzing
{
    private VerzoekOmToewijzing()
    {
        ReferentieAanbieder = string.Empty;
    }

    public VerzoekOmToewijzing(Guid aanbiederId, Guid inwonerId, Guid huishoudenId, Guid? regievoerderId, Guid? buurtkamerId, string referentieAanbieder,
        ProductCategorie? productCategorie, string? productcode, Omvang? omvang, DateOnly gewensteIngangsdatum, DateOnly? gewensteEinddatum, string? commentaar, DateOnly ontvangenOp)
    {
        VerzoekGaatNaarRegievoerderOfBuurtkamer(regievoerderId, buurtkamerId);
        Id = Guid.CreateVersion7();
        AanbiederId = aanbiederId;
        InwonerId = inwonerId;
        HuishoudenId = huishoudenId;
        RegievoerderId = regievoerderId;
        BuurtkamerId = buurtkamerId;
        ReferentieAanbieder = Regel.VerplichteTekst(referentieAanbieder, Regelnamen.VerzoekHeeftReferentie, "Een verzoek om toewijzing heeft een referentie van de aanbieder.");
        ProductCategorie = productCategorie;
        Productcode = productcode;
        Omvang = omvang;
        GewensteIngangsdatum = gewensteIngangsdatum;
        GewensteEinddatum = gewensteEinddatum;
        Commentaar = commentaar;
        OntvangenOp = ontvangenOp;
    }

    public Guid Id { get; private set; }

    public Guid AanbiederId { get; private set; }

    public Guid InwonerId { get; private set; }

    public Guid HuishoudenId { get; private set; }

    /// <summary>The household's regievoerder when the verzoek arrived: the work item is theirs.</summary>
    public Guid? RegievoerderId { get; private set; }

    /// <summary>Without a regievoerder the sociaal werkers of this buurtkamer pick it up.</summary>
    public Guid? BuurtkamerId { get; private set; }

    public string ReferentieAanbieder { get; private set; }

    public ProductCategorie? ProductCategorie { get; private set; }

    public string? Productcode { get; private set; }

    public Omvang? Omvang { get; private set; }

    public DateOnly GewensteIngangsdatum { get; private set; }

    public DateOnly? GewensteEinddatum { get; private set; }

    public string? Commentaar { get; private set; }

    public DateOnly OntvangenOp { get; private set; }

    public DateOnly? AfgehandeldOp { get; private set; }

    public Guid? AfgehandeldDoorId { get; private set; }

    public string? Afhandeling { get; private set; }

    public bool IsOpen => AfgehandeldOp is null;

    /// <summary>The sociaal werker records what was done (a toewijzing, a gesprek, a refusal to the aanbieder).</summary>
    public void HandelAf(Actor sociaalWerker, string afhandeling, DateOnly datum)
    {
        Regel.Eis(sociaalWerker.IsBeroepskrachtBasisondersteuning, Regelnamen.VerzoekDoorBeroepskrachtAfgehandeld, "Een sociaal werker van de basisondersteuning handelt een verzoek om toewijzing af.");
        Regel.Eis(IsOpen, Regelnamen.VerzoekEenmaalAfgehandeld, "Dit verzoek is al afgehandeld.");
        Afhandeling = Regel.VerplichteTekst(afhandeling, Regelnamen.VerzoekAfhandelingBeschreven, "Beschrijf hoe het verzoek is afgehandeld.");
        AfgehandeldOp = datum;
        AfgehandeldDoorId = sociaalWerker.GebruikerId;
    }

    // 002 §2.3, §4.6: the basisondersteuning keeps regie; someone must own the work item.
    private static void VerzoekGaatNaarRegievoerderOfBuurtkamer(Guid? regievoerderId, Guid? buurtkamerId) =>
        Regel.Eis(regievoerderId is not null || buurtkamerId is not null, nameof(VerzoekGaatNaarRegievoerderOfBuurtkamer),
            "Dit huishouden heeft geen regievoerder en geen buurt- of dorpskamer; het verzoek kan niet worden toegewezen.");
}
