using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Vragen;

/// <summary>The toetser's decision on a zwaarwegend advies, as the form or the command line states it.</summary>
public sealed record Toetsbesluit(
    ToetsBesluit Besluit,
    string? Opmerking = null,
    string? Motivering = null,
    Omvang? AndereOmvang = null,
    Periode? AnderePeriode = null,
    bool ChronischeBeperking = false);

/// <summary>
/// The one toetsing sequence (DOMAIN.md §2.5-2.6): toets the advies (vier ogen), then — unless it is sent back —
/// grant or refuse in a beschikking taken today and mark the vraag beschikt; the letter is sent later and its verzending
/// recorded then (<see cref="Beschikking.Verzend"/>, Awb 3:41 and 6:8). The portal, the seeder and the
/// scenario tests all come through here, so the order of these steps is written once.
/// </summary>
public static class Beschikken
{
    /// <returns>The issued beschikking, or <c>null</c> when the advies was sent back to its author.</returns>
    /// <param name="nummer">The next beschikkingsnummer; only drawn when a beschikking follows (see <see cref="VolgtBeschikking"/>).</param>
    public static Beschikking? Toets(
        Ondersteuningsvraag vraag, ZwaarwegendAdvies advies, Inwoner inwoner, Actor toetser, Toetsbesluit besluit, string? nummer,
        DateTimeOffset moment, DateOnly vandaag, WmoBeleid beleid)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        ArgumentNullException.ThrowIfNull(advies);
        ArgumentNullException.ThrowIfNull(inwoner);
        ArgumentNullException.ThrowIfNull(besluit);
        ArgumentNullException.ThrowIfNull(beleid);
        // Issue 9: a changed period is a plan date, within a few years of today.
        if (besluit.AnderePeriode is { } andere)
        {
            Datumbereik.PlanOfTermijnDatum(andere.Start, vandaag);
            if (andere.Einde is { } einde)
            {
                Datumbereik.PlanOfTermijnDatum(einde, vandaag);
            }
        }

        var clientondersteuner = vraag.ClientondersteunerId;
        switch (besluit.Besluit)
        {
            case ToetsBesluit.Terugsturen:
                advies.StuurTerug(toetser, clientondersteuner, besluit.Opmerking ?? string.Empty, moment);
                vraag.MarkeerAdviesTeruggestuurd();
                return null;
            case ToetsBesluit.Goedkeuren:
                advies.Keur(toetser, clientondersteuner, besluit.Opmerking, moment);
                break;
            case ToetsBesluit.Afwijken:
                advies.WijkAf(toetser, clientondersteuner, besluit.Motivering ?? string.Empty, besluit.AndereOmvang, besluit.AnderePeriode, moment);
                break;
            case ToetsBesluit.Afwijzen:
                // A refusal deviates from the advies with the same motivation that the afwijzing carries.
                advies.WijkAf(toetser, clientondersteuner, besluit.Motivering ?? string.Empty, null, null, moment);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(besluit), besluit.Besluit, "Onbekend toetsbesluit.");
        }

        ArgumentException.ThrowIfNullOrEmpty(nummer);
        vraag.MarkeerGetoetst(advies);
        var beschikking = besluit.Besluit == ToetsBesluit.Afwijzen
            ? Beschikking.WijsAf(nummer, vraag.Id, inwoner.Id, toetser, clientondersteuner, advies.VoorzieningCode, besluit.Motivering ?? string.Empty)
            : Beschikking.KenToe(nummer, advies, inwoner.Id, toetser, clientondersteuner, beleid.Catalogus, inwoner.Geboortedatum,
                besluit.ChronischeBeperking, beleid.Duur, string.IsNullOrWhiteSpace(besluit.Motivering) ? advies.Motivering : besluit.Motivering);
        // Not sent yet: the bezwaartermijn runs from the day the letter is actually sent (Awb 6:8), recorded then.
        beschikking.NeemOp(vandaag);
        vraag.MarkeerBeschikt(beschikking);
        return beschikking;
    }

    /// <summary>
    /// An explicit, motivated afwijzing of an aanvraag by a toetser without a zwaarwegend advies (issue 11): only after a
    /// completed onderzoek (the vraag checks it), never by the cliëntondersteuner of the case, taken today and sent later.
    /// </summary>
    public static Beschikking WijsAanvraagAf(Ondersteuningsvraag vraag, Inwoner inwoner, Actor toetser, string motivering, string nummer, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        ArgumentNullException.ThrowIfNull(inwoner);
        Regel.Eis(vraag.WachtOpAdvies, Regelnamen.ToegestaneStatusovergang, "Alleen een aanvraag die op advies wacht, kan zonder advies worden afgewezen.");
        var beschikking = Beschikking.WijsAf(nummer, vraag.Id, inwoner.Id, toetser, vraag.ClientondersteunerId, vraag.Uitkomst?.VoorzieningCode, motivering);
        beschikking.NeemOp(vandaag);
        vraag.MarkeerBeschikt(beschikking);
        return beschikking;
    }

    /// <summary>Whether <paramref name="besluit"/> ends in a beschikking (everything except sending the advies back).</summary>
    public static bool VolgtBeschikking(ToetsBesluit besluit) => besluit != ToetsBesluit.Terugsturen;
}
