using Wmo.Domain.Catalogus;
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
    private readonly List<Perceel> _percelen = [];

    private Organisatie()
    {
        Naam = string.Empty;
    }

    public Organisatie(string naam, OrganisatieSoort soort, string? agbCode = null)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            throw new DomainException(Regelnamen.OrganisatieHeeftNaam, "Een organisatie heeft een naam.");
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

    /// <summary>The percelen an aanbieder is contracted for (002 §5.1); a verwijzing goes only to a provider of the right perceel.</summary>
    public IReadOnlyList<Perceel> Percelen => _percelen;

    public bool IsActief { get; private set; } = true;

    public bool LevertIn(Perceel perceel) => IsActief && _percelen.Contains(perceel);

    /// <summary>
    /// 002 §5.1: a toewijzing, and the aanbieder an advies names, go to an active aanbieder contracted for the voorziening's
    /// perceel.
    /// </summary>
    public static void AanbiederLevertInPerceel(Organisatie aanbieder, Voorziening voorziening)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);
        ArgumentNullException.ThrowIfNull(voorziening);
        Regel.Eis(aanbieder.Soort == OrganisatieSoort.Aanbieder && (voorziening.Perceel is { } perceel ? aanbieder.LevertIn(perceel) : aanbieder.IsActief),
            Regelnamen.AanbiederLevertInPerceel, $"{aanbieder.Naam} is niet gecontracteerd voor '{voorziening.Naam}'.");
    }

    public void ZetPercelen(IEnumerable<Perceel> percelen)
    {
        // 002 §5.1: only aanbieders hold contracts for a perceel.
        var lijst = percelen.Distinct().ToList();
        Regel.Eis(Soort is OrganisatieSoort.Aanbieder or OrganisatieSoort.Basisondersteuning || lijst.Count == 0, Regelnamen.AlleenAanbiederHeeftPercelen,
            "Alleen een aanbieder of de basisondersteuning is gecontracteerd voor een perceel.");
        _percelen.Clear();
        _percelen.AddRange(lijst);
    }

    public void WijzigAgbCode(string? agbCode)
    {
        // iWmo: the AGB code is 8 digits.
        Regel.Eis(string.IsNullOrWhiteSpace(agbCode) || (agbCode.Trim().Length == 8 && agbCode.Trim().All(char.IsAsciiDigit)), Regelnamen.AgbCodeAchtCijfers, "Een AGB-code bestaat uit 8 cijfers.");
        AgbCode = string.IsNullOrWhiteSpace(agbCode) ? null : agbCode.Trim();
    }

    public void Deactiveer() => IsActief = false;

    public void Activeer() => IsActief = true;

    public void WijzigNaam(string naam)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            throw new DomainException(Regelnamen.OrganisatieHeeftNaam, "Een organisatie heeft een naam.");
        }

        Naam = naam.Trim();
    }
}
