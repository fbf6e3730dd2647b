using Wmo.Domain.Besluiten;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;

namespace Wmo.Web.Models.Besluiten;

/// <summary>The addressee block of a letter.</summary>
public sealed record Geadresseerde(string Naam, string Straat, string PostcodeEnPlaats)
{
    public static Geadresseerde Van(Inwoner inwoner)
    {
        var adres = inwoner.BrpAdres;
        return new Geadresseerde(inwoner.VolledigeNaam, $"{adres.Straat} {adres.Huisnummer}{adres.Toevoeging}", $"{adres.Postcode}  {adres.Woonplaats}");
    }
}

/// <summary>Common data of every letter; <see cref="PdfUrl"/> is null in the PDF itself.</summary>
public abstract record Brief(string Onderwerp, DateOnly Datum, string Kenmerk, Geadresseerde Aan, string PdfUrl, string TerugUrl);

public sealed record Verwijsbrief(
    string Onderwerp, DateOnly Datum, string Kenmerk, Geadresseerde Aan, string PdfUrl, string TerugUrl,
    string Aanbieder, string Voorziening, string Perceel, string Gevraagd, string? VraagAchterDeVraag, string Verwijzer)
    : Brief(Onderwerp, Datum, Kenmerk, Aan, PdfUrl, TerugUrl);

public sealed record Adviesbrief(
    string Onderwerp, DateOnly Datum, string Kenmerk, Geadresseerde Aan, string PdfUrl, string TerugUrl,
    ZwaarwegendAdvies Advies, string Voorziening, string Auteur)
    : Brief(Onderwerp, Datum, Kenmerk, Aan, PdfUrl, TerugUrl);

/// <param name="BezwaarUiterlijk">The last day for bezwaar: from the recorded verzending, or in a preview as if sent on <paramref name="Datum"/>.</param>
/// <param name="IsVoorbeeld">The toetser's preview before the verzending is recorded (issue 12): not yet the letter that went out.</param>
public sealed record Beschikkingsbrief(
    string Onderwerp, DateOnly Datum, string Kenmerk, Geadresseerde Aan, string PdfUrl, string TerugUrl,
    Beschikking Beschikking, string Product, string Beslisser, DateOnly BezwaarUiterlijk, bool IsVoorbeeld = false, string? Aanbieder = null)
    : Brief(Onderwerp, Datum, Kenmerk, Aan, PdfUrl, TerugUrl);

/// <summary>The readable version of the AVG art. 15 export: everything stored, and who accessed it.</summary>
public sealed record Inzagebrief(
    string Onderwerp, DateOnly Datum, string Kenmerk, Geadresseerde Aan, string PdfUrl, string TerugUrl,
    Wmo.Infrastructure.Avg.InzageDossier Dossier, IReadOnlyList<Wmo.Infrastructure.Audit.AuditRegel> Toegang, Wmo.Domain.Gemeentebeleid.WmoBeleid Beleid)
    : Brief(Onderwerp, Datum, Kenmerk, Aan, PdfUrl, TerugUrl);
