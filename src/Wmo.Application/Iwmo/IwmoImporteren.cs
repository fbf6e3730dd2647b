using System.Globalization;
using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure;
using Wmo.Infrastructure.Iwmo;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Iwmo;

public enum ImportStatus
{
    /// <summary>Every line accepted (0200) and applied.</summary>
    Verwerkt = 1,

    /// <summary>Read, but refused with retourcodes; nothing of the file was applied.</summary>
    Geweigerd = 2,

    /// <summary>Not well-formed or not valid against the iWmo 3.2 schema: refused whole, without a retour message.</summary>
    Ongeldig = 3,

    /// <summary>This very file was received before: not imported again, answered with the same retour message.</summary>
    AlOntvangen = 4,
}

/// <summary>The outcome of one received file: its status, a readable line per finding, and the retour message.</summary>
public sealed record ImportResultaat(
    string Bestandsnaam,
    string? Berichtsoort,
    ImportStatus Status,
    string? Client,
    IReadOnlyList<string> Meldingen,
    string? RetourBestandsnaam,
    string? RetourInhoud,
    bool EerderGeaccepteerd = false,
    Guid? BerichtId = null)
{
    public bool IsGeweigerd => Status is ImportStatus.Geweigerd or ImportStatus.Ongeldig || (Status == ImportStatus.AlOntvangen && !EerderGeaccepteerd);
}

/// <summary>One file to import: its name and its bytes.</summary>
public sealed record ImportBestand(string Naam, byte[] Inhoud);

/// <summary>
/// Receives the aanbieders' WMO305 (start), WMO307 (stop) and WMO315 (verzoek om toewijzing) and answers each with its
/// retour message WMO306, 308 or 316 (DOMAIN.md §7). Each file is validated against the iWmo 3.2 schema first; a file is
/// applied whole or not at all; the same file twice is not applied twice and gets the same answer. Shared by the
/// portal's upload and <c>iwmo import</c>.
/// </summary>
[UseCase]
public sealed class IwmoImporteren(WmoDbContext db, IwmoInstellingen instellingen, TimeProvider klok)
{
    public const string Nummerreeks = "IWMO-RETOUR";

    private static readonly string[] _ontvangen = ["WMO305", "WMO307", "WMO315"];

    // The domain rule behind a refusal → the retourcode of the standard's code list.
    private static readonly Dictionary<string, string> _codePerRegel = new()
    {
        [Regelnamen.StartNietVoorIngangsdatum] = Retourcode.BegindatumBuitenToewijzing,
        [Regelnamen.StartBinnenToewijzing] = Retourcode.BegindatumBuitenToewijzing,
        [Regelnamen.StartNaStopNietMeerWijzigen] = Retourcode.ZorgAlBeeindigd,
        [Regelnamen.StopVereistStart] = Retourcode.GeenActueelStartbericht,
        [Regelnamen.StopNietVoorStart] = Retourcode.EinddatumBuitenToewijzing,
        [Regelnamen.StopBinnenToewijzing] = Retourcode.EinddatumBuitenToewijzing,
        [Regelnamen.IntrekkingVereistEerderBericht] = Retourcode.GeenEerderBericht,
    };

    public async Task<ImportResultaat> ImporteerAsync(ImportBestand bestand, CancellationToken cancellationToken = default) =>
        (await ImporteerAsync([bestand], null, cancellationToken))[0];

    /// <summary>Imports many files; saved per part of <see cref="IwmoInstellingen.BatchGrootte"/> files, each file whole or not at all.</summary>
    public async Task<IReadOnlyList<ImportResultaat>> ImporteerAsync(IReadOnlyList<ImportBestand> bestanden, Action<int, int>? voortgang, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bestanden);
        var resultaten = new List<ImportResultaat>(bestanden.Count);
        var aanbieders = await db.Organisaties.AsNoTracking().Where(o => o.AgbCode != null).ToDictionaryAsync(o => o.AgbCode!, cancellationToken);
        foreach (var deel in bestanden.Chunk(Math.Max(1, instellingen.BatchGrootte)))
        {
            var gelezen = deel.Select(Lees).ToList();
            var context = await LaadAsync(gelezen, cancellationToken);
            foreach (var bericht in gelezen)
            {
                resultaten.Add(bericht.Document is null ? bericht.Ongeldig! : await VerwerkAsync(bericht, aanbieders, context, cancellationToken));
            }

            // Files are decided one by one (a refused file leaves no trace in the tracked data); the part is saved in one transaction.
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            voortgang?.Invoke(resultaten.Count, bestanden.Count);
        }

        return resultaten;
    }

    private static GelezenBestand Lees(ImportBestand bestand)
    {
        var hash = Convert.ToHexString(SHA256.HashData(bestand.Inhoud));
        using var stream = new MemoryStream(bestand.Inhoud, writable: false);
        var (document, fouten) = IwmoSchemas.LeesEnValideer(stream);
        if (document is null)
        {
            return new GelezenBestand(bestand, hash, null, null, Ongeldig(bestand.Naam, null, fouten.Select(f => $"Schemafout {f}")));
        }

        var soort = IwmoSchemas.BerichtsoortVan(document.Root!.Name.Namespace)!;
        return _ontvangen.Contains(soort)
            ? new GelezenBestand(bestand, hash, document, soort, null)
            : new GelezenBestand(bestand, hash, null, soort, Ongeldig(bestand.Naam, soort, [$"Een {soort} wordt door de gemeente niet ontvangen; lees alleen WMO305, WMO307 en WMO315 in."]));
    }

    private static ImportResultaat Ongeldig(string naam, string? soort, IEnumerable<string> meldingen) =>
        new(naam, soort, ImportStatus.Ongeldig, null, ["Het bestand is geheel geweigerd; er is niets ingelezen.", .. meldingen.Take(50)], null, null);

    private async Task<Context> LaadAsync(List<GelezenBestand> gelezen, CancellationToken cancellationToken)
    {
        var nummers = gelezen.Where(g => g.Document is not null && g.Soort != "WMO315")
            .SelectMany(g => g.Document!.Descendants().Where(e => e.Name.LocalName == "ToewijzingNummer"))
            .Select(e => int.Parse(e.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        var toewijzingen = new Dictionary<int, Toewijzing>();
        foreach (var stuk in nummers.Chunk(500))
        {
            var lijst = stuk.Select(n => new ToewijzingNummer(n)).ToList();
            foreach (var t in await db.Toewijzingen.Where(t => lijst.Contains(t.Nummer)).ToListAsync(cancellationToken))
            {
                toewijzingen[t.Nummer.Value] = t;
            }
        }

        var inwonerIds = toewijzingen.Values.Select(t => t.InwonerId).Distinct().ToList();
        var bsns = new Dictionary<Guid, string>();
        foreach (var stuk in inwonerIds.Chunk(500))
        {
            foreach (var i in await db.Inwoners.AsNoTracking().Where(i => stuk.Contains(i.Id)).Select(i => new { i.Id, i.Bsn }).ToListAsync(cancellationToken))
            {
                bsns[i.Id] = i.Bsn.Value;
            }
        }

        // Received before: one query per part instead of one per file (issue 14 measurement); the key is (soort, afzender, identificatie).
        var eerder = new Dictionary<(string, string, string), IwmoBericht>();
        var identificaties = gelezen.Where(g => g.Document is not null)
            .Select(g => Tekst(Kind(Kind(g.Document!.Root!, "Header"), "BerichtIdentificatie"), "Identificatie")).Distinct().ToList();
        foreach (var stuk in identificaties.Chunk(500))
        {
            foreach (var b in await db.IwmoBerichten.AsNoTracking()
                .Where(b => b.Richting == BerichtRichting.Inkomend && stuk.Contains(b.Identificatie)).ToListAsync(cancellationToken))
            {
                eerder[(b.Berichtsoort, b.AgbCode, b.Identificatie)] = b;
            }
        }

        return new Context(toewijzingen, bsns, eerder);
    }

    private async Task<ImportResultaat> VerwerkAsync(GelezenBestand bestand, Dictionary<string, Organisatie> aanbieders, Context context, CancellationToken cancellationToken)
    {
        var document = bestand.Document!;
        var soort = bestand.Soort!;
        var root = document.Root!;
        var kop = Kind(root, "Header");
        var afzender = Tekst(kop, "Afzender");
        var ontvanger = Tekst(kop, "Ontvanger");
        var identificatie = Tekst(Kind(kop, "BerichtIdentificatie"), "Identificatie");
        var dagtekening = Datum(Tekst(Kind(kop, "BerichtIdentificatie"), "Dagtekening"));
        var client = Kind(root, "Client");
        var bsnTekst = Tekst(client, "Bsn");
        var clientNaam = Bsn.TryParse(bsnTekst, out var clientBsn) ? $"cliënt met BSN {clientBsn.Gemaskeerd}" : "cliënt met een ongeldig BSN";
        var producten = client.Descendants().Where(e => e.Name.LocalName == IwmoRetour.ProductElement(soort)).ToList();

        // The same file twice: the same answer, nothing applied again (iWmo: identificatie unique per soort and sender).
        var sleutel = (soort, afzender, identificatie);
        var eerder = context.InDitDeel.GetValueOrDefault(sleutel);
        var meldingen = new List<string>();
        var kopCode = Retourcode.Goedgekeurd;
        if (eerder is not null)
        {
            if (eerder.Hash == bestand.Hash)
            {
                return new ImportResultaat(bestand.Bestand.Naam, soort, ImportStatus.AlOntvangen, clientNaam,
                    [$"Dit bestand (identificatie {identificatie}) is al eerder ontvangen en niet opnieuw ingelezen; hetzelfde antwoord volgt.", .. (eerder.Rapport ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries)],
                    RetourNaam(eerder.RetourBerichtsoort!, afzender, eerder.RetourIdentificatie!), eerder.RetourInhoud, eerder.Geaccepteerd, eerder.Id);
            }

            kopCode = Retourcode.IdentificatieNietUniek;
            meldingen.Add($"{Retourcode.IdentificatieNietUniek}: identificatie {identificatie} is al gebruikt voor een ander {soort}-bericht van deze aanbieder.");
        }

        var aanbieder = aanbieders.GetValueOrDefault(afzender);
        if (kopCode == Retourcode.Goedgekeurd && ontvanger != instellingen.Gemeentecode)
        {
            kopCode = Retourcode.TechnischAfgekeurd;
            meldingen.Add($"{kopCode}: het bericht is gericht aan gemeente {ontvanger}, niet aan deze gemeente ({instellingen.Gemeentecode}).");
        }
        else if (kopCode == Retourcode.Goedgekeurd && aanbieder is null)
        {
            kopCode = Retourcode.TechnischAfgekeurd;
            meldingen.Add($"{kopCode}: afzender {afzender} is geen bekende aanbieder (AGB-code).");
        }
        else if (kopCode == Retourcode.Goedgekeurd && dagtekening > Gemeentetijd.Vandaag(klok))
        {
            kopCode = Retourcode.DagtekeningInToekomst;
            meldingen.Add($"{kopCode}: de dagtekening {dagtekening:dd-MM-yyyy} ligt in de toekomst.");
        }

        var clientCode = Retourcode.Goedgekeurd;
        if (kopCode != Retourcode.Goedgekeurd)
        {
            clientCode = Retourcode.NietBeoordeeld;
        }
        else if (clientBsn is null)
        {
            // CS002: the BSN passes the elfproef; the standard's list has no code of its own, so it is a technical refusal.
            clientCode = Retourcode.TechnischAfgekeurd;
            meldingen.Add($"{clientCode}: het BSN {bsnTekst} voldoet niet aan de elfproef (iWmo CS002).");
        }

        var productCodes = producten.Select(_ => Retourcode.NietBeoordeeld).ToList();
        var snapshots = new Dictionary<Toewijzing, PropertyValues>();
        var verzoeken = new List<VerzoekOmToewijzing>();
        if (kopCode == Retourcode.Goedgekeurd && clientCode == Retourcode.Goedgekeurd)
        {
            if (soort == "WMO315")
            {
                clientCode = await VerzoekenAsync(producten, aanbieder!, clientBsn!, client, productCodes, verzoeken, meldingen, cancellationToken);
            }
            else
            {
                for (var i = 0; i < producten.Count; i++)
                {
                    productCodes[i] = RegieRegel(soort, producten[i], aanbieder!, clientBsn!, context, snapshots, meldingen);
                }
            }
        }

        var geaccepteerd = kopCode == Retourcode.Goedgekeurd && clientCode == Retourcode.Goedgekeurd && productCodes.All(c => c == Retourcode.Goedgekeurd);
        if (!geaccepteerd)
        {
            // Nothing half: every change this file made to the tracked toewijzingen is undone; lines that were fine are "niet beoordeeld".
            foreach (var (toewijzing, waarden) in snapshots)
            {
                db.Entry(toewijzing).CurrentValues.SetValues(waarden);
            }

            productCodes = [.. productCodes.Select(c => c == Retourcode.Goedgekeurd ? Retourcode.NietBeoordeeld : c)];
            meldingen.Insert(0, "Het bericht is geweigerd; er is niets van ingelezen.");
        }
        else
        {
            db.VerzoekenOmToewijzing.AddRange(verzoeken);
            meldingen.Insert(0, $"Verwerkt: {producten.Count} {(producten.Count == 1 ? "regel" : "regels")} goedgekeurd (0200).");
        }

        var retourIdentificatie = (await db.VolgendVolgnummerAsync(Nummerreeks, 0, cancellationToken)).ToString("D12", CultureInfo.InvariantCulture);
        var vandaag = Gemeentetijd.Vandaag(klok);
        var retour = IwmoRetour.Bouw(document, soort, retourIdentificatie, vandaag, kopCode, clientCode, productCodes);
        var retourFouten = IwmoSchemas.Valideer(retour);
        if (retourFouten.Count > 0)
        {
            throw new InvalidOperationException($"Het retourbericht voldoet niet aan het schema: {retourFouten[0]}");
        }

        var retourSoort = IwmoRetour.RetourSoort(soort);
        var retourInhoud = IwmoXml.AlsTekst(retour);
        var rapport = string.Join('\n', meldingen);
        Guid? berichtId = null;
        if (aanbieder is not null && eerder is null)
        {
            var toewijzing = snapshots.Keys.FirstOrDefault();
            var bericht = new IwmoBericht
            {
                Berichtsoort = soort,
                Richting = BerichtRichting.Inkomend,
                Identificatie = identificatie,
                Dagtekening = dagtekening,
                AanbiederId = aanbieder.Id,
                AgbCode = afzender,
                InwonerId = toewijzing?.InwonerId ?? verzoeken.FirstOrDefault()?.InwonerId,
                HuishoudenId = toewijzing?.HuishoudenId ?? verzoeken.FirstOrDefault()?.HuishoudenId,
                Moment = klok.GetUtcNow(),
                Bestandsnaam = Path.GetFileName(bestand.Bestand.Naam) is { Length: > 0 and <= 200 } naam ? naam : $"{soort}_{afzender}_{identificatie}.xml",
                Inhoud = System.Text.Encoding.UTF8.GetString(bestand.Bestand.Inhoud),
                Hash = bestand.Hash,
                Geaccepteerd = geaccepteerd,
                RetourBerichtsoort = retourSoort,
                RetourIdentificatie = retourIdentificatie,
                RetourInhoud = retourInhoud,
                Rapport = rapport.Length > 8000 ? rapport[..8000] : rapport,
            };
            db.IwmoBerichten.Add(bericht);
            context.InDitDeel[sleutel] = bericht;
            berichtId = bericht.Id;
        }

        return new ImportResultaat(bestand.Bestand.Naam, soort, geaccepteerd ? ImportStatus.Verwerkt : ImportStatus.Geweigerd, clientNaam, meldingen,
            RetourNaam(retourSoort, afzender, retourIdentificatie), retourInhoud, BerichtId: berichtId);
    }

    /// <summary>One start (WMO305) or stop (WMO307) line; returns its retourcode and applies it to the tracked toewijzing.</summary>
    private string RegieRegel(string soort, XElement regel, Organisatie aanbieder, Bsn bsn, Context context,
        Dictionary<Toewijzing, PropertyValues> snapshots, List<string> meldingen)
    {
        var nummerTekst = Kind(regel, "ToewijzingNummer", verplicht: false)?.Value;
        var omschrijving = soort == "WMO305" ? $"Start toewijzing {nummerTekst}" : $"Stop toewijzing {nummerTekst}";
        if (nummerTekst is null || !context.Toewijzingen.TryGetValue(int.Parse(nummerTekst, CultureInfo.InvariantCulture), out var toewijzing)
            || toewijzing.AanbiederId != aanbieder.Id || context.Bsns.GetValueOrDefault(toewijzing.InwonerId) != bsn.Value)
        {
            meldingen.Add($"{omschrijving}: {Retourcode.GeenToewijzing} geen toewijzing met dit nummer voor deze cliënt bij deze aanbieder.");
            return Retourcode.GeenToewijzing;
        }

        if (!snapshots.ContainsKey(toewijzing))
        {
            snapshots[toewijzing] = db.Entry(toewijzing).CurrentValues.Clone();
        }

        var begindatum = Datum(Tekst(regel, "Begindatum"));
        var status = Tekst(regel, "StatusAanlevering");
        try
        {
            var vandaag = Gemeentetijd.Vandaag(klok);
            var code = soort == "WMO305" ? Start(toewijzing, begindatum, status, vandaag) : Stop(toewijzing, regel, begindatum, status, vandaag);
            meldingen.Add(code == Retourcode.Goedgekeurd ? $"{omschrijving}: 0200 goedgekeurd." : $"{omschrijving}: {code} {Uitleg(code)}");
            return code;
        }
        catch (DomainException e)
        {
            var code = _codePerRegel.GetValueOrDefault(e.Regel, Retourcode.TechnischAfgekeurd);
            meldingen.Add($"{omschrijving}: {code} {e.Message}");
            return code;
        }
    }

    private static string Start(Toewijzing toewijzing, DateOnly begindatum, string status, DateOnly vandaag)
    {
        switch (status)
        {
            case "1":
                // A first start while one is registered: the standard's "already received with the same key".
                if (toewijzing.IsGestart)
                {
                    return toewijzing.IsBeeindigd ? Retourcode.ZorgAlBeeindigd : Retourcode.AlOntvangen;
                }

                toewijzing.MeldStart(begindatum, vandaag);
                return Retourcode.Goedgekeurd;
            case "2":
                if (!toewijzing.IsGestart)
                {
                    return Retourcode.GeenEerderBericht;
                }

                toewijzing.MeldStart(begindatum, vandaag);
                return Retourcode.Goedgekeurd;
            case "3":
                toewijzing.TrekStartIn();
                return Retourcode.Goedgekeurd;
            default:
                return Retourcode.TechnischAfgekeurd;
        }
    }

    private static string Stop(Toewijzing toewijzing, XElement regel, DateOnly begindatum, string status, DateOnly vandaag)
    {
        // The key of a stop is (Bsn, ToewijzingNummer, Begindatum): it must match the start that was registered.
        if (toewijzing.Begindatum != begindatum)
        {
            return Retourcode.GeenActueelStartbericht;
        }

        var einddatum = Datum(Tekst(regel, "Einddatum"));
        var reden = (RedenBeeindiging)int.Parse(Tekst(regel, "RedenBeeindiging"), CultureInfo.InvariantCulture);
        switch (status)
        {
            case "1":
                if (toewijzing.IsBeeindigd)
                {
                    return Retourcode.StopAlOntvangen;
                }

                toewijzing.MeldStop(einddatum, reden, vandaag);
                return Retourcode.Goedgekeurd;
            case "2":
                if (!toewijzing.IsBeeindigd)
                {
                    return Retourcode.GeenEerderBericht;
                }

                toewijzing.TrekStopIn();
                toewijzing.MeldStop(einddatum, reden, vandaag);
                return Retourcode.Goedgekeurd;
            case "3":
                toewijzing.TrekStopIn();
                return Retourcode.Goedgekeurd;
            default:
                return Retourcode.TechnischAfgekeurd;
        }
    }

    /// <summary>WMO315: one work item per aangevraagd product, for the regievoerder or the household's buurtkamer.</summary>
    private async Task<string> VerzoekenAsync(List<XElement> producten, Organisatie aanbieder, Bsn bsn, XElement client, List<string> productCodes,
        List<VerzoekOmToewijzing> verzoeken, List<string> meldingen, CancellationToken cancellationToken)
    {
        var vandaag = Gemeentetijd.Vandaag(klok);
        var inwoner = await db.Inwoners.AsNoTracking().Where(i => i.Bsn == bsn).Select(i => new { i.Id }).SingleOrDefaultAsync(cancellationToken);
        var huishouden = inwoner is null ? null : await db.Huishoudens.AsNoTracking()
            .Where(h => h.Lidmaatschappen.Any(l => l.InwonerId == inwoner.Id && l.Tot == null))
            .Select(h => new { h.Id, h.RegievoerderId }).FirstOrDefaultAsync(cancellationToken);
        if (huishouden is null)
        {
            meldingen.Add($"{Retourcode.TechnischAfgekeurd}: de cliënt is bij de gemeente niet bekend als lid van een huishouden; meld de inwoner eerst aan bij de buurt- of dorpskamer.");
            return Retourcode.TechnischAfgekeurd;
        }

        var buurtkamerId = await db.Ondersteuningsvragen.AsNoTracking().Where(v => v.HuishoudenId == huishouden.Id)
            .OrderByDescending(v => v.Meldingsdatum).Select(v => (Guid?)v.BuurtkamerId).FirstOrDefaultAsync(cancellationToken);
        var commentaar = Kind(client, "Commentaar", verplicht: false)?.Value;
        for (var i = 0; i < producten.Count; i++)
        {
            var regel = producten[i];
            var referentie = Tekst(regel, "ReferentieAanbieder");
            try
            {
                var product = Kind(regel, "Product", verplicht: false);
                var omvang = Kind(regel, "Omvang", verplicht: false) is { } o
                    ? Omvang.VanIwmoCodes(int.Parse(Tekst(o, "Volume"), CultureInfo.InvariantCulture), Tekst(o, "Eenheid"), Tekst(o, "Frequentie"))
                    : null;
                verzoeken.Add(new VerzoekOmToewijzing(aanbieder.Id, inwoner!.Id, huishouden.Id, huishouden.RegievoerderId, buurtkamerId, referentie,
                    product is null ? null : (ProductCategorie)int.Parse(Tekst(product, "Categorie"), CultureInfo.InvariantCulture),
                    Kind(product ?? regel, "Code", verplicht: false)?.Value, omvang,
                    Datum(Tekst(regel, "ToewijzingIngangsdatum")), Kind(regel, "ToewijzingEinddatum", verplicht: false) is { } e ? Datum(e.Value) : null,
                    Kind(regel, "Commentaar", verplicht: false)?.Value ?? commentaar, vandaag));
                productCodes[i] = Retourcode.Goedgekeurd;
                meldingen.Add($"Verzoek {referentie}: 0200 goedgekeurd; klaargezet in de werkvoorraad van {(huishouden.RegievoerderId is null ? "de sociaal werkers van de buurtkamer" : "de regievoerder")}.");
            }
            catch (DomainException ex)
            {
                productCodes[i] = Retourcode.TechnischAfgekeurd;
                meldingen.Add($"Verzoek {referentie}: {Retourcode.TechnischAfgekeurd} {ex.Message}");
            }
        }

        return Retourcode.Goedgekeurd;
    }

    private static string Uitleg(string code) => code switch
    {
        Retourcode.AlOntvangen => "er is al een start ontvangen voor deze toewijzing.",
        Retourcode.ZorgAlBeeindigd => "de levering is al beëindigd.",
        Retourcode.GeenEerderBericht => "er is geen eerder bericht om te wijzigen of in te trekken.",
        Retourcode.GeenActueelStartbericht => "er is geen start met deze begindatum voor deze toewijzing.",
        Retourcode.StopAlOntvangen => "er is al een stop ontvangen voor deze levering.",
        _ => "geweigerd.",
    };

    private static string RetourNaam(string soort, string agb, string identificatie) => $"{soort}_{agb}_{identificatie}.xml";

    private static XElement? Kind(XElement ouder, string naam, bool verplicht = true) =>
        ouder.Elements().FirstOrDefault(e => e.Name.LocalName == naam) ?? (verplicht ? throw new InvalidOperationException($"{naam} ontbreekt (na schemavalidatie)") : null);

    private static XElement Kind(XElement ouder, string naam) => Kind(ouder, naam, verplicht: true)!;

    private static string Tekst(XElement ouder, string naam) => Kind(ouder, naam).Value.Trim();

    private static DateOnly Datum(string tekst) => DateOnly.ParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record GelezenBestand(ImportBestand Bestand, string Hash, XDocument? Document, string? Soort, ImportResultaat? Ongeldig);

    private sealed class Context(Dictionary<int, Toewijzing> toewijzingen, Dictionary<Guid, string> bsns, Dictionary<(string, string, string), IwmoBericht> inDitDeel)
    {
        public Dictionary<int, Toewijzing> Toewijzingen { get; } = toewijzingen;

        public Dictionary<Guid, string> Bsns { get; } = bsns;

        /// <summary>Received before (from the database) or earlier in this part, by (soort, afzender, identificatie).</summary>
        public Dictionary<(string, string, string), IwmoBericht> InDitDeel { get; } = inDitDeel;
    }
}
