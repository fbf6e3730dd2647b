using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Wmo.Infrastructure.Audit;

/// <summary>What was done with personal data (NEN 7513 in spirit: who, whom, what, when, outcome).</summary>
public enum AuditActie
{
    Inzien = 1,
    Aanmaken = 2,
    Wijzigen = 3,
    Verwijderen = 4,
    Afdrukken = 5,
    Exporteren = 6,
    Zoeken = 7,
    InzageBuitenCaseload = 8,
    Geweigerd = 9,
    Opschonen = 10,
}

/// <summary>
/// One append-only entry of the audit trail. Entries form a hash chain: <see cref="Hash"/> covers the entry's own
/// fields and <see cref="VorigeHash"/>, so changing or removing any entry breaks every hash after it
/// (<see cref="AuditKeten.Controleer"/>). The application has no code path that updates or deletes entries.
/// </summary>
public sealed class AuditRegel
{
    public long Volgnummer { get; init; }

    public DateTimeOffset Moment { get; init; }

    public Guid? GebruikerId { get; init; }

    public string GebruikerNaam { get; init; } = string.Empty;

    public string Rol { get; init; } = string.Empty;

    public Guid? OrganisatieId { get; init; }

    public AuditActie Actie { get; init; }

    /// <summary>The inwoner concerned, when known; the privacy officer's overview per inwoner filters on this.</summary>
    public Guid? InwonerId { get; init; }

    public Guid? HuishoudenId { get; init; }

    /// <summary>Kind of record ("Ondersteuningsvraag", "Beschikking", "Zoekopdracht").</summary>
    public string Onderwerp { get; init; } = string.Empty;

    public string? OnderwerpId { get; init; }

    /// <summary>For changes: JSON of field → [old, new]. For other actions: a short description or the reason.</summary>
    public string? Details { get; init; }

    public bool Geslaagd { get; init; } = true;

    /// <summary>
    /// The inwoners one entry concerns besides <see cref="InwonerId"/>: the people a page of search results showed, in the
    /// order shown, as comma-separated ids (null for all other entries). Covered by the hash; <see cref="AuditBetrokkene"/>
    /// indexes it per inwoner for the overview "who looked at me" (issue 15, docs/privacy-en-beveiliging.md).
    /// </summary>
    public string? Betrokkenen { get; init; }

    public string VorigeHash { get; init; } = string.Empty;

    public string Hash { get; private set; } = string.Empty;

    /// <summary>Seals the entry: its hash covers every field and the previous entry's hash.</summary>
    public void Verzegel() => Hash = BerekenHash(Canoniek());

    /// <summary>
    /// The canonical text that is hashed: every field, in a fixed order and format. <see cref="Betrokkenen"/> came later and
    /// is appended only when present, so the entries written before it keep their hash.
    /// </summary>
    public string Canoniek() => Betrokkenen is null ? Basis() : Basis() + '\u001f' + Betrokkenen;

    /// <summary>The ids in <see cref="Betrokkenen"/>; empty when there are none.</summary>
    public IReadOnlyList<Guid> BetrokkenInwoners() =>
        Betrokkenen is null ? [] : [.. Betrokkenen.Split(',').Select(id => Guid.Parse(id, CultureInfo.InvariantCulture))];

    /// <summary>The text form of <see cref="Betrokkenen"/> for <paramref name="inwoners"/>; null when there are none.</summary>
    public static string? AlsBetrokkenen(IReadOnlyCollection<Guid>? inwoners) =>
        inwoners is null || inwoners.Count == 0 ? null : string.Join(',', inwoners.Select(i => i.ToString("D", CultureInfo.InvariantCulture)));

    private string Basis() => string.Join('\u001f',
        Volgnummer.ToString(CultureInfo.InvariantCulture),
        Moment.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        GebruikerId?.ToString() ?? string.Empty,
        GebruikerNaam,
        Rol,
        OrganisatieId?.ToString() ?? string.Empty,
        Actie.ToString(),
        InwonerId?.ToString() ?? string.Empty,
        HuishoudenId?.ToString() ?? string.Empty,
        Onderwerp,
        OnderwerpId ?? string.Empty,
        Details ?? string.Empty,
        Geslaagd ? "1" : "0",
        VorigeHash);

    public static string BerekenHash(string canoniek) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canoniek)));
}

/// <summary>
/// One inwoner of an entry's <see cref="AuditRegel.Betrokkenen"/>, keyed by inwoner: lets the overview per inwoner find a
/// page of search results that showed them with one index entry per person, instead of a full audit row per person (issue
/// 15). Written in the same transaction as the entry; derived from the sealed entry, and checked against it by
/// <see cref="AuditKeten"/>.
/// </summary>
public sealed class AuditBetrokkene
{
    public Guid InwonerId { get; init; }

    public long Volgnummer { get; init; }
}
