using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Cli.Bench;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Infrastructure.Seeding.Schaal;

namespace Wmo.Cli.Opdrachten;

/// <summary>
/// The benchmark of issue 15: the portal (Release) on a seeded database as a separate process on loopback, driven by
/// 16 and 64 concurrent signed-in clients per page, each page compared with the bare signed-in page of the same run.
/// Speed is reported here and in docs/performance.md, never asserted in a test.
/// </summary>
public sealed class BenchOpdracht : IOpdracht
{
    private static readonly int[] Gelijktijdig = [16, 64];

    /// <summary>The pages <c>--pagina</c> can choose (the bare page is always measured as the reference).</summary>
    public static readonly IReadOnlyList<string> Paginanamen =
    [
        "werkvoorraad", "startpagina", "eerste-contacten", "dossier", "toetserwachtrij", "zoeken-bsn", "zoeken-postcode",
        "zoeken-naam", "transitie-werklijst", "bewaartermijnen", "monitoringdashboard",
    ];

    public string Naam => "bench";

    public string Omschrijving => "Meet het portaal (Release) op een gemeente op schaal met 16 en 64 gelijktijdige ingelogde gebruikers per pagina.";

    public IReadOnlyList<CliOptie> Opties =>
    [
        new("quick", "Snel: schaal leeuwarden, korte metingen (minder dan twee minuten op een geseede database).", IsSchakelaar: true),
        new("scale", "De schaal van de gemeente: leeuwarden of amsterdam (standaard amsterdam, met --quick leeuwarden).", Waardenaam: "leeuwarden|amsterdam"),
        new("data", "Map van de database; ontbreekt de database, dan wordt ze eerst geseed (standaard data-bench/<schaal> naast het portaal).", Waardenaam: "map"),
        new("seconden", "Duur van één meting per pagina en aantal gebruikers (standaard 10; met --quick 3 bij 16 clients en 2 bij 64).", Waardenaam: "seconden"),
        new("zonder-build", "Bouw het portaal niet eerst in Release (het is al gebouwd).", IsSchakelaar: true),
        new("pagina", "Meet alleen deze pagina's (met komma's, bv. zoeken-naam,zoeken-bsn) naast de kale pagina; de pdf-brief valt dan weg.", Waardenaam: "namen"),
        new("rondgang", "In plaats van de belasting: loop als elke demorol alle pagina's af die via links bereikbaar zijn (twee voorbeelden per soort link, elk twee keer gevraagd) en meld de trage en die met een fout.", IsSchakelaar: true),
        new("drempel", "Met --rondgang: noem elke pagina die bij de tweede keer langer duurt dan dit (standaard 100 ms).", Waardenaam: "ms"),
    ];

    public IReadOnlyList<string> Voorbeelden => ["bench --quick", "bench --quick --pagina zoeken-naam,zoeken-bsn", "bench --scale amsterdam", "bench --scale leeuwarden --seconden 5", "bench --scale amsterdam --rondgang"];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        var quick = context.Schakelaar("quick");
        var schaal = Schaal.Zoek(context.Optie("scale") ?? (quick ? "leeuwarden" : "amsterdam"));
        if (schaal is null)
        {
            await context.Fout.WriteLineAsync($"Onbekende schaal '{context.Optie("scale")}'. Kies {string.Join(" of ", Schaal.Alle.Select(s => s.Naam))}.");
            return CliProgramma.VerkeerdGebruik;
        }

        var gekozen = context.Optie("pagina") is { Length: > 0 } lijst
            ? lijst.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;
        if (gekozen?.Where(n => !Paginanamen.Contains(n)).ToList() is { Count: > 0 } onbekend)
        {
            await context.Fout.WriteLineAsync($"Onbekende pagina('s): {string.Join(", ", onbekend)}. Kies uit {string.Join(", ", Paginanamen)}.");
            return CliProgramma.VerkeerdGebruik;
        }

        var gegeven = int.TryParse(context.Optie("seconden"), CultureInfo.InvariantCulture, out var s) && s > 0 ? s : (int?)null;
        var seconden = gegeven ?? (quick ? 3 : 10);

        // --quick stays under two minutes on this project's 2-core machine with the database seeded (issue 15): the level of 64
        // clients, which has no target of its own, gets 2 s a page there (docs/performance.md, "Stand van zaken").
        var secondenPerNiveau = Gelijktijdig.ToDictionary(n => n, n => quick && gegeven is null && n != Gelijktijdig[0] ? 2 : seconden);
        var contentRoot = CliHost.ZoekContentRoot();
        var dataMap = Path.GetFullPath(context.Optie("data") ?? Path.Combine(contentRoot, "data-bench", schaal.Naam));
        var uit = context.Uit;
        var c = CultureInfo.InvariantCulture;

        // 1. A seeded database (seeded now when it is missing).
        var services = CliHost.Bouw(new Dictionary<string, string?> { ["Database:DataFolder"] = dataMap, ["Database:Provider"] = "Sqlite", ["Database:ConnectionString"] = null });
        try
        {
            if (!File.Exists(Path.Combine(dataMap, "wmo.db")))
            {
                await context.Fout.WriteLineAsync($"Geen database in {dataMap}: eerst seeden op schaal {schaal.Naam}.");
                await using (var scope = services.CreateAsyncScope())
                {
                    var logger = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<WmoDbContext>>();
                    await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<WmoDbContext>(), logger, cancellationToken);
                }

                if (await SeedOpdracht.SeedAsync(services, context, schaal, cancellationToken) is null)
                {
                    return CliProgramma.Mislukt;
                }
            }

            var doelen = await DoelenAsync(services, cancellationToken);

            // 2. The portal in Release as its own process.
            if (!context.Schakelaar("zonder-build"))
            {
                await context.Fout.WriteLineAsync("Portaal bouwen (Release)...");
                if (await BouwAsync(contentRoot, cancellationToken) != 0)
                {
                    await context.Fout.WriteLineAsync("Het portaal kon niet worden gebouwd.");
                    return CliProgramma.Mislukt;
                }
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await using var portaal = await PortaalProces.StartAsync(contentRoot, dataMap, cancellationToken);
            if (context.Schakelaar("rondgang"))
            {
                var drempel = int.TryParse(context.Optie("drempel"), CultureInfo.InvariantCulture, out var d) && d > 0 ? d : 100;
                return await RondgangAsync(uit, portaal.Adres, schaal.Naam, TimeSpan.FromMilliseconds(drempel), cancellationToken);
            }

            var paginas = await PaginasAsync(portaal.Adres, doelen, cancellationToken);
            if (gekozen is not null)
            {
                // A focused micro-measurement: the bare page as the reference, then only the chosen pages.
                paginas = paginas with { Algemeen = [paginas.Algemeen[0], .. paginas.Algemeen.Skip(1).Where(p => gekozen.Contains(p.Naam))], Pdf = null };
            }

            await uit.WriteLineAsync($"Benchmark Wmo-portaal — schaal {schaal.Naam}, {Environment.ProcessorCount} cores, "
                + (secondenPerNiveau.Values.Distinct().Count() == 1 ? $"{seconden} s per meting"
                    : string.Join(" en ", secondenPerNiveau.Select(n => $"{n.Value} s per meting bij {n.Key} clients"))) + $", {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            await uit.WriteLineAsync($"Database: {Path.Combine(dataMap, "wmo.db")} ({new FileInfo(Path.Combine(dataMap, "wmo.db")).Length / 1024 / 1024} MB); {Belasting()}");

            // 3. Warm up: every page a few times (JIT, caches), then the bare page with all clients.
            var timeout = TimeSpan.FromSeconds(quick ? 15 : 30);
            foreach (var pagina in paginas.Pdf is null ? paginas.Algemeen : paginas.Algemeen.Append(paginas.Pdf))
            {
                var warm = await Meting.MeetNaElkaarAsync(pagina, 2, timeout, cancellationToken);
                if (warm.Fouten > 0)
                {
                    await context.Fout.WriteLineAsync($"Let op: {pagina.Naam} gaf bij het opwarmen {warm.Fouten} fout(en){Meting.Waarom(warm)}.");
                }
            }

            // Then every page under load for a moment: the JIT's later tiers (tiered PGO) and SQLite's page cache settle only
            // after many requests, and the page measured first (the bare page, the reference of every ratio) otherwise pays
            // for that alone (docs/performance.md, eleventh round: 1,134 req/s after 5 s of warming up, ~2,400 after 30 s).
            foreach (var pagina in paginas.Algemeen.Skip(1))
            {
                await Meting.MeetAsync(pagina, Gelijktijdig[0], TimeSpan.FromSeconds(quick ? 1 : 3), timeout, portaal, cancellationToken);
                await portaal.WachtTotRustigAsync(TimeSpan.FromSeconds(quick ? 30 : 120), cancellationToken);
            }

            await Meting.MeetAsync(paginas.Algemeen[0], Gelijktijdig[0], TimeSpan.FromSeconds(Math.Min(5, seconden)), timeout, portaal, cancellationToken);

            // 4. Measure each page per level. At 16 clients (the level of the issue's targets) every page is measured in turns
            //    with the bare page and its ratio is to the bare page measured in those turns: on a shared machine the absolute
            //    numbers drift by a factor of two within minutes, the ratio measured side by side much less (docs/performance.md).
            //    At 64 clients the ratio is to the bare page measured at the start of that level.
            var resultaten = new List<Resultaat>();
            var rondes = quick ? 2 : 4;
            await uit.WriteLineAsync();
            await uit.WriteLineAsync($"Bij {Gelijktijdig[0]} clients is elke pagina in {rondes} rondes om en om met de kale pagina gemeten; de ratio is die tegen de kale pagina van die rondes.");
            await uit.WriteLineAsync($"{"pagina",-22} {"clients",7} {"verzoeken",9} {"fouten",6} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"req/s",8} {"ratio",6}");
            foreach (var clients in Gelijktijdig)
            {
                Resultaat? kaal = null;
                foreach (var pagina in paginas.Algemeen)
                {
                    Resultaat r;
                    var toelichting = string.Empty;
                    if (kaal is null)
                    {
                        r = kaal = await Meting.MeetAsync(pagina, clients, TimeSpan.FromSeconds(secondenPerNiveau[clients]), timeout, portaal, cancellationToken) with { Ratio = 1 };
                    }
                    else if (clients == Gelijktijdig[0])
                    {
                        var omEnOm = await Meting.MeetOmEnOmAsync(pagina, paginas.Algemeen[0], clients, TimeSpan.FromSeconds(seconden), rondes, timeout, portaal, cancellationToken);
                        r = omEnOm.Pagina;
                        toelichting = $"  (kaal ernaast {omEnOm.Referentie.Rps.ToString("F0", c)} req/s; per ronde {omEnOm.RatiosPerRonde.Min().ToString("F2", c)}–{omEnOm.RatiosPerRonde.Max().ToString("F2", c)})";
                    }
                    else
                    {
                        var gemeten = await Meting.MeetAsync(pagina, clients, TimeSpan.FromSeconds(secondenPerNiveau[clients]), timeout, portaal, cancellationToken);
                        r = gemeten with { Ratio = gemeten.Rps / kaal.Rps };
                    }

                    resultaten.Add(r);
                    var bijkomen = await portaal.WachtTotRustigAsync(TimeSpan.FromSeconds(quick ? 30 : 120), cancellationToken);
                    await uit.WriteLineAsync($"{r.Pagina,-22} {r.Clients,7} {r.Aantal,9} {r.Fouten,6} {Meting.Ms(r.P50),8} {Meting.Ms(r.P95),8} {Meting.Ms(r.P99),8} {r.Rps.ToString("F0", c),8} {r.Ratio.ToString("F2", c),6}"
                        + toelichting + (bijkomen > TimeSpan.FromSeconds(2) ? $"  (portaal daarna nog {bijkomen.TotalSeconds.ToString("F0", c)} s bezig)" : string.Empty));
                }
            }

            var pdf = paginas.Pdf is null ? null : await Meting.MeetNaElkaarAsync(paginas.Pdf, quick ? 3 : 10, TimeSpan.FromSeconds(60), cancellationToken);
            if (pdf is not null)
            {
                await uit.WriteLineAsync($"{pdf.Pagina,-22} {pdf.Clients,7} {pdf.Aantal,9} {pdf.Fouten,6} {Meting.Ms(pdf.P50),8} {Meting.Ms(pdf.P95),8} {Meting.Ms(pdf.P99),8} {pdf.Rps.ToString("F1", c),8} {"–",6}{Meting.Waarom(pdf)}");
            }

            await uit.WriteLineAsync();
            await uit.WriteLineAsync($"Geheugen portaal (piek, resident): {portaal.PiekGeheugen / 1024 / 1024} MB, waarvan eigen geheugen (RssAnon) {portaal.PiekEigen / 1024 / 1024} MB " +
                $"en gemapte bestanden (RssFile: database via mmap, assemblies) {portaal.PiekBestanden / 1024 / 1024} MB (pieken per soort); {Belasting()}");
            await uit.WriteLineAsync("Geheugen portaal (piek, proportioneel: Pss, elke gemapte databasepagina één keer geteld): "
                + string.Join(", ", portaal.PiekProportioneel.OrderBy(p => p.Key).Select(p => $"{p.Value / 1024 / 1024} MB bij {p.Key} clients")));
            foreach (var ontbreekt in paginas.Ontbrekend)
            {
                await uit.WriteLineAsync($"Niet gemeten: {ontbreekt}");
            }

            // 5. One summary line per page at 16 clients (the issue's targets are at 16).
            await uit.WriteLineAsync();
            foreach (var r in resultaten.Where(r => r.Clients == Gelijktijdig[0]))
            {
                await uit.WriteLineAsync($"{r.Pagina} p95={Meting.Ms(r.P95)}ms rps={r.Rps.ToString("F0", c)} ratio={r.Ratio.ToString("F2", c)}" + (r.Fouten > 0 ? $" fouten={r.Fouten}" : string.Empty));
            }

            if (pdf is not null)
            {
                await uit.WriteLineAsync($"{pdf.Pagina} p95={Meting.Ms(pdf.P95)}ms rps={pdf.Rps.ToString("F1", c)} (na elkaar, 1 client)" + (pdf.Fouten > 0 ? $" fouten={pdf.Fouten}" : string.Empty));
            }

            if (portaal.PiekProportioneel.TryGetValue(Gelijktijdig[0], out var pss))
            {
                await uit.WriteLineAsync($"geheugen pss={pss / 1024 / 1024}MB bij {Gelijktijdig[0]} clients");
            }
            return resultaten.Any(r => r.Aantal == 0) ? CliProgramma.Mislukt : CliProgramma.Gelukt;
        }
        catch (InloggenMislukt e)
        {
            await context.Fout.WriteLineAsync($"{e.Message} De bench logt in met de demo-accounts van de seed; is de database in {dataMap} door 'seed' of 'bench' gemaakt?");
            return CliProgramma.Mislukt;
        }
        finally
        {
            if (services is IAsyncDisposable weg)
            {
                await weg.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The rondgang (<see cref="Rondgang"/>) as each demo role: the pages over the threshold, slowest first, and every page that
    /// failed (a status of 500 or more: the command then fails). Reported, never asserted in a test (issue 15).
    /// </summary>
    private static async Task<int> RondgangAsync(TextWriter uit, Uri adres, string schaal, TimeSpan drempel, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        await uit.WriteLineAsync($"Rondgang Wmo-portaal — schaal {schaal}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Belasting()}");
        await uit.WriteLineAsync($"Elke pagina twee keer gevraagd, na elkaar, één client; de tijd is die van de tweede keer. Genoemd: boven {drempel.TotalMilliseconds.ToString("F0", c)} ms of een fout.");
        var fouten = 0;
        var samenvatting = new List<string>();
        foreach (var (rol, gebruiker) in new[] { ("vrijwilliger", "anna.devries"), ("sociaal werker", "fatima.elamrani"), ("toetser", "marieke.hoekstra"), ("beheerder", "ingrid.postma") })
        {
            var sleutel = DemoSeeder.Accounts.Single(a => a.Gebruikersnaam == gebruiker).AuthenticatorSleutel;
            var sessie = await Sessie.InloggenAsync(adres, gebruiker, DemoSeeder.DemoWachtwoord, sleutel, cancellationToken);
            using var http = sessie.NieuweClient(TimeSpan.FromMinutes(5));
            var bezoeken = await Rondgang.LoopAsync(http, 500, cancellationToken);
            var genoemd = bezoeken.Where(b => b.IsFout || b.Tweede > drempel).OrderByDescending(b => b.Tweede).ToList();
            var traagste = bezoeken.MaxBy(b => b.Tweede);
            await uit.WriteLineAsync();
            await uit.WriteLineAsync($"{rol} ({gebruiker}): {bezoeken.Count} pagina's, {bezoeken.Count(b => b.IsFout)} met een fout");
            foreach (var b in genoemd)
            {
                await uit.WriteLineAsync($"  {Meting.Ms(b.Tweede.TotalMilliseconds),8} ms (eerste keer {Meting.Ms(b.Eerste.TotalMilliseconds)}) {b.Bytes / 1024,6} KB  {b.Status}  {b.Soort,-16} {b.Pad}");
            }

            fouten += bezoeken.Count(b => b.IsFout);
            samenvatting.Add($"rondgang {rol.Replace(' ', '-')} paginas={bezoeken.Count} fouten={bezoeken.Count(b => b.IsFout)}"
                + (traagste is null ? string.Empty : $" traagste={Meting.Ms(traagste.Tweede.TotalMilliseconds)}ms {traagste.Pad}"));
        }

        await uit.WriteLineAsync();
        foreach (var regel in samenvatting)
        {
            await uit.WriteLineAsync(regel);
        }

        return fouten > 0 ? CliProgramma.Mislukt : CliProgramma.Gelukt;
    }

    private sealed record Doelen(List<Guid> Huishoudens, List<string> Bsns, List<(string Postcode, int Huisnummer)> Adressen, List<string> Achternamen, Guid Beschikking);

    private sealed record Paginas(List<BenchPagina> Algemeen, BenchPagina? Pdf, List<string> Ontbrekend);

    /// <summary>Ids and search terms from the caseload of the demo sociaal werker, so every request finds something.</summary>
    private static async Task<Doelen> DoelenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
        var fatima = await db.Users.Where(u => u.UserName == "fatima.elamrani").Select(u => u.Id).SingleAsync(cancellationToken);
        var open = db.Ondersteuningsvragen.AsNoTracking().Where(Ondersteuningsvraag.InBehandeling).Where(v => v.BehandelaarId == fatima);
        var huishoudens = await open.Select(v => v.HuishoudenId).Distinct().OrderBy(h => h).Take(50).ToListAsync(cancellationToken);
        var inwonerIds = await open.Where(v => huishoudens.Contains(v.HuishoudenId)).Select(v => v.InwonerId).Distinct().ToListAsync(cancellationToken);
        var inwoners = await db.Inwoners.AsNoTracking().Where(i => inwonerIds.Contains(i.Id))
            .Select(i => new { i.Bsn, i.BrpAdres.Postcode, i.BrpAdres.Huisnummer, i.Achternaam }).ToListAsync(cancellationToken);
        var beschikking = await db.Beschikkingen.AsNoTracking()
            .Where(b => db.Ondersteuningsvragen.Any(v => v.Id == b.VraagId && v.BehandelaarId == fatima))
            .Select(b => b.Id).FirstAsync(cancellationToken);
        return new Doelen(huishoudens, [.. inwoners.Select(i => i.Bsn.Value)], [.. inwoners.Select(i => (i.Postcode.Value, i.Huisnummer))],
            [.. inwoners.Select(i => i.Achternaam).Distinct().Take(10)], beschikking);
    }

    private static async Task<Paginas> PaginasAsync(Uri adres, Doelen doelen, CancellationToken cancellationToken)
    {
        string Sleutel(string gebruiker) => DemoSeeder.Accounts.Single(a => a.Gebruikersnaam == gebruiker).AuthenticatorSleutel!;
        var sw = await Sessie.InloggenAsync(adres, "fatima.elamrani", DemoSeeder.DemoWachtwoord, null, cancellationToken);
        var vw = await Sessie.InloggenAsync(adres, "anna.devries", DemoSeeder.DemoWachtwoord, null, cancellationToken);
        var toetser = await Sessie.InloggenAsync(adres, "marieke.hoekstra", DemoSeeder.DemoWachtwoord, Sleutel("marieke.hoekstra"), cancellationToken);

        // The second TOTP login needs a fresh 30-second window only when it shares a key; these keys differ.
        var beheerder = await Sessie.InloggenAsync(adres, "ingrid.postma", DemoSeeder.DemoWachtwoord, Sleutel("ingrid.postma"), cancellationToken);

        static Func<int, HttpRequestMessage> Get(Func<int, string> url) => i => new HttpRequestMessage(HttpMethod.Get, new Uri(url(i), UriKind.Relative));
        static Func<int, HttpRequestMessage> Zoek(Sessie sessie, Func<int, Dictionary<string, string>> velden) => i =>
        {
            var formulier = velden(i);
            formulier["__RequestVerificationToken"] = sessie.Token;
            return new HttpRequestMessage(HttpMethod.Post, new Uri("/Zoeken", UriKind.Relative)) { Content = new FormUrlEncodedContent(formulier) };
        };

        var paginas = new List<BenchPagina>
        {
            new("kaal", sw, Get(_ => "/Home/Kaal")),
            new("werkvoorraad", sw, Get(_ => "/Werkvoorraad")),
            new("startpagina", sw, Get(_ => "/")),
            new("eerste-contacten", vw, Get(_ => "/EersteContact")),
            new("dossier", sw, Get(i => $"/Huishouden/Details/{doelen.Huishoudens[i % doelen.Huishoudens.Count]}")),
            new("toetserwachtrij", toetser, Get(_ => "/Toetsing")),
            new("zoeken-bsn", sw, Zoek(sw, i => new() { ["Bsn"] = doelen.Bsns[i % doelen.Bsns.Count] })),
            new("zoeken-postcode", sw, Zoek(sw, i => new()
            {
                ["Postcode"] = doelen.Adressen[i % doelen.Adressen.Count].Postcode,
                ["Huisnummer"] = doelen.Adressen[i % doelen.Adressen.Count].Huisnummer.ToString(CultureInfo.InvariantCulture),
            })),
            new("zoeken-naam", sw, Zoek(sw, i => new() { ["Achternaam"] = doelen.Achternamen[i % doelen.Achternamen.Count] })),
            new("transitie-werklijst", sw, Get(_ => "/Transitie")),
            new("bewaartermijnen", beheerder, Get(_ => "/Privacy/Opschonen")),
        };

        // The monitoring dashboard comes with issue 13; measured as soon as the portal has it.
        var ontbrekend = new List<string>();
        using (var probe = beheerder.NieuweClient(TimeSpan.FromSeconds(60)))
        {
            using var antwoord = await probe.GetAsync(new Uri("/Monitoring", UriKind.Relative), cancellationToken);
            if (antwoord.IsSuccessStatusCode)
            {
                paginas.Add(new("monitoringdashboard", beheerder, Get(_ => "/Monitoring")));
            }
            else
            {
                ontbrekend.Add($"monitoringdashboard (/Monitoring gaf {(int)antwoord.StatusCode}; komt met issue 13)");
            }
        }

        var pdf = new BenchPagina(BenchPagina.PdfBrief, sw, Get(_ => $"/Brief/Beschikking/{doelen.Beschikking}/Pdf"));
        return new Paginas(paginas, pdf, ontbrekend);
    }

    /// <summary>The machine's load average: other work on the same cores shows in every figure.</summary>
    internal static string Belasting()
    {
        try
        {
            var delen = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"load average {delen[0]} / {delen[1]} / {delen[2]} (1/5/15 min)";
        }
        catch (IOException)
        {
            return "load average onbekend";
        }
    }

    private static async Task<int> BouwAsync(string webProject, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", "build -c Release --nologo -v q")
        {
            WorkingDirectory = webProject,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var proces = Process.Start(start) ?? throw new InvalidOperationException("dotnet build kon niet starten.");
        var uitvoer = proces.StandardOutput.ReadToEndAsync(cancellationToken);
        var fouten = proces.StandardError.ReadToEndAsync(cancellationToken);
        await proces.WaitForExitAsync(cancellationToken);
        if (proces.ExitCode != 0)
        {
            await Console.Error.WriteLineAsync(await uitvoer + await fouten);
        }

        return proces.ExitCode;
    }
}
