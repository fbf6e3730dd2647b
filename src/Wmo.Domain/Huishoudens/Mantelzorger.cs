using Wmo.Domain.Common;

namespace Wmo.Domain.Huishoudens;

/// <summary>How much the mantelzorger can carry (DOMAIN.md §2; 004 L425).</summary>
public enum Belastbaarheid
{
    Goed = 1,
    RisicoOpOverbelasting = 2,
    Overbelast = 3,
}

/// <summary>Someone caring for a household member; always invited to the gesprek (004 L425).</summary>
public sealed class Mantelzorger
{
    private Mantelzorger()
    {
        Naam = string.Empty;
        Relatie = string.Empty;
    }

    internal Mantelzorger(string naam, string relatie, decimal urenPerWeek, Belastbaarheid belastbaarheid)
    {
        Id = Guid.CreateVersion7();
        Naam = Regel.VerplichteTekst(naam, Regelnamen.MantelzorgerHeeftNaam, "Vul de naam van de mantelzorger in.");
        Relatie = relatie?.Trim() ?? string.Empty;
        Wijzig(urenPerWeek, belastbaarheid);
    }

    public Guid Id { get; private set; }

    public string Naam { get; private set; }

    /// <summary>Free text: "dochter", "buurman" — mantelzorgers are often outside the household.</summary>
    public string Relatie { get; private set; }

    public decimal UrenPerWeek { get; private set; }

    public Belastbaarheid Belastbaarheid { get; private set; }

    public bool HeeftOverbelastingsrisico => Belastbaarheid != Belastbaarheid.Goed;

    internal void Wijzig(decimal urenPerWeek, Belastbaarheid belastbaarheid)
    {
        Regel.Eis(urenPerWeek is >= 0 and <= 168, Regelnamen.MantelzorgUrenBinnenWeek, "Het aantal uren mantelzorg per week ligt tussen 0 en 168.");
        UrenPerWeek = urenPerWeek;
        Belastbaarheid = belastbaarheid;
    }
}
