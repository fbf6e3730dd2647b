using System.Linq.Expressions;

namespace Wmo.Application.Weergave;

/// <summary>
/// How a long list is sorted, as asked in the querystring (<c>?sorteer=naam&amp;richting=af</c>) and as applied: a column the
/// list does not know gives the list's own order, never an error. <see cref="Kolom"/> is null when that own order has no
/// single column.
/// </summary>
public sealed record Sortering(string? Kolom, bool Aflopend)
{
    public const string Oplopend = "op";

    public const string AflopendWaarde = "af";

    public static Sortering Geen { get; } = new(null, false);

    /// <summary>The querystring's wish; what is unknown is ignored later by <see cref="Sorteren.SorteerOp{T}"/>.</summary>
    public static Sortering Lees(string? sorteer, string? richting) =>
        new(string.IsNullOrWhiteSpace(sorteer) || sorteer.Length > 40 ? null : sorteer.Trim().ToLowerInvariant(),
            string.Equals(richting?.Trim(), AflopendWaarde, StringComparison.OrdinalIgnoreCase));

    public string Richting => Aflopend ? AflopendWaarde : Oplopend;

    public bool Is(string kolom) => string.Equals(Kolom, kolom, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Sorting a list in the database (before the page is cut): name the columns a user may sort on, then the list's own order.
/// <code>
/// var (gesorteerd, sortering) = query.SorteerOp(Sortering.Lees(sorteer, richting))
///     .Kolom("naam", r => r.Naam)
///     .Kolom("datum", r => r.Datum)
///     .Anders(q => q.OrderBy(r => r.Datum), r => r.Id);
/// </code>
/// </summary>
public static class Sorteren
{
    public static Sorteerder<T> SorteerOp<T>(this IQueryable<T> query, Sortering gevraagd) => new(query, gevraagd);
}

public sealed class Sorteerder<T>
{
    private readonly IQueryable<T> _query;
    private readonly Sortering _gevraagd;
    private IOrderedQueryable<T>? _gekozen;

    internal Sorteerder(IQueryable<T> query, Sortering gevraagd)
    {
        _query = query;
        _gevraagd = gevraagd;
    }

    /// <summary>A column the user may sort on, by the key the database sorts on.</summary>
    public Sorteerder<T> Kolom<TSleutel>(string naam, Expression<Func<T, TSleutel>> sleutel)
    {
        if (_gekozen is null && _gevraagd.Is(naam))
        {
            _gekozen = _gevraagd.Aflopend ? _query.OrderByDescending(sleutel) : _query.OrderBy(sleutel);
        }

        return this;
    }

    /// <summary>
    /// The chosen column, with <paramref name="uniek"/> after it so the pages never overlap; without a known column, the
    /// list's own order (<paramref name="standaard"/>, which is <paramref name="standaardKolom"/> when that order is one column).
    /// </summary>
    public (IQueryable<T> Query, Sortering Toegepast) Anders<TUniek>(Func<IQueryable<T>, IOrderedQueryable<T>> standaard, Expression<Func<T, TUniek>> uniek, Sortering? standaardKolom = null)
    {
        ArgumentNullException.ThrowIfNull(standaard);
        return _gekozen is null
            ? (standaard(_query), standaardKolom ?? Sortering.Geen)
            : (_gevraagd.Aflopend ? _gekozen.ThenByDescending(uniek) : _gekozen.ThenBy(uniek), _gevraagd);
    }
}
