using Wmo.Domain.Common;

namespace Wmo.Domain.Organisaties;

/// <summary>A wijk (in the city) or dorp (in the villages) of the gemeente.</summary>
public sealed class Wijk
{
    private Wijk()
    {
        Naam = string.Empty;
    }

    public Wijk(string naam, bool isDorp)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            throw new DomainException(Regelnamen.WijkHeeftNaam, "Een wijk of dorp heeft een naam.");
        }

        Id = Guid.CreateVersion7();
        Naam = naam.Trim();
        IsDorp = isDorp;
    }

    public Guid Id { get; private set; }

    public string Naam { get; private set; }

    public bool IsDorp { get; private set; }
}

/// <summary>
/// A buurt- or dorpskamer: the front door of the basisondersteuning (002 §3.1 "Werkwijze").
/// </summary>
public sealed class Buurtkamer
{
    private Buurtkamer()
    {
        Naam = string.Empty;
        Adres = string.Empty;
    }

    public Buurtkamer(string naam, Guid wijkId, string adres)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            throw new DomainException(Regelnamen.BuurtkamerHeeftNaam, "Een buurt- of dorpskamer heeft een naam.");
        }

        Id = Guid.CreateVersion7();
        Naam = naam.Trim();
        WijkId = wijkId;
        Adres = adres?.Trim() ?? string.Empty;
        IsActief = true;
    }

    public Guid Id { get; private set; }

    public string Naam { get; private set; }

    public Guid WijkId { get; private set; }

    public string Adres { get; private set; }

    public bool IsActief { get; private set; }

    public void Wijzig(string naam, Guid wijkId, string adres)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            throw new DomainException(Regelnamen.BuurtkamerHeeftNaam, "Een buurt- of dorpskamer heeft een naam.");
        }

        Naam = naam.Trim();
        WijkId = wijkId;
        Adres = adres?.Trim() ?? string.Empty;
    }

    public void Sluit() => IsActief = false;

    public void Heropen() => IsActief = true;
}
