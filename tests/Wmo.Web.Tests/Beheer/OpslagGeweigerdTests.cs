using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Organisaties;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.Termijnen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Controllers;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beheer;

/// <summary>
/// When armed with a type, every save that adds, changes or removes such a record is refused as the database would
/// refuse it (e.g. a value too long for its column on SQL Server): a <see cref="DbUpdateException"/>, nothing written.
/// </summary>
public sealed class WeigerendeOpslag : SaveChangesInterceptor
{
    public Type? Weiger { get; set; }

    public int Geweigerd { get; private set; }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Controleer(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Controleer(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Controleer(DbContext? context)
    {
        if (Weiger is { } soort && context is not null && context.ChangeTracker.Entries()
                .Any(e => soort.IsInstanceOfType(e.Entity) && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            Geweigerd++;
            throw new DbUpdateException("Test: de database weigert de opslag (bijvoorbeeld een te lange waarde voor de kolom).", new InvalidOperationException("kolom te klein"));
        }
    }
}

/// <summary>The portal with <see cref="WeigerendeOpslag"/>, and an active and an inactive record of each beheer screen.</summary>
public sealed class WeigerendeOpslagFactory : WmoWebApplicationFactory, IAsyncLifetime
{
    public static readonly DateOnly Feestdag = new(2035, 3, 14);

    public WeigerendeOpslag Weigering { get; } = new();

    public Dictionary<string, Guid> Ids { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<WmoDbContext>(options => options.AddInterceptors(Weigering)));
    }

    public async Task InitializeAsync()
    {
        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var wijk = await db.Wijken.Select(w => w.Id).FirstAsync();
            var actief = new Organisatie("Weigering Actief", OrganisatieSoort.Aanbieder);
            var inactief = new Organisatie("Weigering Inactief", OrganisatieSoort.Aanbieder);
            inactief.Deactiveer();
            var open = new Buurtkamer("Weigerkamer Open", wijk, "Weigerstraat 1");
            var dicht = new Buurtkamer("Weigerkamer Dicht", wijk, "Weigerstraat 2");
            dicht.Sluit();
            var aanbod = new SocialeKaartAanbod("Weigerclub", "Weigeraanbod Actief", AanbodSoort.Maatje, "Samen", null, "Maandag", "Thuis", "058-1234567");
            var gestopt = new SocialeKaartAanbod("Weigerclub", "Weigeraanbod Gestopt", AanbodSoort.Maatje, "Samen", null, "Dinsdag", "Thuis", "058-1234567");
            gestopt.Deactiveer();
            db.AddRange(actief, inactief, open, dicht, aanbod, gestopt, new GelijkgesteldeDag(Feestdag, "Besluit weigering (test)"));
            await db.SaveChangesAsync();
            (Ids["wijk"], Ids["aanbieder"], Ids["aanbieder-inactief"], Ids["buurtkamer"], Ids["buurtkamer-dicht"], Ids["aanbod"], Ids["aanbod-gestopt"]) =
                (wijk, actief.Id, inactief.Id, open.Id, dicht.Id, aanbod.Id, gestopt.Id);
            return 0;
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Issue 10, one POST pipeline: on the beheer screens (aanbieders, buurtkamers, wijken, feestdagen, sociale kaart) a
/// save the database refuses becomes <see cref="WmoController.OpslagGeweigerd"/> at the form (200), never a 500, and
/// nothing of the attempt is saved, for every POST action, status changes included.
/// </summary>
public sealed class OpslagGeweigerdTests(WeigerendeOpslagFactory factory) : IClassFixture<WeigerendeOpslagFactory>
{
    /// <summary>Per POST action: the page with its form, the record type the save touches, the POST url and the fields.</summary>
    private static (string Formulier, Type Soort, string? Post, Dictionary<string, string> Velden) Geval(string actie, IReadOnlyDictionary<string, Guid> ids) => actie switch
    {
        "AanbiederBeheer.Nieuw" => ("/Beheer/Aanbieders/Nieuw", typeof(Organisatie), null,
            new() { ["Naam"] = "Weigering Nieuw", ["AgbCode"] = "87654321", ["Percelen"] = nameof(Domain.Catalogus.Perceel.HulpBijHetHuishouden) }),
        "AanbiederBeheer.Wijzigen" => ($"/Beheer/Aanbieders/{ids["aanbieder"]}/Wijzigen", typeof(Organisatie), null, new() { ["Naam"] = "Weigering Gewijzigd", ["AgbCode"] = "" }),
        "AanbiederBeheer.Deactiveren" => ($"/Beheer/Aanbieders/{ids["aanbieder"]}/Deactiveren", typeof(Organisatie), null, []),
        "AanbiederBeheer.Activeren" => ("/Beheer/Aanbieders", typeof(Organisatie), $"/Beheer/Aanbieders/{ids["aanbieder-inactief"]}/Activeren", []),
        "BuurtkamerBeheer.Nieuw" => ("/Beheer/Buurtkamers/Nieuw", typeof(Buurtkamer), null,
            new() { ["Naam"] = "Weigerkamer Nieuw", ["WijkId"] = ids["wijk"].ToString(), ["Adres"] = "Weigerstraat 3" }),
        "BuurtkamerBeheer.Wijzigen" => ($"/Beheer/Buurtkamers/{ids["buurtkamer"]}/Wijzigen", typeof(Buurtkamer), null,
            new() { ["Naam"] = "Weigerkamer Gewijzigd", ["WijkId"] = ids["wijk"].ToString(), ["Adres"] = "Weigerstraat 4" }),
        "BuurtkamerBeheer.Sluiten" => ($"/Beheer/Buurtkamers/{ids["buurtkamer"]}/Sluiten", typeof(Buurtkamer), null, []),
        "BuurtkamerBeheer.Heropenen" => ("/Beheer/Buurtkamers", typeof(Buurtkamer), $"/Beheer/Buurtkamers/{ids["buurtkamer-dicht"]}/Heropenen", []),
        "BuurtkamerBeheer.NieuweWijk" => ("/Beheer/Buurtkamers/NieuweWijk", typeof(Wijk), null, new() { ["Naam"] = "Weigerwijk" }),
        "Feestdagen.Nieuw" => ("/Beheer/Feestdagen/Nieuw", typeof(GelijkgesteldeDag), null, new() { ["Datum"] = "2035-03-15", ["Besluit"] = "Besluit weigering nieuw (test)" }),
        "Feestdagen.Verwijderen" => ("/Beheer/Feestdagen/2035-03-14/Verwijderen", typeof(GelijkgesteldeDag), null, []),
        "SocialeKaart.Nieuw" => ("/SocialeKaart/Nieuw", typeof(SocialeKaartAanbod), null,
            new() { ["Naam"] = "Weigeraanbod Nieuw", ["Organisatie"] = "Weigerclub", ["Soort"] = "Sollicitatieclub", ["Wanneer"] = "Woensdag", ["Contact"] = "058-7654321" }),
        "SocialeKaart.Wijzigen" => ($"/SocialeKaart/Wijzigen/{ids["aanbod"]}", typeof(SocialeKaartAanbod), null,
            new() { ["Naam"] = "Weigeraanbod Gewijzigd", ["Organisatie"] = "Weigerclub", ["Soort"] = "Maatje", ["Wanneer"] = "Maandag", ["Contact"] = "058-1234567" }),
        "SocialeKaart.Deactiveren" => ($"/SocialeKaart/Deactiveren/{ids["aanbod"]}", typeof(SocialeKaartAanbod), null, []),
        "SocialeKaart.Activeren" => ("/SocialeKaart?Inactief=true", typeof(SocialeKaartAanbod), $"/SocialeKaart/Activeren/{ids["aanbod-gestopt"]}", []),
        _ => throw new ArgumentOutOfRangeException(nameof(actie), actie, "onbekende actie"),
    };

    public static TheoryData<string> Acties() =>
    [
        "AanbiederBeheer.Nieuw", "AanbiederBeheer.Wijzigen", "AanbiederBeheer.Deactiveren", "AanbiederBeheer.Activeren",
        "BuurtkamerBeheer.Nieuw", "BuurtkamerBeheer.Wijzigen", "BuurtkamerBeheer.Sluiten", "BuurtkamerBeheer.Heropenen", "BuurtkamerBeheer.NieuweWijk",
        "Feestdagen.Nieuw", "Feestdagen.Verwijderen",
        "SocialeKaart.Nieuw", "SocialeKaart.Wijzigen", "SocialeKaart.Deactiveren", "SocialeKaart.Activeren",
    ];

    [Theory]
    [MemberData(nameof(Acties))]
    public async Task Door_de_database_geweigerde_opslag_geeft_de_melding_bij_het_formulier_en_slaat_niets_op(string actie)
    {
        var (formulier, soort, post, velden) = Geval(actie, factory.Ids);
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var voor = await StandAsync();
        var laatsteAudit = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(a => a.Volgnummer));
        var geweigerd = factory.Weigering.Geweigerd;

        HttpResponseMessage response;
        factory.Weigering.Weiger = soort;
        try
        {
            response = await ingrid.PostFormAsync(formulier, velden, post);
        }
        finally
        {
            factory.Weigering.Weiger = null;
        }

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{actie}: {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal(geweigerd + 1, factory.Weigering.Geweigerd);
        Assert.Contains(WmoController.OpslagGeweigerd, html, StringComparison.Ordinal);
        Assert.Contains("class=\"foutoverzicht\"", html, StringComparison.Ordinal);
        Assert.Equal(voor, await StandAsync());
        Assert.False(await factory.LeesAsync(db => db.AuditTrail.AnyAsync(a => a.Volgnummer > laatsteAudit
            && (a.Actie == AuditActie.Aanmaken || a.Actie == AuditActie.Wijzigen || a.Actie == AuditActie.Verwijderen))), $"{actie} schreef een wijziging in de audittrail");
    }

    /// <summary>Everything the five screens keep, as text: a refused save changes none of it.</summary>
    private Task<string> StandAsync() => factory.LeesAsync(async db => string.Join('\n',
        string.Join(';', await db.Organisaties.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Naam + "|" + o.AgbCode + "|" + o.IsActief).ToListAsync()),
        string.Join(';', await db.Buurtkamers.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Naam + "|" + b.Adres + "|" + b.IsActief).ToListAsync()),
        string.Join(';', await db.Wijken.AsNoTracking().OrderBy(w => w.Id).Select(w => w.Naam).ToListAsync()),
        string.Join(';', (await db.GelijkgesteldeDagen.AsNoTracking().ToListAsync()).OrderBy(d => d.Datum).Select(d => $"{d.Datum}|{d.Besluit}")),
        string.Join(';', await db.SocialeKaart.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Naam + "|" + a.IsActief).ToListAsync())));
}
