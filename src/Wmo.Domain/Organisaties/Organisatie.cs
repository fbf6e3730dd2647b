using Wmo.Domain.Common;

namespace Wmo.Domain.Organisaties;

/// <summary>What kind of organisation a user works for (issue 2; DOMAIN.md §1).</summary>
public enum OrganisatieSoort
{
    Gemeente = 1,
    Basisondersteuning = 2,
    Vrijwilligersorganisatie = 3,
    Aanbieder = 4,
}

public sealed class Organisatie
{
    private Organisatie()
    {
        Naam = string.Empty;
    }

    public Organisatie(string naam, OrganisatieSoort soort, string? agbCode = null)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            throw new DomainException("OrganisatieHeeftNaam", "Een organisatie heeft een naam.");
        }

        Id = Guid.CreateVersion7();
        Naam = naam.Trim();
        Soort = soort;
        AgbCode = string.IsNullOrWhiteSpace(agbCode) ? null : agbCode.Trim();
    }

    public Guid Id { get; private set; }

    public string Naam { get; private set; }

    public OrganisatieSoort Soort { get; private set; }

    /// <summary>AGB code of an aanbieder, needed in the iWmo berichtenverkeer (002 §4.8).</summary>
    public string? AgbCode { get; private set; }

    public void WijzigNaam(string naam)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            throw new DomainException("OrganisatieHeeftNaam", "Een organisatie heeft een naam.");
        }

        Naam = naam.Trim();
    }
}
