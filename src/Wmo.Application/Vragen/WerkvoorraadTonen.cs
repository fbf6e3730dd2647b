using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Wmo.Application.Toewijzingen;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Infrastructure.Persistence;
using static Wmo.Infrastructure.Persistence.Rijen;

namespace Wmo.Application.Vragen;

/// <summary>Everything the werkvoorraad shows for one view: a page of new contacts, a page of open vragen with their terms, the adviezen sent back and the verzoeken om toewijzing.</summary>
public sealed record Werkvoorraad(IReadOnlyList<NieuwContact> Contacten, int AantalContacten, OpenVragen Open, IReadOnlyList<TeruggestuurdAdvies> Teruggestuurd,
    IReadOnlyList<VerzoekRegel> Verzoeken);

/// <summary>
/// The sociaal werker's werkvoorraad as one read (DOMAIN.md §6). What it reads is kept between views (<see cref="WerkvoorraadGeheugen"/>)
/// together with the <see cref="Werkvoorraadstand"/>en of its keys (the behandelaar, their buurtkamers, <see cref="Werkvoorraadstand.Algemeen"/>),
/// and shown again only while those stands are unchanged: every save that changes what this werkvoorraad shows raises one of them
/// in its own transaction. A view then costs one small query instead of seven (issue 15, docs/performance.md, eenendertigste
/// ronde). Only stored facts are kept: the terms are computed for today by the domain on every view, so a new day, a changed
/// feestdag or a changed policy shows at once; today's date and the term lengths are part of what the read is kept under.
/// </summary>
[UseCase]
public sealed class WerkvoorraadTonen(WmoDbContext db, WerkvoorraadLezen lezen, VerzoekenOmToewijzing verzoeken, WerkvoorraadGeheugen geheugen, WmoBeleid beleid)
{
    private static readonly PerModel<Func<WmoDbContext, List<Guid>, IAsyncEnumerable<Werkvoorraadstand>>> StandenVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, List<Guid> sleutels) => db.Werkvoorraadstanden.AsNoTracking().Where(s => sleutels.Contains(s.Sleutel))));

    /// <summary>The werkvoorraad of this behandelaar with these buurtkamers: the page and filter of the open vragen, and the page of the new contacts.</summary>
    public async Task<Werkvoorraad> LeesAsync(Guid behandelaarId, IReadOnlyCollection<Guid> buurtkamerIds, WerkvoorraadSelectie selectie, int contactPagina, DateOnly vandaag,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selectie);
        List<Guid> kamers = [.. buurtkamerIds.Order()];
        var sleutel = new WerkvoorraadSleutel(behandelaarId, string.Join(',', kamers), selectie, contactPagina, vandaag,
            beleid.Termijnen.Lengte(TermijnSoort.Onderzoek), beleid.Termijnen.Lengte(TermijnSoort.Beschikking));

        // The stands first, then the rows: a change committed in between is in the rows and raises a stand, so the next view reads again.
        long[]? standen = null;
        if (geheugen.Aan)
        {
            standen = await StandenAsync([behandelaarId, .. kamers, Werkvoorraadstand.Algemeen], cancellationToken);
            if (geheugen.Vind(sleutel, standen) is { } bewaard)
            {
                return Toon(bewaard, vandaag);
            }
        }

        var (contacten, aantalContacten) = await lezen.NieuweContactenAsync(kamers, contactPagina, selectie.Grootte, cancellationToken);
        var open = await lezen.OpenFeitenAsync(behandelaarId, selectie, vandaag, cancellationToken);
        var teruggestuurd = await lezen.TeruggestuurdAsync(behandelaarId, cancellationToken);
        var openVerzoeken = await verzoeken.OpenVoorAsync(behandelaarId, kamers, cancellationToken);
        var gelezen = new BewaardeWerkvoorraad(standen ?? [], contacten, aantalContacten, open, teruggestuurd, openVerzoeken);
        if (standen is not null)
        {
            geheugen.Bewaar(sleutel, gelezen);
        }

        return Toon(gelezen, vandaag);
    }

    private async Task<long[]> StandenAsync(List<Guid> sleutels, CancellationToken cancellationToken)
    {
        var gelezen = (await LijstAsync(StandenVan.Voor(db)(db, sleutels), cancellationToken)).ToDictionary(s => s.Sleutel, s => s.Stand);
        return [.. sleutels.Select(s => gelezen.GetValueOrDefault(s))];
    }

    private Werkvoorraad Toon(BewaardeWerkvoorraad bewaard, DateOnly vandaag) =>
        new(bewaard.Contacten, bewaard.AantalContacten, lezen.MetTermijnen(bewaard.Open, vandaag), bewaard.Teruggestuurd, bewaard.Verzoeken);
}

/// <summary>What a kept werkvoorraad was read for: the user, their buurtkamers, the selection, the contact page, the day and the term lengths.</summary>
internal sealed record WerkvoorraadSleutel(Guid Behandelaar, string Buurtkamers, WerkvoorraadSelectie Selectie, int ContactPagina, DateOnly Vandaag, int Onderzoek, int Beschikking);

/// <summary>A werkvoorraad as read (stored facts, no computed terms), with the stands of its keys at the time.</summary>
internal sealed record BewaardeWerkvoorraad(long[] Standen, List<NieuwContact> Contacten, int AantalContacten, OpenFeiten Open, List<TeruggestuurdAdvies> Teruggestuurd,
    IReadOnlyList<VerzoekRegel> Verzoeken);

/// <summary>
/// The werkvoorraden kept between views, in this process only (each instance keeps its own; the stands in the database keep
/// them right across instances). Bounded: at most <c>Werkvoorraad:BewaarAantal</c> reads (default 2,000), each dropped after
/// ten minutes without a view. <c>Werkvoorraad:Bewaren=false</c> reads every view from the database (for measuring).
/// Not a <see cref="BewaardeBerekening{TSleutel, TWaarde}"/>: that shows gemeente-wide figures up to minutes old, while a
/// werkvoorraad is shown again only while nothing it shows has changed.
/// </summary>
public sealed class WerkvoorraadGeheugen : IDisposable
{
    private readonly MemoryCache _cache;

    public WerkvoorraadGeheugen(IConfiguration? configuratie = null)
    {
        Aan = !string.Equals(configuratie?["Werkvoorraad:Bewaren"], "false", StringComparison.OrdinalIgnoreCase);
        var aantal = int.TryParse(configuratie?["Werkvoorraad:BewaarAantal"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2_000;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = aantal });
    }

    /// <summary>Whether werkvoorraden are kept at all.</summary>
    public bool Aan { get; }

    internal BewaardeWerkvoorraad? Vind(WerkvoorraadSleutel sleutel, long[] standen) =>
        _cache.TryGetValue(sleutel, out BewaardeWerkvoorraad? bewaard) && bewaard!.Standen.AsSpan().SequenceEqual(standen) ? bewaard : null;

    internal void Bewaar(WerkvoorraadSleutel sleutel, BewaardeWerkvoorraad werkvoorraad) =>
        _cache.Set(sleutel, werkvoorraad, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });

    public void Dispose() => _cache.Dispose();
}
