using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

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
    public void Verzegel() => Hash = AuditHasher.VanDezeThread.Bereken(this);

    /// <summary>
    /// The canonical text that is hashed: every field, in a fixed order and format. <see cref="Betrokkenen"/> came later and
    /// is appended only when present, so the entries written before it keep their hash.
    /// </summary>
    public string Canoniek() => Encoding.UTF8.GetString(AuditHasher.VanDezeThread.Canoniek(this));

    /// <summary>The ids in <see cref="Betrokkenen"/>; empty when there are none.</summary>
    public IReadOnlyList<Guid> BetrokkenInwoners() =>
        Betrokkenen is null ? [] : [.. Betrokkenen.Split(',').Select(id => Guid.Parse(id, CultureInfo.InvariantCulture))];

    /// <summary>The text form of <see cref="Betrokkenen"/> for <paramref name="inwoners"/>; null when there are none.</summary>
    public static string? AlsBetrokkenen(IReadOnlyCollection<Guid>? inwoners) =>
        inwoners is null || inwoners.Count == 0 ? null : string.Join(',', inwoners.Select(i => i.ToString("D", CultureInfo.InvariantCulture)));

    /// <summary>
    /// Writes <see cref="Canoniek"/> as UTF-8 into <paramref name="doel"/>, formatting in place: the one definition of the
    /// canonical text. The fields are separated by U+001F; a null field is empty; ids in lower-case "D" form, the moment as
    /// UTC in round-trip form ("O"), <see cref="Geslaagd"/> as 1 or 0. False when <paramref name="doel"/> is too small.
    /// </summary>
    internal bool SchrijfCanoniek(Span<byte> doel, out int lengte) =>
        Utf8.TryWrite(doel, CultureInfo.InvariantCulture,
            $"{Volgnummer}{Scheiding}{Moment.UtcDateTime:O}{Scheiding}{GebruikerId}{Scheiding}{GebruikerNaam}{Scheiding}{Rol}{Scheiding}{OrganisatieId}{Scheiding}{Actie}{Scheiding}{InwonerId}{Scheiding}{HuishoudenId}{Scheiding}{Onderwerp}{Scheiding}{OnderwerpId}{Scheiding}{Details}{Scheiding}{(Geslaagd ? '1' : '0')}{Scheiding}{VorigeHash}{(Betrokkenen is null ? string.Empty : Scheiding)}{Betrokkenen}",
            out lengte);

    private const string Scheiding = "\u001f";
}

/// <summary>
/// Computes entries' hashes with one buffer that is reused: the chain check hashes millions of entries without allocating
/// per entry (issue 15, docs/performance.md, twenty-ninth round part C). Not thread-safe: one per thread or loop.
/// </summary>
public sealed class AuditHasher
{
    private const int HashLengte = 32;

    [ThreadStatic]
    private static AuditHasher? vanDezeThread;

    private byte[] buffer = new byte[1024];

    /// <summary>One per thread, for sealing entries as they are written (<see cref="AuditRegel.Verzegel"/>).</summary>
    internal static AuditHasher VanDezeThread => vanDezeThread ??= new AuditHasher();

    /// <summary>The canonical text of <paramref name="regel"/> as UTF-8; valid until the next call.</summary>
    public ReadOnlySpan<byte> Canoniek(AuditRegel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        int lengte;
        while (!regel.SchrijfCanoniek(buffer, out lengte))
        {
            buffer = new byte[buffer.Length * 2];
        }

        return buffer.AsSpan(0, lengte);
    }

    /// <summary>The SHA-256 of the canonical text, as 64 lower-case hex digits: what <see cref="AuditRegel.Verzegel"/> stores.</summary>
    public string Bereken(AuditRegel regel)
    {
        Span<byte> hash = stackalloc byte[HashLengte];
        SHA256.HashData(Canoniek(regel), hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether the stored <see cref="AuditRegel.Hash"/> is exactly <see cref="Bereken"/>, without building that string.</summary>
    public bool Klopt(AuditRegel regel)
    {
        Span<byte> hash = stackalloc byte[HashLengte];
        SHA256.HashData(Canoniek(regel), hash);
        Span<char> hex = stackalloc char[HashLengte * 2];
        Convert.TryToHexStringLower(hash, hex, out _);
        return regel.Hash.AsSpan().SequenceEqual(hex);
    }
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
