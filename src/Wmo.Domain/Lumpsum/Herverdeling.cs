using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;

namespace Wmo.Domain.Lumpsum;

public enum HerverdelingStatus
{
    Aangevraagd = 1,
    Toegekend = 2,
    Afgewezen = 3,
}

/// <summary>Client counts per pillar at the time of a request, absolute and as a percentage split (002 §2.5).</summary>
public sealed record Clientaantallen(int Basisondersteuning, int AanvullendeOndersteuning)
{
    public int Totaal => Basisondersteuning + AanvullendeOndersteuning;

    public decimal PercentageBasis => Totaal == 0 ? 0 : Math.Round(100m * Basisondersteuning / Totaal, 1, MidpointRounding.AwayFromZero);

    public decimal PercentageAanvullend => Totaal == 0 ? 0 : 100m - PercentageBasis;
}

/// <summary>
/// A request to shift budget between the basisondersteuning and an aanvullend perceel: made jointly by both contract
/// parties, decided and motivated by the gemeente (002 §2.5).
/// </summary>
public sealed class Herverdeling
{
    private Herverdeling()
    {
        Clienten = null!;
        Toelichting = string.Empty;
    }

    internal Herverdeling(Perceel van, Perceel naar, decimal bedrag, Guid partijBasisondersteuning, Guid partijAanvullend, Clientaantallen clienten, string toelichting, DateOnly datum)
    {
        Id = Guid.CreateVersion7();
        Van = van;
        Naar = naar;
        Bedrag = bedrag;
        PartijBasisondersteuningId = partijBasisondersteuning;
        PartijAanvullendId = partijAanvullend;
        Regel.Eis(clienten.Basisondersteuning >= 0 && clienten.AanvullendeOndersteuning >= 0, Regelnamen.HerverdelingToontClientaantallen, "De aantallen cliënten per pijler kunnen niet negatief zijn.");
        Clienten = clienten;
        Toelichting = Regel.VerplichteTekst(toelichting, Regelnamen.HerverdelingIsGemotiveerd, "Licht het verzoek tot herverdeling toe.");
        AangevraagdOp = datum;
        Status = HerverdelingStatus.Aangevraagd;
    }

    public Guid Id { get; private set; }

    public Perceel Van { get; private set; }

    public Perceel Naar { get; private set; }

    public decimal Bedrag { get; private set; }

    /// <summary>The hoofdaanbieder of the basisondersteuning that co-signs the request.</summary>
    public Guid PartijBasisondersteuningId { get; private set; }

    /// <summary>The hoofdaanbieder of the aanvullende perceel that co-signs the request.</summary>
    public Guid PartijAanvullendId { get; private set; }

    public Clientaantallen Clienten { get; private set; }

    public string Toelichting { get; private set; }

    public DateOnly AangevraagdOp { get; private set; }

    public HerverdelingStatus Status { get; private set; }

    public Guid? BesluitDoorId { get; private set; }

    public DateOnly? BesluitOp { get; private set; }

    public string? Motivering { get; private set; }

    /// <summary>The request awaits the gemeente's decision (<see cref="Begrotingsjaar"/> decides it once).</summary>
    public bool WachtOpBesluit => Status == HerverdelingStatus.Aangevraagd;

    internal void Besluit(bool toekennen, Guid door, string motivering, DateOnly datum)
    {
        Status = toekennen ? HerverdelingStatus.Toegekend : HerverdelingStatus.Afgewezen;
        BesluitDoorId = door;
        Motivering = motivering;
        BesluitOp = datum;
    }
}
