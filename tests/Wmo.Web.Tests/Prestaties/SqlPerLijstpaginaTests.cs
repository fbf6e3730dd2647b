using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Transitie;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Models.Intake;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15: a list page's number of SQL commands does not grow with the number of rows it shows (no N+1). Each page
/// is requested with a small caseload and again after many more dossiers were added; the command count must be equal.
/// Only the count is asserted, never a time (speed belongs in <c>wmo bench</c> and docs/performance.md).
/// </summary>
public sealed class SqlPerLijstpaginaTests(SqlPerLijstpaginaTests.TellendeFactory factory) : IClassFixture<SqlPerLijstpaginaTests.TellendeFactory>
{
    [Fact]
    public async Task Lijstpaginas_doen_evenveel_SQL_commandos_bij_3_en_bij_30_dossiers()
    {
        await DossiersAsync(3);
        await AdviezenAsync(1);
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var marieke = await IntakeHulp.InloggenAsync(factory, "marieke.hoekstra");
        using var ingrid = await IntakeHulp.InloggenAsync(factory, "ingrid.postma");
        var weinig = await TelAllesAsync(fatima, anna, marieke, ingrid);

        await DossiersAsync(27);
        await AdviezenAsync(4);
        var veel = await TelAllesAsync(fatima, anna, marieke, ingrid);

        Assert.Equal(weinig, veel);
        Assert.All(weinig, p => Assert.True(p.Value > 0, $"{p.Key}: geen SQL geteld; meet de teller wel?"));
    }

    [Fact]
    public async Task De_werkvoorraad_leest_alleen_de_getoonde_pagina_niet_de_hele_caseload()
    {
        // More open vragen than one page (25), then as many again: the rows of vragen the werkvoorraad reads must not grow.
        await DossiersAsync(Pagina<VraagRegel>.StandaardGrootte + 5);
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var (_, rijenEerst) = await TelMetRijenAsync(() => fatima.Http.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative)));

        await DossiersAsync(Pagina<VraagRegel>.StandaardGrootte + 5);
        var eerder = factory.Teller.Teksten.Count;
        var (_, rijenDaarna) = await TelMetRijenAsync(() => fatima.Http.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative)));
        var teksten = factory.Teller.Teksten.Skip(eerder).ToList();

        Assert.True(rijenEerst > 0, "geen rijen geteld; meet de teller wel?");
        Assert.Equal(rijenEerst, rijenDaarna);
        // Twentieth round: the terms come from the vraag's own row, the opschortingen are not joined in.
        Assert.Contains(teksten, t => t.Contains("\"OnderzoekOpgeschorteDagen\"", StringComparison.Ordinal));
        Assert.DoesNotContain(teksten, t => t.Contains("\"Opschortingen\"", StringComparison.Ordinal) || t.Contains("\"BeslistermijnOpschortingen\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Het_dossier_doet_een_vast_aantal_SQL_commandos_hoeveel_vragen_adviezen_plannen_en_klachten_het_ook_heeft()
    {
        // Issue 15, ninth round: one dossier view did 21–25 commands (the access test and the household in five, split queries
        // for vragen, adviezen, plannen and klachten that grew with a plan or a klacht, the audit row through the change
        // tracker). Now each part is one command, also when the household gains vragen, an advies, a plan with doelen and
        // acties and a klacht; and the view is still audited, with the hash chain intact.
        var (huishoudenId, inwonerId) = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Dirk", "Dossiertelma", new DateOnly(1970, 5, 6), "Vlietsingel", 9, "8913 AB", "Leeuwarden");
            await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", DateOnly.FromDateTime(DateTime.Today).AddDays(-40));
            var opnieuw = await db.Huishoudens.SingleAsync(h => h.Id == huishouden.Id);
            opnieuw.WijsRegievoerderToe(fatima, fatima, DateTimeOffset.UtcNow);
            db.Bewaar(opnieuw);
            await db.SaveChangesAsync();
            return (huishouden.Id, inwoner.Id);
        });
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var dossier = new Uri($"/Huishouden/Details/{huishoudenId}", UriKind.Relative);
        var weinig = await TelAsync(() => fatima.Http.GetAsync(dossier));

        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var fatimaActor = await bouwer.ActorAsync("fatima.elamrani");
            var huishouden = await db.Huishoudens.SingleAsync(h => h.Id == huishoudenId);
            var inwoner = await db.Inwoners.SingleAsync(i => i.Id == inwonerId);
            var vandaag = DateOnly.FromDateTime(DateTime.Today);
            for (var i = 0; i < 3; i++)
            {
                await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatimaActor, "Buurtkamer Oost", vandaag.AddDays(-30 + i));
            }

            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatimaActor, "Buurtkamer Oost", vandaag.AddDays(-20));
            await bouwer.IngediendAdviesAsync(vraag, fatimaActor, vandaag);
            var plan = new Wmo.Domain.Plannen.Ondersteuningsplan(huishoudenId, fatimaActor, vandaag);
            for (var d = 0; d < 2; d++)
            {
                var doel = plan.VoegDoelToe(Wmo.Domain.Plannen.Leefgebied.Wonen, $"Zelfstandig blijven wonen {d}", Wmo.Domain.Catalogus.Doelsoort.Stabiliseren, vandaag.AddMonths(6));
                plan.VoegActieToe(doel.Id, "Wekelijks huisbezoek", Wmo.Domain.Plannen.Uitvoerder.Basisondersteuning, "Fatima el Amrani", Wmo.Domain.Plannen.Financier.Niemand);
                plan.VoegActieToe(doel.Id, "Boodschappenhulp", Wmo.Domain.Plannen.Uitvoerder.SocialeBasis, "Buurtkamer Oost", Wmo.Domain.Plannen.Financier.Niemand);
            }

            db.Add(plan);
            db.Add(new Wmo.Domain.Klachten.Klacht(huishoudenId, null, vandaag, "Te laat teruggebeld.", fatimaActor));
            await db.SaveChangesAsync();
            return 0;
        });
        var inzagenVoor = await InzagenAsync(huishoudenId);
        var veel = await TelAsync(() => fatima.Http.GetAsync(dossier));

        Assert.Equal(weinig, veel);
        Assert.True(veel <= 15, $"{veel} SQL-opdrachten voor één dossierweergave (was 21–25 vóór de negende ronde)");
        Assert.Equal(inzagenVoor + 1, await InzagenAsync(huishoudenId));
        Assert.True(await factory.LeesAsync(async db => (await Wmo.Infrastructure.Audit.AuditKeten.ControleerAsync(db)).IsIntact));
    }

    [Fact]
    public async Task De_startpagina_leest_alleen_vragen_waarvan_een_termijn_deze_week_kan_aflopen()
    {
        // Issue 15, eleventh round: the sociaal werker's start page read every open vraag of her caseload (491 on amsterdam) as
        // whole aggregates to find the terms ending this week. Vragen reported in the last month cannot end this week; adding
        // 30 of them must not change the rows read.
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var (_, rijenEerst) = await TelMetRijenAsync(() => fatima.Http.GetAsync(new Uri("/", UriKind.Relative)));

        await DossiersAsync(30);
        var (_, rijenDaarna) = await TelMetRijenAsync(() => fatima.Http.GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal(rijenEerst, rijenDaarna);
    }

    [Fact]
    public async Task De_toetserwachtrij_leest_van_de_vragen_alleen_wat_de_beslistermijn_nodig_heeft()
    {
        // Issue 15, eleventh round: the page's vragen were read as whole aggregates (the vraag and six owned collections,
        // seven commands) to compute a beslistermijn and a dwangsom. Now one command reads those columns, the opschortingen of
        // the beslistermijn summarised on the vraag's row (twentieth round); gesprekken, keuzes and the rest are not read at all.
        await AdviezenAsync(2);
        using var marieke = await IntakeHulp.InloggenAsync(factory, "marieke.hoekstra");
        var eerder = factory.Teller.Teksten.Count;
        var commandos = await TelAsync(() => marieke.Http.GetAsync(new Uri("/Toetsing", UriKind.Relative)));
        var teksten = factory.Teller.Teksten.Skip(eerder).ToList();

        Assert.True(commandos <= 8, $"{commandos} SQL-opdrachten voor de toetserwachtrij (14 vóór de elfde ronde)");
        Assert.Contains(teksten, t => t.Contains("\"BeslistermijnOpgeschorteDagen\"", StringComparison.Ordinal));
        Assert.DoesNotContain(teksten, t => t.Contains("\"Gesprekken\"", StringComparison.Ordinal) || t.Contains("\"LeefgebiedSituaties\"", StringComparison.Ordinal)
            || t.Contains("\"BeslistermijnOpschortingen\"", StringComparison.Ordinal));
    }

    private Task<int> InzagenAsync(Guid huishoudenId) =>
        factory.LeesAsync(db => db.AuditTrail.CountAsync(r => r.Actie == Wmo.Infrastructure.Audit.AuditActie.Inzien && r.Onderwerp == "Huishouden"
            && r.OnderwerpId == huishoudenId.ToString()));

    private async Task<(int Commandos, int Rijen)> TelMetRijenAsync(Func<Task<HttpResponseMessage>> verzoek)
    {
        var rijenVoor = factory.Teller.Rijen;
        var commandos = await TelAsync(verzoek);
        return (commandos, factory.Teller.Rijen - rijenVoor);
    }

    private async Task<Dictionary<string, int>> TelAllesAsync(PortalClient fatima, PortalClient anna, PortalClient toetser, PortalClient beheerder) => new()
    {
        ["toetserwachtrij"] = await TelAsync(() => toetser.Http.GetAsync(new Uri("/Toetsing", UriKind.Relative))),
        ["bewaartermijnoverzicht"] = await TelAsync(() => beheerder.Http.GetAsync(new Uri("/Privacy/Opschonen", UriKind.Relative))),
        ["werkvoorraad"] = await TelAsync(() => fatima.Http.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative))),
        ["zoeken op naam"] = await TelAsync(() => fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Achternaam"] = "Lijstma" })),
        ["transitie-werklijst"] = await TelAsync(() => fatima.Http.GetAsync(new Uri("/Transitie", UriKind.Relative))),
        ["eerste contacten"] = await TelAsync(() => anna.Http.GetAsync(new Uri("/EersteContact", UriKind.Relative))),
    };

    private async Task<int> TelAsync(Func<Task<HttpResponseMessage>> verzoek)
    {
        // The search form's GET (for its antiforgery token) is not part of the count: count around the request alone.
        var voor = factory.Teller.Aantal;
        using var antwoord = await verzoek();
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return factory.Teller.Aantal - voor;
    }

    private async Task AdviezenAsync(int aantal)
    {
        for (var i = 0; i < aantal; i++)
        {
            await Dossiers.IngediendAdviesAsync(factory, "Wachtrijma");
        }
    }

    private Task DossiersAsync(int aantal) =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var anna = await bouwer.ActorAsync("anna.devries");
            var vandaag = DateOnly.FromDateTime(DateTime.Today);
            for (var i = 0; i < aantal; i++)
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Anne", "Lijstma", new DateOnly(1960, 1, 1), "Vlietsingel", 1 + i, "8913 AB", "Leeuwarden");
                var contact = await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", vandaag.AddDays(-i), "Anne Lijstma", "Ik kan het huishouden niet meer aan.");
                await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-i), contact);
                db.LegacyBeschikkingen.Add(new LegacyBeschikking(inwoner.Id, huishouden.Id, Wmo.Domain.Catalogus.LegacyProduct.TO2, vandaag.AddYears(-1), vandaag.AddMonths(6)));
                await db.SaveChangesAsync();
            }

            return aantal;
        });

    /// <summary>The portal with a counter of every SQL command it sends.</summary>
    public sealed class TellendeFactory : WmoWebApplicationFactory
    {
        public SqlTeller Teller { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<WmoDbContext>(o => o.AddInterceptors(Teller)));
        }
    }

    public sealed class SqlTeller : DbCommandInterceptor
    {
        private int _aantal;
        private int _rijen;

        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _teksten = new();

        public int Aantal => Volatile.Read(ref _aantal);

        /// <summary>The text of every counted command, in order.</summary>
        public IReadOnlyCollection<string> Teksten => _teksten;

        /// <summary>
        /// Rows read by queries on the vragen (EF reports them when it disposes the reader); other tables are left out, so a
        /// reload of the cached gemeentebeleid in between does not count.
        /// </summary>
        public int Rijen => Volatile.Read(ref _rijen);

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            if (command.CommandText.Contains("\"Ondersteuningsvragen\"", StringComparison.Ordinal))
            {
                Interlocked.Add(ref _rijen, eventData.ReadCount);
            }

            return result;
        }

        /// <summary>
        /// Every command except the reload of the cached gemeentebeleid (<c>Beleidsbron</c> reloads after 30 s of wall-clock
        /// time, which on a busy machine can fall inside one measurement and not the other): that is not the page's work.
        /// </summary>
        public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            ArgumentNullException.ThrowIfNull(result);
            if (!Beleidstabellen.Any(t => result.CommandText.Contains(t, StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref _aantal);
                _teksten.Enqueue(result.CommandText);
            }

            return result;
        }

        private static readonly string[] Beleidstabellen = ["\"Beleidsversies\"", "\"Abonnementstarieven\"", "\"GelijkgesteldeDagen\""];
    }
}
