using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Besluiten;

/// <summary>One page of the issued beschikkingen, how many match (counted up to <see cref="BeschikkingenLezer.Telgrens"/>), and the sort applied.</summary>
public sealed record BeschikkingenPagina(IReadOnlyList<BeschikkingRegel> Regels, int Aantal, bool MeerDanTelgrens, Sortering Sortering);

/// <summary>
/// The toetser's list of issued beschikkingen, newest first, found by number, surname or the day of sending. Issue 15: its
/// cost follows the page, not the gemeente (175,000 beschikkingen on amsterdam; docs/performance.md, twenty-ninth round):
/// every order walks an index and stops after the page (<c>Verzenddatum, Nummer</c>; <c>Soort, Nummer</c>; <c>Nummer</c>),
/// a number is a range in the number's index and a name one in the inwoners' surname index, the count stops at
/// <see cref="Telgrens"/>, and the inwoner's name is read for the rows shown only.
/// </summary>
public static partial class BeschikkingenLezer
{
    /// <summary>Counted up to here; beyond it the page says "meer dan" and the user narrows the search.</summary>
    public const int Telgrens = 1000;

    /// <summary>The reeks the numbers are made in (<c>WMO-2026-000123</c>), and the first year a Wmo 2015 beschikking can have.</summary>
    private const string Reeks = Application.Besluiten.AdviesToetsen.Nummerreeks;

    private const int EersteJaar = 2015;

    public static async Task<BeschikkingenPagina> LeesAsync(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, ClaimsPrincipal gebruiker,
        string? zoek, DateOnly? datum, int overslaan, int aantal, Sortering gevraagd, DateOnly vandaag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(toegang);
        ArgumentNullException.ThrowIfNull(beleid);
        var beschikkingen = toegang.ZichtbareBeschikkingen(gebruiker).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            beschikkingen = Zoek(db, beschikkingen, zoek.Trim(), vandaag.Year);
        }

        if (datum is { } dag)
        {
            beschikkingen = beschikkingen.Where(b => b.Verzenddatum == dag);
        }

        var geteld = await beschikkingen.Take(Telgrens + 1).CountAsync(cancellationToken);
        // The number is unique, so it breaks every tie and shares each order's index. No sort on the inwoner's name: that
        // sorts every beschikking of the gemeente per page; searching by name narrows the list instead.
        var (gesorteerd, sortering) = beschikkingen.SorteerOp(gevraagd)
            .Kolom("nummer", b => b.Nummer)
            .Kolom("besluit", b => b.Soort)
            .Kolom("verzonden", b => b.Verzenddatum)
            .Anders(q => q.OrderByDescending(b => b.Verzenddatum).ThenByDescending(b => b.Nummer), b => b.Nummer, new Sortering("verzonden", Aflopend: true));
        var rijen = await gesorteerd.Skip(overslaan).Take(aantal)
            .Select(b => new
            {
                b.Id,
                b.Nummer,
                b.Soort,
                b.VoorzieningCode,
                b.Verzenddatum,
                Naam = db.Inwoners.Where(i => i.Id == b.InwonerId).Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new BeschikkingenPagina(
            [.. rijen.Select(r => new BeschikkingRegel(r.Id, r.Nummer, r.Naam ?? "–", beleid.VoorzieningNaam(r.VoorzieningCode), r.Soort, r.Verzenddatum))],
            Math.Min(geteld, Telgrens), geteld > Telgrens, sortering);
    }

    /// <summary>
    /// A term with a digit, or one that starts with the reeks, is a beschikkingsnummer, whole or its beginning
    /// (<c>WMO-2026-000123</c>, <c>2026-000123</c>, <c>2026-</c>, <c>WMO-</c>), or a volgnummer in any year (<c>123</c>); any
    /// other term is the beginning of the surname, as in
    /// searching for an inwoner (<see cref="Zoeknaam"/>: without tussenvoegsel, capitals or diacritics).
    /// </summary>
    private static IQueryable<Beschikking> Zoek(WmoDbContext db, IQueryable<Beschikking> beschikkingen, string term, int ditJaar)
    {
        var nummer = term.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (!term.Any(char.IsAsciiDigit) && !nummer.StartsWith(Reeks, StringComparison.Ordinal))
        {
            var inwoners = InwonerZoeker.OpNaam(db.Inwoners, Zoeknaam.Van(term)).Select(i => i.Id);
            return beschikkingen.Where(b => inwoners.Contains(b.InwonerId));
        }

        if (Volgnummer().Match(nummer) is { Success: true } alleen && !(alleen.Length == 4 && IsJaar(int.Parse(alleen.Value, CultureInfo.InvariantCulture), ditJaar)))
        {
            // A volgnummer without its year: that number in every year there can be one.
            var volgnummer = int.Parse(alleen.Value, CultureInfo.InvariantCulture);
            List<string> nummers = [.. Enumerable.Range(EersteJaar, ditJaar + 2 - EersteJaar).Select(jaar => Nummer(jaar, volgnummer))];
            return beschikkingen.Where(b => nummers.Contains(b.Nummer));
        }

        var begin = nummer.StartsWith(Reeks, StringComparison.Ordinal) ? nummer : $"{Reeks}-{nummer}";
        if (MetJaar().Match(begin) is { Success: true } delen && delen.Groups[2].Value.Length is > 0 and < 6)
        {
            // "2026-123" is number 123 of 2026, written without its leading zeros.
            var precies = Nummer(int.Parse(delen.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(delen.Groups[2].Value, CultureInfo.InvariantCulture));
            return beschikkingen.Where(b => b.Nummer == precies);
        }

        beschikkingen = beschikkingen.Where(b => string.Compare(b.Nummer, begin) >= 0 && b.Nummer.StartsWith(begin));
        return Zoeknaam.BovengrensVan(begin) is { } tot ? beschikkingen.Where(b => string.Compare(b.Nummer, tot) < 0) : beschikkingen;
    }

    private static bool IsJaar(int getal, int ditJaar) => getal >= EersteJaar && getal <= ditJaar + 1;

    private static string Nummer(int jaar, int volgnummer) => $"{Reeks}-{jaar}-{volgnummer.ToString("D6", CultureInfo.InvariantCulture)}";

    [GeneratedRegex("^[0-9]{1,9}$")]
    private static partial Regex Volgnummer();

    [GeneratedRegex("^" + Reeks + "-([0-9]{4})-([0-9]*)$")]
    private static partial Regex MetJaar();
}
