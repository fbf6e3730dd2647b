using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;

namespace Wmo.Domain.Lumpsum;

public enum HerverdelingStatus
{
    Aangevraagd = 1,
    Toegekend = 2,
    Afgewezen = 3,
}

/// <summary>Client counts per pillar, in absolute numbers and as a percentage split (002 §8.4).</summary>
public sealed record Clientaantallen(int Basisondersteuning, int AanvullendeOndersteuning)
{
    public int Totaal => Basisondersteuning + AanvullendeOndersteuning;

    public decimal PercentageBasis => Totaal == 0 ? 0 : Math.Round(100m * Basisondersteuning / Totaal, 1, MidpointRounding.AwayFromZero);

    public decimal PercentageAanvullend => Totaal == 0 ? 0 : 100m - PercentageBasis;
}

/// <summary>A request to shift budget between percelen; agreed by both parties, decided by the gemeente (002 §8.4).</summary>
public sealed class Herverdeling
{
    private Herverdeling()
    {
        Clienten = null!;
        Toelichting = string.Empty;
    }

    internal Herverdeling(Perceel van, Perceel naar, decimal bedrag, Clientaantallen clienten, string toelichting)
    {
        Id = Guid.CreateVersion7();
        Van = van;
        Naar = naar;
        Bedrag = bedrag;
        Regel.Eis(clienten.Basisondersteuning >= 0 && clienten.AanvullendeOndersteuning >= 0, "HerverdelingToontClientaantallen", "Vul de aantallen cliënten per pijler in.");
        Clienten = clienten;
        Toelichting = Regel.VerplichteTekst(toelichting, "HerverdelingIsGemotiveerd", "Licht het verzoek tot herverdeling toe.");
        Status = HerverdelingStatus.Aangevraagd;
    }

    public Guid Id { get; private set; }

    public Perceel Van { get; private set; }

    public Perceel Naar { get; private set; }

    public decimal Bedrag { get; private set; }

    public Clientaantallen Clienten { get; private set; }

    public string Toelichting { get; private set; }

    public HerverdelingStatus Status { get; private set; }

    public Guid? BesluitDoorId { get; private set; }

    public DateOnly? BesluitOp { get; private set; }

    internal void Besluit(bool toekennen, Guid door, DateOnly datum)
    {
        Status = toekennen ? HerverdelingStatus.Toegekend : HerverdelingStatus.Afgewezen;
        BesluitDoorId = door;
        BesluitOp = datum;
    }
}
