using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Plannen;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.Transitie;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Persistence.Configurations;
using Wmo.Infrastructure.Toegang;

namespace Wmo.Infrastructure.Seeding.Schaal;

/// <summary>What a seed wrote; <paramref name="Fasen"/> are the phases with their wall-clock time (loading the rows, building the indexes).</summary>
public sealed record SeedResultaat(Schaal Schaal, TimeSpan Duur, long Rijen, IReadOnlyList<(string Wat, long Aantal)> Aantallen, IReadOnlyList<(string Fase, TimeSpan Duur)> Fasen);

/// <summary>
/// Fills an empty database with a gemeente of the given <see cref="Schaal"/> (issue 15): households with members and
/// mantelzorgers, five years of ondersteuningsvragen in every state with their gesprekken, afweging, plans, adviezen,
/// toetsingen and beschikkingen, toewijzingen with their start and stop, waiting first contacts, legacy beschikkingen and an audit trail with a valid hash
/// chain. Every dossier is built with the domain's own operations (so every rule is checked as in the UI) and
/// written with <see cref="BulkSchrijver"/>. The demo accounts (<see cref="DemoSeeder.Accounts"/>) exist with their
/// buurtkamers and get large caseloads. Deterministic for a given <c>zaad</c>; the dates are relative to today.
/// </summary>
public sealed class SchaalSeeder(WmoDbContext db, WmoBeleid beleid, TimeProvider klok)
{
    private const int HuishoudensPerBlok = 2_000;

    private static readonly string[] Achternamen =
    [
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
        "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
        "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas",
        "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Jonge", "Kuipers", "van Veen",
        "Post", "Kuiper", "Veenstra", "Kramer", "van den Brink", "Scholten", "van Wijk", "Postma", "Martens", "Vink", "de Ruiter",
        "Timmermans", "Groen", "Gerritsen", "Jonker", "van Loon", "Boer", "van der Velde", "Willemsen", "Smeets", "de Lange", "de Vos",
        "Bosch", "van Dongen", "Schipper", "de Koning", "van der Laan", "Koning", "van der Velden", "Driessen", "van Doorn", "Hermans",
        "Evers", "van den Bosch", "van der Meulen", "Hofman", "Bosman", "Wolters", "Sanders", "van der Horst", "Mol", "Kuijpers",
        "Molenaar", "van de Pol", "de Leeuw", "Verbeek", "el Amrani", "Yilmaz", "Kaya", "Bouzid", "Sedney", "Nguyen", "Tjon", "Haddou",
        "Wijnberg", "Zijlstra", "Wiersma", "Bouma", "Hoogeveen", "Terpstra", "de Vries-Kramer", "Sijbesma", "Jellema", "Faber",
    ];

    private static readonly string[] Voornamen =
    [
        "Anna", "Jan", "Maria", "Pieter", "Johanna", "Hendrik", "Cornelia", "Willem", "Elisabeth", "Gerrit", "Wilhelmina", "Cornelis",
        "Sanne", "Daan", "Emma", "Lucas", "Julia", "Sem", "Sophie", "Milan", "Fenna", "Jelle", "Sietske", "Tjeerd", "Froukje", "Sjoerd",
        "Mohamed", "Fatima", "Ahmed", "Yasmina", "Mehmet", "Elif", "Kofi", "Ama", "Ewa", "Piotr", "Linh", "Rajesh", "Mariska", "Frank",
        "Ingrid", "Henk", "Tineke", "Gerda", "Klaas", "Wiebe", "Anneke", "Marco", "Esther", "Kees", "Nadia", "Bram", "Lotte", "Ruben",
    ];

    private static readonly string[] Straten =
    [
        "Kerkstraat", "Schoolstraat", "Molenweg", "Dorpsstraat", "Stationsweg", "Julianastraat", "Wilhelminastraat", "Beatrixlaan",
        "Vlietsingel", "Aldlânsdyk", "Valeriusstraat", "Hegebrechtswei", "Eewal", "Nieuwestad", "Voorstreek", "Tuinen", "Oostergrachtswal",
        "Kanaalweg", "Lekkumerweg", "Tesselschadestraat", "Mr. P.J. Troelstraweg", "Pieter Stuyvesantweg", "Archipelweg", "Weaze",
    ];

    private static readonly string[] Vragen =
    [
        "Sinds mijn operatie lukt het huishouden niet meer.", "Ik zit veel alleen en wil graag onder de mensen komen.",
        "Ik krijg mijn post en rekeningen niet op orde.", "Mijn moeder wordt vergeetachtig en ik zorg alleen voor haar.",
        "Ik wil graag overdag iets zinvols doen.", "Ik kan de trap niet meer op en slaap in de woonkamer.",
        "Er liggen brieven van de deurwaarder.", "Mijn zoon met autisme heeft structuur nodig, ik kan het niet meer alleen.",
    ];

    // Postcode letters without S, so the combinations SA, SD and SS that PostNL never issues cannot occur.
    private const string Letters = "ABCDEFGHJKLMNPRTVWXZ";

    private readonly Random _kans = new(2026);
    private readonly List<AuditFeit> _audit = [];
    private readonly List<Acteur> _acteurs = [];
    private readonly Dictionary<int, int> _beschikkingenPerJaar = [];
    private int _toewijzingen;
    private DateOnly _vandaag;
    private int _vragen;
    private long _bsn = 300_000_000;

    /// <summary>Seeds <paramref name="schaal"/>; refuses a database that already holds a gemeente.</summary>
    public async Task<SeedResultaat> SeedAsync(Schaal schaal, Action<string, long, long>? voortgang = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schaal);
        if (await db.Organisaties.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("De database is niet leeg. Seed alleen in een nieuwe database (verwijder het SQLite-bestand of kies een andere Database:DataFolder).");
        }

        var stopwatch = Stopwatch.StartNew();
        _vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
        var aantallen = new Dictionary<string, long>();
        var indexen = await LaadVoorbereidingAsync(cancellationToken);
        long rijen;
        await using (var schrijver = await BulkSchrijver.OpenAsync(db, cancellationToken: cancellationToken))
        {
            if (db.Database.IsSqlite())
            {
                // A seed is all or nothing (on failure: delete the file and start again), so no fsync per transaction;
                // references are checked once at the end (pragma foreign_key_check) instead of per row.
                await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;", cancellationToken);
            }

            var gemeente = Gemeente(schaal, schrijver);
            aantallen["gebruikers"] = _acteurs.Count;
            aantallen["buurt-/dorpskamers"] = gemeente.Buurtkamers.Count;

            var verdeling = VerdeelVragen(schaal);
            var inwonersPerHuishouden = VerdeelInwoners(schaal);
            for (var start = 0; start < schaal.Huishoudens; start += HuishoudensPerBlok)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var eind = Math.Min(schaal.Huishoudens, start + HuishoudensPerBlok);
                for (var h = start; h < eind; h++)
                {
                    BouwHuishouden(h, gemeente, inwonersPerHuishouden[h], verdeling[h], schrijver, aantallen);
                }

                voortgang?.Invoke("Huishoudens en dossiers", eind, schaal.Huishoudens);
            }

            WachtendeEersteContacten(schaal, gemeente, schrijver, aantallen);
            await SchrijfAuditAsync(schrijver, voortgang, cancellationToken);
            aantallen["auditregels"] = _audit.Count;
            await SchrijfNummerreeksenAsync(schrijver, cancellationToken);
            await schrijver.CommitAsync(cancellationToken);
            rijen = schrijver.Rijen;
        }

        if (db.Database.IsSqlite())
        {
            // The pragmas stay on the pooled native handle and SqlitePragmaInterceptor sets them only on a new one: put back
            // what the portal expects before the handle is used for anything else.
            // The page cache as the configured interceptor sets it (SQLite's own default of 2 MB was put back here before).
            var cacheKibibytes = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<SqlitePragmaInterceptor>()
                .Select(i => i.CacheKibibytes).FirstOrDefault() ?? SqlitePragmaInterceptor.StandaardCacheMebibytes * 1024;
            var terug = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -" + cacheKibibytes.ToString(CultureInfo.InvariantCulture) + ";";
            await db.Database.ExecuteSqlRawAsync(terug, cancellationToken);
        }

        var laden = stopwatch.Elapsed;
        voortgang?.Invoke("Indexen opbouwen", 0, 1);
        await LaadAfrondingAsync(indexen, cancellationToken);
        voortgang?.Invoke("Indexen opbouwen", 1, 1);

        // The rows above bypassed the change tracker: no werkvoorraad read before this seed may be shown again (issue 15).
        await WerkvoorraadstandOnderhoud.VerhoogAsync(db, [Werkvoorraadstand.Algemeen], [], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new SeedResultaat(schaal, stopwatch.Elapsed, rijen, aantallen.Select(a => (a.Key, a.Value)).ToList(),
            [("rijen laden", laden), ("indexen en verwijzingen controleren", stopwatch.Elapsed - laden)]);
    }

    // ── the gemeente: organisations, wijken, buurtkamers, accounts ────────

    private sealed record Acteur(Guid Id, string Naam, string Rol, Guid OrganisatieId)
    {
        public Actor Actor => new(Id, Naam, Enum.Parse<Rol>(Rol), OrganisatieId);
    }

    private sealed class Kamer(Buurtkamer buurtkamer, Wijk wijk, int postcodeBasis, int inzagesPerVraag)
    {
        public int InzagesPerVraag { get; } = inzagesPerVraag;

        public Buurtkamer Buurtkamer { get; } = buurtkamer;

        public Wijk Wijk { get; } = wijk;

        public int PostcodeBasis { get; } = postcodeBasis;

        public List<int> SociaalWerkers { get; } = [];

        public List<int> Vrijwilligers { get; } = [];

        /// <summary>Demo accounts who take a large share of this buurtkamer's work (their caseload must be large).</summary>
        public List<int> DemoSociaalWerkers { get; } = [];

        public List<int> DemoVrijwilligers { get; } = [];
    }

    private sealed record Gemeentedata(List<Kamer> Buurtkamers, List<int> Toetsers, List<Guid> Aanbod, string Woonplaats, IReadOnlyList<Organisatie> Aanbieders);

    private Gemeentedata Gemeente(Schaal schaal, BulkSchrijver schrijver)
    {
        var rollen = Rollen.Alle.ToDictionary(r => r, r => new IdentityRole<Guid>(r)
        {
            Id = Guid.CreateVersion7(),
            NormalizedName = r.ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
        });
        schrijver.SchrijfAlle(rollen.Values);

        var organisaties = new Dictionary<string, Organisatie>
        {
            ["Gemeente Leeuwarden"] = new("Gemeente Leeuwarden", OrganisatieSoort.Gemeente),
            ["Basisteam Leeuwarden"] = new("Basisteam Leeuwarden", OrganisatieSoort.Basisondersteuning, "75751234"),
            ["Vrijwilligerscentrale Leeuwarden"] = new("Vrijwilligerscentrale Leeuwarden", OrganisatieSoort.Vrijwilligersorganisatie),
            ["Zorggroep Noord"] = new("Zorggroep Noord", OrganisatieSoort.Aanbieder, "75759876"),
            ["Thuishulp Friesland"] = new("Thuishulp Friesland", OrganisatieSoort.Aanbieder, "75754321"),
        };
        organisaties["Basisteam Leeuwarden"].ZetPercelen([Perceel.Basisondersteuning]);
        organisaties["Zorggroep Noord"].ZetPercelen([Perceel.ThuisondersteuningEnDagbesteding, Perceel.KortdurendVerblijf]);
        organisaties["Thuishulp Friesland"].ZetPercelen([Perceel.HulpBijHetHuishouden]);
        schrijver.SchrijfAlle(organisaties.Values);

        // The demo buurtkamers by name (the demo accounts work there), then numbered ones up to the scale.
        var namen = new List<(string Kamer, string Wijk, bool Dorp)>
        {
            ("Buurtkamer Oost", "Oost", false), ("Buurtkamer Vrijheidswijk", "Vrijheidswijk", false), ("Buurtkamer Bilgaard", "Bilgaard", false),
            ("Dorpskamer Stiens", "Stiens", true), ("Dorpskamer Grou", "Grou", true),
        };
        for (var i = namen.Count; i < schaal.Buurtkamers; i++)
        {
            var dorp = i % 4 == 3;
            namen.Add((dorp ? $"Dorpskamer {i + 1}" : $"Buurtkamer Wijk {i + 1}", dorp ? $"Dorp {i + 1}" : $"Wijk {i + 1}", dorp));
        }

        var kamers = new List<Kamer>();
        foreach (var (kamerNaam, wijkNaam, dorp) in namen)
        {
            var wijk = new Wijk(wijkNaam, dorp);
            var basis = 1000 + (kamers.Count * 8000 / Math.Max(1, schaal.Buurtkamers));
            var buurtkamer = new Buurtkamer(kamerNaam, wijk.Id, $"{Straten[kamers.Count % Straten.Length]} 1, {basis} AA Leeuwarden");
            schrijver.Schrijf(wijk);
            schrijver.Schrijf(buurtkamer);
            kamers.Add(new Kamer(buurtkamer, wijk, basis, schaal.InzagesPerVraag));
        }

        var wachtwoord = new PasswordHasher<Gebruiker>().HashPassword(new Gebruiker(), DemoSeeder.DemoWachtwoord);
        var toetsers = new List<int>();
        foreach (var account in DemoSeeder.Accounts)
        {
            var index = MaakGebruiker(schrijver, rollen[account.Rol], organisaties[account.Organisatie].Id, account.Gebruikersnaam, account.Naam, wachtwoord,
                account.Buurtkamers.Select(n => kamers.Single(k => k.Buurtkamer.Naam == n).Buurtkamer.Id), account.AuthenticatorSleutel);
            foreach (var kamer in kamers.Where(k => account.Buurtkamers.Contains(k.Buurtkamer.Naam)))
            {
                (account.Rol == Rollen.SociaalWerker ? kamer.DemoSociaalWerkers : kamer.DemoVrijwilligers).Add(index);
                (account.Rol == Rollen.SociaalWerker ? kamer.SociaalWerkers : kamer.Vrijwilligers).Add(index);
            }

            if (account.Rol == Rollen.Toetser)
            {
                toetsers.Add(index);
            }
        }

        // Generated colleagues: every sociaal werker and vrijwilliger works at two neighbouring buurtkamers.
        for (var i = 0; i < schaal.SociaalWerkers; i++)
        {
            var kamer = kamers[i % kamers.Count];
            var buur = kamers[(i + 1) % kamers.Count];
            var index = MaakGebruiker(schrijver, rollen[Rollen.SociaalWerker], organisaties["Basisteam Leeuwarden"].Id, $"sw.{i + 1:D4}",
                $"{Kies(Voornamen)} {Kies(Achternamen)}", wachtwoord, [kamer.Buurtkamer.Id, buur.Buurtkamer.Id], null);
            kamer.SociaalWerkers.Add(index);
            buur.SociaalWerkers.Add(index);
        }

        for (var i = 0; i < schaal.Vrijwilligers; i++)
        {
            var kamer = kamers[i % kamers.Count];
            var index = MaakGebruiker(schrijver, rollen[Rollen.Vrijwilliger], organisaties["Vrijwilligerscentrale Leeuwarden"].Id, $"vw.{i + 1:D4}",
                $"{Kies(Voornamen)} {Kies(Achternamen)}", wachtwoord, [kamer.Buurtkamer.Id], null);
            kamer.Vrijwilligers.Add(index);
        }

        for (var i = toetsers.Count; i < schaal.Toetsers; i++)
        {
            toetsers.Add(MaakGebruiker(schrijver, rollen[Rollen.Toetser], organisaties["Gemeente Leeuwarden"].Id, $"toetser.{i + 1:D3}",
                $"{Kies(Voornamen)} {Kies(Achternamen)}", wachtwoord, [], null));
        }

        var aanbod = new List<SocialeKaartAanbod>
        {
            new("Humanitas Leeuwarden", "Maatjesproject", AanbodSoort.Maatje, "Een vaste vrijwilliger die wekelijks langskomt.", null, "Op afspraak", "Bij u thuis", "058-2345678"),
            new("Vrijwilligerscentrale Leeuwarden", "Formulierenhulp", AanbodSoort.Formulierenhulp, "Hulp bij formulieren, toeslagen en post.", kamers[0].Wijk.Id, "Dinsdag 10.00-12.00 uur", "Buurtkamer Oost", "Inloop"),
            new("Steunpunt Mantelzorg", "Respijtzorg", AanbodSoort.Respijtzorg, "Een vrijwilliger neemt de zorg even over.", null, "Op afspraak", "Bij u thuis", "058-4567890"),
        };
        schrijver.SchrijfAlle(aanbod);
        return new Gemeentedata(kamers, toetsers, aanbod.Select(a => a.Id).ToList(), "Leeuwarden",
            [.. organisaties.Values.Where(o => o.Soort == OrganisatieSoort.Aanbieder)]);
    }

    private int MaakGebruiker(BulkSchrijver schrijver, IdentityRole<Guid> rol, Guid organisatieId, string gebruikersnaam, string naam, string wachtwoordHash,
        IEnumerable<Guid> buurtkamers, string? authenticatorSleutel)
    {
        var gebruiker = new Gebruiker
        {
            UserName = gebruikersnaam,
            NormalizedUserName = gebruikersnaam.ToUpperInvariant(),
            Email = $"{gebruikersnaam}@demo.wmo.invalid",
            NormalizedEmail = $"{gebruikersnaam}@demo.wmo.invalid".ToUpperInvariant(),
            EmailConfirmed = true,
            Naam = naam,
            OrganisatieId = organisatieId,
            LockoutEnabled = true,
            PasswordHash = wachtwoordHash,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            TwoFactorEnabled = authenticatorSleutel is not null,
        };
        schrijver.Schrijf(gebruiker);
        schrijver.Schrijf(new IdentityUserRole<Guid> { UserId = gebruiker.Id, RoleId = rol.Id });
        foreach (var buurtkamer in buurtkamers)
        {
            schrijver.Schrijf(new GebruikerBuurtkamer { GebruikerId = gebruiker.Id, BuurtkamerId = buurtkamer });
        }

        if (authenticatorSleutel is not null)
        {
            // Where UserManager keeps the authenticator key (UserStore's internal login provider).
            schrijver.Schrijf(new IdentityUserToken<Guid> { UserId = gebruiker.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = authenticatorSleutel });
        }

        _acteurs.Add(new Acteur(gebruiker.Id, naam, rol.Name!, organisatieId));
        return _acteurs.Count - 1;
    }

    // ── households and their dossiers ────────────────────────────────────

    private int[] VerdeelInwoners(Schaal schaal)
    {
        var leden = Enumerable.Repeat(1, schaal.Huishoudens).ToArray();
        for (var extra = schaal.Inwoners - schaal.Huishoudens; extra > 0; extra--)
        {
            var h = _kans.Next(schaal.Huishoudens);
            if (leden[h] < 5)
            {
                leden[h]++;
            }
        }

        return leden;
    }

    /// <summary>How many vragen each household had in five years: most none or one, some many.</summary>
    private int[] VerdeelVragen(Schaal schaal)
    {
        var vragen = new int[schaal.Huishoudens];
        for (var i = 0; i < schaal.Vragen; i++)
        {
            // Skewed: half of the vragen go to a fifth of the households (people with a lasting need come back).
            var h = _kans.NextDouble() < 0.5 ? _kans.Next(schaal.Huishoudens / 5) * 5 : _kans.Next(schaal.Huishoudens);
            vragen[h]++;
        }

        return vragen;
    }

    private void BouwHuishouden(int nummer, Gemeentedata gemeente, int aantalLeden, int aantalVragen, BulkSchrijver schrijver, Dictionary<string, long> aantallen)
    {
        var kamer = gemeente.Buurtkamers[nummer % gemeente.Buurtkamers.Count];
        var achternaam = Kies(Achternamen);
        var postcode = Postcode.Parse($"{kamer.PostcodeBasis + (nummer / gemeente.Buurtkamers.Count / 400 % 60)} {Letters[nummer / 20 % Letters.Length]}{Letters[nummer % 20]}");
        var adres = new Adres(Straten[nummer % Straten.Length], 1 + (nummer / gemeente.Buurtkamers.Count % 200), null, postcode, kamer.Wijk.IsDorp ? kamer.Wijk.Naam : gemeente.Woonplaats);
        var sinds = _vandaag.AddYears(-6 - _kans.Next(20));
        var huishouden = new Huishouden(achternaam);
        var sw = kamer.SociaalWerkers[0];
        Feit(sinds.AddYears(1), AuditActie.Aanmaken, sw, null, huishouden.Id, "Huishouden", huishouden.Id);

        var leden = new List<Inwoner>();
        for (var l = 0; l < aantalLeden; l++)
        {
            var volwassen = l < 2;
            var geboren = volwassen ? _vandaag.AddDays(-_kans.Next(18 * 365, 95 * 365)) : _vandaag.AddDays(-_kans.Next(365, 18 * 365));
            var inwoner = new Inwoner(VolgendeBsn(), Kies(Voornamen), l == 0 || _kans.Next(3) > 0 ? achternaam : Kies(Achternamen), geboren, adres);
            huishouden.VoegLidToe(inwoner.Id, l == 0 ? Relatie.Huisgenoot : volwassen ? Relatie.Partner : Relatie.Kind, geboren > sinds ? geboren : sinds, []);
            Feit(sinds.AddYears(1), AuditActie.Aanmaken, sw, inwoner.Id, huishouden.Id, "Inwoner", inwoner.Id);
            schrijver.Schrijf(inwoner);
            leden.Add(inwoner);
        }

        if (_kans.Next(10) == 0)
        {
            huishouden.VoegMantelzorgerToe($"{Kies(Voornamen)} {Kies(Achternamen)}", _kans.Next(2) == 0 ? "Dochter" : "Buurman", 4 + _kans.Next(20),
                _kans.Next(3) == 0 ? Belastbaarheid.RisicoOpOverbelasting : Belastbaarheid.Goed);
        }

        var volwassenen = leden.Where(i => i.LeeftijdOp(_vandaag) >= 18).ToList();
        var vragen = new List<CaseloadVraag>(aantalVragen);
        for (var v = 0; v < aantalVragen; v++)
        {
            var vraag = BouwVraag(huishouden, volwassenen.Count > 0 ? volwassenen[_kans.Next(volwassenen.Count)] : leden[0], kamer, gemeente, schrijver, aantallen);
            vragen.Add(new CaseloadVraag(vraag.BuurtkamerId, vraag.BehandelaarId, vraag.HuishoudenAfgeschermd));
        }

        var metLegacy = _kans.Next(12) == 0;
        if (metLegacy)
        {
            var inwoner = leden[0];
            var ingang = _vandaag.AddDays(-_kans.Next(200, 1500));
            var product = (LegacyProduct)_kans.Next(1, 12);
            var legacy = new LegacyBeschikking(inwoner.Id, huishouden.Id, product, ingang, _vandaag.AddDays(_kans.Next(1, 700)));
            schrijver.Schrijf(legacy);
            Feit(ingang, AuditActie.Aanmaken, sw, inwoner.Id, huishouden.Id, "LegacyBeschikking", legacy.Id);
            Tel(aantallen, "legacy-beschikkingen");
        }

        schrijver.Schrijf(huishouden);

        // The caseload index as CaseloadOnderhoud keeps it (these rows bypass the change tracker, so the seeder writes them).
        var huidigeLeden = huishouden.Lidmaatschappen.Where(l => l.Tot is null).Select(l => l.InwonerId).ToHashSet();
        var (caseload, caseloadLeden) = CaseloadRijen.Van(huishouden.Id, huishouden.RegievoerderId, vragen,
            [.. leden.Where(i => huidigeLeden.Contains(i.Id)).Select(i => new CaseloadLidNaam(i.Id, i.ZoekAchternaam, i.Voornamen))], metLegacy);
        schrijver.SchrijfAlle(caseload);
        schrijver.SchrijfAlle(caseloadLeden);

        Tel(aantallen, "huishoudens");
        Tel(aantallen, "inwoners", leden.Count);
    }

    /// <summary>The state a vraag reached, by its age: recent ones are open, old ones mostly closed (five years back).</summary>
    private VraagStatus DoelStatus(int dagenOud)
    {
        var r = _kans.NextDouble();
        if (dagenOud <= 42)
        {
            return r switch
            {
                < 0.15 => VraagStatus.Gemeld,
                < 0.72 => VraagStatus.InVraagverheldering,
                < 0.82 => VraagStatus.UitkomstVastgelegd,
                < 0.86 => VraagStatus.AdviesVereist,
                < 0.93 => VraagStatus.AdviesIngediend,
                < 0.95 => VraagStatus.AdviesTeruggestuurd,
                _ => VraagStatus.Afgesloten,
            };
        }

        if (dagenOud <= 120)
        {
            return r switch
            {
                < 0.06 => VraagStatus.InVraagverheldering,
                < 0.09 => VraagStatus.AdviesIngediend,
                < 0.11 => VraagStatus.Getoetst,
                < 0.40 => VraagStatus.Beschikt,
                < 0.65 => VraagStatus.UitkomstVastgelegd,
                _ => VraagStatus.Afgesloten,
            };
        }

        if (dagenOud <= 365)
        {
            return r switch
            {
                < 0.25 => VraagStatus.Beschikt,
                < 0.40 => VraagStatus.UitkomstVastgelegd,
                _ => VraagStatus.Afgesloten,
            };
        }

        return VraagStatus.Afgesloten;
    }

    private Ondersteuningsvraag BouwVraag(Huishouden huishouden, Inwoner inwoner, Kamer kamer, Gemeentedata gemeente, BulkSchrijver schrijver, Dictionary<string, long> aantallen)
    {
        var melding = _vandaag.AddDays(-_kans.Next(0, 5 * 365));
        var dagen = _vandaag.DayNumber - melding.DayNumber;
        var doel = DoelStatus(dagen);

        // Every state occurs at least once, also at a small scale: the first vragen walk through all of them.
        var statussen = Enum.GetValues<VraagStatus>();
        if (_vragen < statussen.Length)
        {
            doel = statussen[_vragen];
            melding = _vandaag.AddDays(-30);
            dagen = 30;
        }

        _vragen++;

        // The demo accounts carry three quarters of their buurtkamers' work (a busy caseload).
        var sw = kamer.DemoSociaalWerkers.Count > 0 && _kans.Next(4) != 0 ? Kies(kamer.DemoSociaalWerkers) : Kies(kamer.SociaalWerkers);
        var behandelaar = _acteurs[sw].Actor;
        var moment = Moment(melding);

        Ondersteuningsvraag vraag;
        if (_kans.Next(10) < 7 && kamer.Vrijwilligers.Count > 0)
        {
            var vw = kamer.DemoVrijwilligers.Count > 0 && _kans.Next(3) == 0 ? Kies(kamer.DemoVrijwilligers) : Kies(kamer.Vrijwilligers);
            var contact = new EersteContact(_acteurs[vw].Actor, kamer.Buurtkamer.Id, melding, new Melder(MelderSoort.Inwoner, inwoner.VolledigeNaam, "06-12345678", null),
                null, Kies(Vragen), beroepskrachtIngeschakeld: false, _kans.Next(60) == 0 ? Veiligheidssignaal.DreigendeHuisuitzetting : null, moment);
            Feit(melding, AuditActie.Aanmaken, vw, null, null, "EersteContact", contact.Id);
            vraag = new Ondersteuningsvraag(huishouden.Id, inwoner.Id, contact);
            schrijver.Schrijf(contact);
            Tel(aantallen, "eerste contacten");
        }
        else
        {
            vraag = new Ondersteuningsvraag(huishouden.Id, inwoner.Id, melding, kamer.Buurtkamer.Id);
        }

        Feit(melding, AuditActie.Aanmaken, sw, inwoner.Id, huishouden.Id, "Ondersteuningsvraag", vraag.Id);
        Tel(aantallen, "vragen");
        ZwaarwegendAdvies? advies = null;
        Beschikking? beschikking = null;
        if (doel != VraagStatus.Gemeld)
        {
            if (doel == VraagStatus.Afgesloten && _kans.Next(8) == 0)
            {
                vraag.SluitAf(Afsluitreden.InwonerZietAf, Binnen(melding, 10));
            }
            else
            {
                (advies, beschikking) = Verhelder(vraag, huishouden, inwoner, behandelaar, sw, doel, melding, gemeente, schrijver, aantallen);
            }
        }

        Tel(aantallen, $"vragen {vraag.Status}");

        // Dossier views over the life of the vraag: the behandelaar opens household and vraag again and again.
        var inzagen = _kans.Next(0, (2 * kamer.InzagesPerVraag) + 1);
        for (var i = 0; i < inzagen; i++)
        {
            var wanneer = Binnen(melding, Math.Min(dagen, 120));
            Feit(wanneer, AuditActie.Inzien, sw, null, huishouden.Id, i % 2 == 0 ? "Huishouden" : "Vraag", i % 2 == 0 ? huishouden.Id : vraag.Id);
        }

        schrijver.Schrijf(vraag);
        if (advies is not null)
        {
            schrijver.Schrijf(advies);
            Tel(aantallen, "adviezen");
        }

        if (beschikking is not null)
        {
            schrijver.Schrijf(beschikking);
            Tel(aantallen, "beschikkingen");
        }

        return vraag;
    }

    private (ZwaarwegendAdvies?, Beschikking?) Verhelder(Ondersteuningsvraag vraag, Huishouden huishouden, Inwoner inwoner, Actor behandelaar, int sw, VraagStatus doel, DateOnly melding,
        Gemeentedata gemeente, BulkSchrijver schrijver, Dictionary<string, long> aantallen)
    {
        vraag.StartVraagverheldering(behandelaar);
        vraag.LegClientondersteuningAangebodenVast(Binnen(melding, 3));
        var gesprek = vraag.PlanGesprek(Binnen(melding, 10), _kans.Next(3) == 0 ? Gesprekslocatie.Buurtkamer : Gesprekslocatie.Thuis,
            [new Deelnemer(inwoner.VolledigeNaam, DeelnemerRol.Inwoner)]);
        if (doel == VraagStatus.InVraagverheldering)
        {
            if (_kans.Next(2) == 0)
            {
                vraag.RondGesprekAf(gesprek.Id, "Keukentafelgesprek gevoerd; de vraag achter de vraag is besproken.");
                BeantwoordStappen(vraag, Afwegingsstap.SocialeBasis);
            }

            if (_kans.Next(15) == 0)
            {
                var opgeschort = Binnen(melding, 14);
                vraag.SchortOnderzoekOp(opgeschort, "Inwoner is opgenomen in het ziekenhuis.", toestemmingInwoner: true, beleid.Termijnen, opgeschort);
            }

            Feit(Binnen(melding, 10), AuditActie.Wijzigen, sw, inwoner.Id, huishouden.Id, "Ondersteuningsvraag", vraag.Id);
            return (null, null);
        }

        vraag.RondGesprekAf(gesprek.Id, "Keukentafelgesprek gevoerd; de vraag achter de vraag is besproken.");
        vraag.LegVraagAchterDeVraagVast("Eenzaamheid na het wegvallen van de partner; wil weer zelf de regie.");
        vraag.BeschrijfLeefgebied(Leefgebied.WelzijnSocialeRelaties, "Weinig contacten buiten de deur.");
        var uitkomstDatum = Binnen(melding.AddDays(7), 30);
        Feit(uitkomstDatum, AuditActie.Wijzigen, sw, inwoner.Id, huishouden.Id, "Ondersteuningsvraag", vraag.Id);

        var viaAdvies = doel is VraagStatus.AdviesVereist or VraagStatus.AdviesIngediend or VraagStatus.AdviesTeruggestuurd or VraagStatus.Getoetst or VraagStatus.Beschikt
            || (doel == VraagStatus.Afgesloten && _kans.Next(2) == 0);
        if (!viaAdvies)
        {
            if (doel == VraagStatus.Afgesloten && _kans.Next(2) == 0)
            {
                vraag.LegUitkomstVast(Uitkomst.AdviesDoorverwijzing("Sociaal Juridisch Loket"), behandelaar, uitkomstDatum, beleid.Catalogus);
                return (null, null);
            }

            if (_kans.Next(3) == 0)
            {
                BeantwoordStappen(vraag, Afwegingsstap.SocialeBasis);
                vraag.LegUitkomstVast(Uitkomst.SocialeBasis([Kies(gemeente.Aanbod)], "Maatje via de sociale kaart."), behandelaar, uitkomstDatum, beleid.Catalogus);
            }
            else
            {
                BeantwoordStappen(vraag, Afwegingsstap.Basisondersteuning);
                vraag.LegUitkomstVast(Uitkomst.Basisondersteuning(_kans.Next(2) == 0 ? "BO-TO" : "BO-DB", "Thuisondersteuning, 2 uur per week", uitkomstDatum.AddDays(7)),
                    behandelaar, uitkomstDatum, beleid.Catalogus);
                Regie(huishouden, behandelaar, sw, uitkomstDatum, schrijver, aantallen);
            }

            if (doel == VraagStatus.Afgesloten)
            {
                var einde = uitkomstDatum.AddDays(_kans.Next(30, 300));
                if (vraag.LooptBasisondersteuning)
                {
                    vraag.BeeindigBasisondersteuning(einde, behandelaar);
                }

                vraag.SluitAf(Afsluitreden.Afgerond, einde);
            }

            return (null, null);
        }

        BeantwoordStappen(vraag, Afwegingsstap.AanvullendeOndersteuning);
        var code = _kans.Next(4) switch { 0 => "AO-TO", 1 => "AO-DB", 2 => "AO-HH", _ => "AO-KV" };
        vraag.LegUitkomstVast(Uitkomst.AanvullendViaAanvraag(code, "Inwoner vraagt een beschikking aan."), behandelaar, uitkomstDatum, beleid.Catalogus);
        if (doel == VraagStatus.AdviesVereist)
        {
            return (null, null);
        }

        // 002 §3.1 duurbeleid: the standard duration, the longer one for a chronic limitation (about a third of the clients).
        var ingang = uitkomstDatum.AddDays(14);
        var chronisch = _kans.Next(3) == 0;
        var maanden = beleid.Duur.MaximaleMaanden(Leeftijd.Op(inwoner.Geboortedatum, ingang), chronisch);
        var advies = new ZwaarwegendAdvies(vraag.Id, behandelaar, code, new Omvang(2 + _kans.Next(6), Eenheid.Uur, Frequentie.PerWeek),
            new Periode(ingang, ingang.AddMonths(maanden).AddDays(-1)), Leveringsvorm.ZorgInNatura,
            "Specialistische begeleiding is nodig: de zorg is vaak onplanbaar en er is weinig inzicht in de beperking.");
        advies.DienIn(uitkomstDatum);
        vraag.MarkeerAdviesIngediend(advies);
        Feit(uitkomstDatum, AuditActie.Aanmaken, sw, inwoner.Id, huishouden.Id, "ZwaarwegendAdvies", advies.Id);
        if (doel == VraagStatus.AdviesIngediend)
        {
            return (advies, null);
        }

        var toetser = Kies(gemeente.Toetsers);
        var toetsmoment = Moment(Binnen(uitkomstDatum, 5));
        Feit(DateOnly.FromDateTime(toetsmoment.UtcDateTime), AuditActie.Inzien, toetser, inwoner.Id, huishouden.Id, "Advies", advies.Id);
        if (doel == VraagStatus.AdviesTeruggestuurd)
        {
            advies.StuurTerug(_acteurs[toetser].Actor, null, "Motiveer de omvang met de zelfredzaamheidsmatrix.", toetsmoment);
            vraag.MarkeerAdviesTeruggestuurd();
            return (advies, null);
        }

        advies.Keur(_acteurs[toetser].Actor, null, null, toetsmoment);
        vraag.MarkeerGetoetst(advies);
        if (doel == VraagStatus.Getoetst)
        {
            return (advies, null);
        }

        var verzonden = DateOnly.FromDateTime(toetsmoment.UtcDateTime).AddDays(1);
        var beschikking = Beschikking.KenToe(VolgendBeschikkingsnummer(verzonden.Year), advies, inwoner.Id, _acteurs[toetser].Actor, null, beleid.Catalogus,
            inwoner.Geboortedatum, chronisch, beleid.Duur, "Het zwaarwegend advies is goedgekeurd.");
        beschikking.Verzend(verzonden, verzonden, beleid.Termijnen);
        vraag.MarkeerBeschikt(beschikking);
        Feit(verzonden, AuditActie.Aanmaken, toetser, inwoner.Id, huishouden.Id, "Beschikking", beschikking.Id);
        Feit(verzonden, AuditActie.Afdrukken, toetser, inwoner.Id, huishouden.Id, "Beschikking", beschikking.Id);
        Toewijs(beschikking, vraag, toetser, verzonden, gemeente, schrijver, aantallen);
        // A vraag is closed when its toekenning has ended; one that still runs stays beschikt.
        if (doel == VraagStatus.Afgesloten && beschikking.Einddatum is { } toekenningEinde && toekenningEinde <= _vandaag)
        {
            vraag.SluitAf(Afsluitreden.Afgerond, toekenningEinde);
        }

        return (advies, beschikking);
    }

    /// <summary>
    /// A toekenning in natura goes to an aanbieder of its perceel as a toewijzing (002 §5.3), built with the domain's rules; the
    /// aanbieder reports the start (WMO305) once the ingangsdatum has passed and the stop (WMO307) once the einddatum has. The
    /// WMO301 messages themselves are made afterwards by the real export (<c>seed</c> runs <c>IwmoExporteren</c>).
    /// </summary>
    private void Toewijs(Beschikking beschikking, Ondersteuningsvraag vraag, int toetser, DateOnly verzonden, Gemeentedata gemeente, BulkSchrijver schrijver,
        Dictionary<string, long> aantallen)
    {
        var voorziening = beleid.Catalogus.Zoek(beschikking.VoorzieningCode ?? string.Empty);
        var aanbieders = gemeente.Aanbieders.Where(a => voorziening.Perceel is { } perceel && a.LevertIn(perceel)).ToList();
        if (beschikking.Leveringsvorm != Leveringsvorm.ZorgInNatura || aanbieders.Count == 0)
        {
            return;
        }

        var toewijzing = Toewijzing.VoorBeschikking(new ToewijzingNummer(++_toewijzingen), beschikking, vraag, Kies(aanbieders), voorziening,
            Moment(verzonden), verzonden, []);
        toewijzing.ZetProductcode(voorziening.Productcode);
        var vroegst = _vandaag.AddYears(-5).AddDays(1);
        var start = Binnen(beschikking.Ingangsdatum!.Value, 10);
        if (start <= _vandaag && start >= vroegst && start >= beschikking.Ingangsdatum.Value && (beschikking.Einddatum is null || start <= beschikking.Einddatum))
        {
            toewijzing.MeldStart(start, _vandaag);
            if (beschikking.Einddatum is { } einde && einde < _vandaag)
            {
                toewijzing.MeldStop(einde, RedenBeeindiging.VolgensPlanBeeindigd, _vandaag);
            }
        }

        schrijver.Schrijf(toewijzing);
        Feit(verzonden, AuditActie.Aanmaken, toetser, vraag.InwonerId, vraag.HuishoudenId, "Toewijzing", toewijzing.Id);
        Tel(aantallen, "toewijzingen");
        if (toewijzing.IsActueelOp(_vandaag))
        {
            Tel(aantallen, "toewijzingen actueel");
        }
    }

    /// <summary>The first basisondersteuning of a household brings a regievoerder and an active plan (002 §2.3, 003 L2849).</summary>
    private void Regie(Huishouden huishouden, Actor sociaalWerker, int sw, DateOnly datum, BulkSchrijver schrijver, Dictionary<string, long> aantallen)
    {
        if (huishouden.RegievoerderId is not null)
        {
            return;
        }

        huishouden.WijsRegievoerderToe(sociaalWerker, sociaalWerker, Moment(datum));
        huishouden.StartProfessioneleOndersteuning();
        var plan = new Ondersteuningsplan(huishouden.Id, sociaalWerker, datum);
        var doel = plan.VoegDoelToe(Leefgebied.WelzijnSocialeRelaties, "Weer twee keer per week onder de mensen.", Doelsoort.Ontwikkelen, datum.AddMonths(3));
        plan.VoegActieToe(doel.Id, "Samen naar de inloop in de buurtkamer", Uitvoerder.Basisondersteuning, "Basisteam Leeuwarden", Financier.GemeenteWmo);
        huishouden.ActiveerPlan(plan, datum.AddDays(1));
        schrijver.Schrijf(plan);
        Feit(datum, AuditActie.Aanmaken, sw, null, huishouden.Id, "Ondersteuningsplan", plan.Id);
        Tel(aantallen, "ondersteuningsplannen");
    }

    private static void BeantwoordStappen(Ondersteuningsvraag vraag, Afwegingsstap tot)
    {
        foreach (var stap in Enum.GetValues<Afwegingsstap>().Where(s => s < tot && vraag.Afweging.All(a => a.Stap != s)))
        {
            vraag.BeantwoordStap(stap, biedtOplossing: false, "Biedt onvoldoende oplossing voor deze vraag.");
        }
    }

    /// <summary>First contacts of the last weeks that no sociaal werker picked up yet (the eerste-contactenlijst).</summary>
    private void WachtendeEersteContacten(Schaal schaal, Gemeentedata gemeente, BulkSchrijver schrijver, Dictionary<string, long> aantallen)
    {
        var aantal = schaal.Vragen / 100;
        for (var i = 0; i < aantal; i++)
        {
            var kamer = gemeente.Buurtkamers[i % gemeente.Buurtkamers.Count];
            var vw = kamer.DemoVrijwilligers.Count > 0 && _kans.Next(2) == 0 ? Kies(kamer.DemoVrijwilligers) : Kies(kamer.Vrijwilligers.Count > 0 ? kamer.Vrijwilligers : kamer.SociaalWerkers);
            var melding = _vandaag.AddDays(-_kans.Next(0, 28));
            var contact = new EersteContact(_acteurs[vw].Actor, kamer.Buurtkamer.Id, melding, new Melder(MelderSoort.Inwoner, $"{Kies(Voornamen)} {Kies(Achternamen)}", "06-12345678", null),
                null, Kies(Vragen), beroepskrachtIngeschakeld: false, _kans.Next(40) == 0 ? Veiligheidssignaal.HuiselijkGeweld : null, Moment(melding));
            schrijver.Schrijf(contact);
            Feit(melding, AuditActie.Aanmaken, vw, null, null, "EersteContact", contact.Id);
            Tel(aantallen, "eerste contacten (wachtend)");
        }
    }

    // ── audit trail ──────────────────────────────────────────────────────

    private readonly record struct AuditFeit(long Ticks, AuditActie Actie, int Acteur, Guid Inwoner, Guid Huishouden, string Onderwerp, Guid OnderwerpId);

    private void Feit(DateOnly datum, AuditActie actie, int acteur, Guid? inwoner, Guid? huishouden, string onderwerp, Guid onderwerpId)
    {
        var dag = datum > _vandaag ? _vandaag : datum;
        _audit.Add(new AuditFeit(Moment(dag).UtcTicks, actie, acteur, inwoner ?? Guid.Empty, huishouden ?? Guid.Empty, onderwerp, onderwerpId));
    }

    /// <summary>Writes every collected event in time order as one hash chain continuing from the chain's head.</summary>
    private async Task SchrijfAuditAsync(BulkSchrijver schrijver, Action<string, long, long>? voortgang, CancellationToken cancellationToken)
    {
        _audit.Sort((a, b) => a.Ticks.CompareTo(b.Ticks));
        var kop = await db.Set<AuditKop>().AsNoTracking().SingleAsync(k => k.Id == AuditKop.EnigeId, cancellationToken);
        var volgnummer = kop.LaatsteVolgnummer;
        var vorige = kop.LaatsteHash;
        for (var i = 0; i < _audit.Count; i++)
        {
            var feit = _audit[i];
            var acteur = _acteurs[feit.Acteur];
            var regel = new AuditRegel
            {
                Volgnummer = ++volgnummer,
                Moment = new DateTimeOffset(feit.Ticks, TimeSpan.Zero),
                GebruikerId = acteur.Id,
                GebruikerNaam = acteur.Naam,
                Rol = acteur.Rol,
                OrganisatieId = acteur.OrganisatieId,
                Actie = feit.Actie,
                InwonerId = feit.Inwoner == Guid.Empty ? null : feit.Inwoner,
                HuishoudenId = feit.Huishouden == Guid.Empty ? null : feit.Huishouden,
                Onderwerp = feit.Onderwerp,
                OnderwerpId = feit.OnderwerpId.ToString(),
                VorigeHash = vorige,
            };
            regel.Verzegel();
            vorige = regel.Hash;
            schrijver.Schrijf(regel);
            if ((i + 1) % 100_000 == 0 || i + 1 == _audit.Count)
            {
                voortgang?.Invoke("Audittrail", i + 1, _audit.Count);
            }
        }

        await schrijver.VoerUitAsync("UPDATE AuditKop SET LaatsteVolgnummer = @volgnummer, LaatsteHash = @hash WHERE Id = @id",
            [("@volgnummer", volgnummer), ("@hash", vorige), ("@id", AuditKop.EnigeId)], cancellationToken);
    }

    private string VolgendBeschikkingsnummer(int jaar)
    {
        _beschikkingenPerJaar[jaar] = _beschikkingenPerJaar.GetValueOrDefault(jaar) + 1;
        return $"WMO-{jaar}-{_beschikkingenPerJaar[jaar]:D6}";
    }

    /// <summary>The number series continue after the seeded beschikkingen, so the portal never hands out a number twice.</summary>
    private Task SchrijfNummerreeksenAsync(BulkSchrijver schrijver, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        foreach (var (jaar, laatste) in _beschikkingenPerJaar)
        {
            schrijver.Schrijf(new Nummerreeks { Naam = "WMO", Jaar = jaar, Laatste = laatste });
        }

        if (_toewijzingen > 0)
        {
            schrijver.Schrijf(new Nummerreeks { Naam = Nummerreeks.Toewijzingen, Jaar = 0, Laatste = _toewijzingen });
        }

        return Task.CompletedTask;
    }

    // ── SQLite bulk load: secondary indexes afterwards, foreign keys checked at the end ──

    private async Task<List<string>> LaadVoorbereidingAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return [];
        }

        // Building an index once over sorted data is far cheaper than updating it for every row.
        var indexen = await db.Database.SqlQueryRaw<string>(
            "SELECT sql AS Value FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name NOT LIKE '__EF%'").ToListAsync(cancellationToken);
        var namen = await db.Database.SqlQueryRaw<string>(
            "SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name NOT LIKE '__EF%'").ToListAsync(cancellationToken);
        foreach (var naam in namen)
        {
            // The names come from sqlite_master itself, not from input.
            var drop = "DROP INDEX \"" + naam + "\"";
            await db.Database.ExecuteSqlRawAsync(drop, cancellationToken);
        }

        return indexen;
    }

    private async Task LaadAfrondingAsync(List<string> indexen, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            foreach (var sql in indexen)
            {
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            }

            // Every reference between the seeded rows resolves (the rows were written with checks deferred to here).
            var fouten = await db.Database.SqlQueryRaw<string>("SELECT \"table\" || ' → ' || parent AS Value FROM pragma_foreign_key_check LIMIT 5").ToListAsync(cancellationToken);
            if (fouten.Count > 0)
            {
                throw new InvalidOperationException("Seed is inconsistent: verwijzingen zonder doel in " + string.Join(", ", fouten));
            }

            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // ── small helpers ────────────────────────────────────────────────────

    private Bsn VolgendeBsn()
    {
        while (true)
        {
            var tekst = (++_bsn).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Bsn.TryParse(tekst, out var bsn))
            {
                return bsn;
            }
        }
    }

    private T Kies<T>(IReadOnlyList<T> uit) => uit[_kans.Next(uit.Count)];

    private DateOnly Binnen(DateOnly vanaf, int dagen)
    {
        var dag = vanaf.AddDays(_kans.Next(0, Math.Max(1, dagen)));
        return dag > _vandaag ? _vandaag : dag;
    }

    private DateTimeOffset Moment(DateOnly dag) =>
        new(dag.ToDateTime(new TimeOnly(8, 0)).AddMinutes(_kans.Next(0, 9 * 60)), TimeSpan.Zero);

    private static void Tel(Dictionary<string, long> aantallen, string wat, long aantal = 1) =>
        aantallen[wat] = aantallen.GetValueOrDefault(wat) + aantal;
}
