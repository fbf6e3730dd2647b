using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Iwmo;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;
using static Wmo.Web.Tests.Support.IwmoTestData;

namespace Wmo.Web.Tests.Iwmo;

/// <summary>The berichtenverkeer in the browser (issue 14): upload with a report, outgoing messages per aanbieder, the history on the dossier.</summary>
public sealed partial class IwmoSchermenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private DateOnly Vandaag => factory.Klok.Vandaag();

    /// <summary>POSTs files as the upload form does (multipart, with the page's antiforgery token).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, params (string Naam, byte[] Inhoud)[] bestanden)
    {
        var token = PortalClient.AntiforgeryToken(await client.GetHtmlAsync("/Iwmo/Inlezen"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (naam, inhoud) in bestanden)
        {
            var deel = new ByteArrayContent(inhoud);
            deel.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
            form.Add(deel, "Bestanden", naam);
        }

        return await client.Http.PostAsync(new Uri("/Iwmo/Inlezen", UriKind.Relative), form);
    }

    private async Task<PortalClient> AlsAsync(string gebruiker)
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);
        return client;
    }

    [Fact]
    public async Task Een_sociaal_werker_leest_meerdere_bestanden_in_en_krijgt_een_rapport_per_bestand_en_per_client_met_retourberichten()
    {
        var toewijzing = await ToewijzingAsync(factory, "Upload");
        var start = AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, toewijzing.Ingangsdatum.AddDays(1));
        using var fatima = await AlsAsync("fatima.elamrani");

        var response = await UploadAsync(fatima, ("start.xml", Bytes(start)), ("onzin.xml", "<Bericht>niet af"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("2 bestanden gelezen: 1 verwerkt, 1 geweigerd.", html, StringComparison.Ordinal);
        Assert.Contains("Per cliënt", html, StringComparison.Ordinal);
        Assert.Contains("Geweigerd: ongeldig bestand", html, StringComparison.Ordinal);
        Assert.DoesNotContain(toewijzing.Client.Bsn, html, StringComparison.Ordinal);
        Assert.Equal(toewijzing.Ingangsdatum.AddDays(1), await factory.LeesAsync(db => db.Toewijzingen.Where(t => t.Id == toewijzing.Id).Select(t => t.Begindatum).SingleAsync()));

        var retour = await fatima.Http.GetAsync(new Uri(RetourLink().Match(html).Value.Replace("&amp;", "&", StringComparison.Ordinal), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, retour.StatusCode);
        var document = XDocument.Parse(await retour.Content.ReadAsStringAsync());
        Assert.Empty(IwmoSchemas.Valideer(document));
        Assert.Equal("WMO306", IwmoSchemas.BerichtsoortVan(document.Root!.Name.Namespace));
    }

    [Fact]
    public async Task De_berichtgeschiedenis_op_het_dossier_toont_in_en_uitgaande_berichten_en_legt_elke_inzage_vast()
    {
        var toewijzing = await ToewijzingAsync(factory, "Geschiedenis");
        using var ingrid = await AlsAsync("ingrid.postma");
        var token = PortalClient.AntiforgeryToken(await ingrid.GetHtmlAsync("/Iwmo/Uitgaand"));
        using (var versturen = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ingrid.Http.PostAsync(new Uri("/Iwmo/Versturen", UriKind.Relative), versturen)).StatusCode);
        }

        using var fatima = await AlsAsync("fatima.elamrani");
        var start = AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, toewijzing.Ingangsdatum);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(fatima, ("start.xml", Bytes(start)))).StatusCode);
        var voor = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(a => a.Volgnummer));

        var html = await fatima.GetHtmlAsync($"/Huishouden/Berichten/{toewijzing.HuishoudenId}");

        Assert.Contains("WMO301", html, StringComparison.Ordinal);
        Assert.Contains("WMO305", html, StringComparison.Ordinal);
        Assert.Contains("verwerkt (0200)", html, StringComparison.Ordinal);
        Assert.Contains("WMO306", html, StringComparison.Ordinal);
        var bestand = BestandLink().Matches(html).Select(m => m.Value).First();
        Assert.Equal(HttpStatusCode.OK, (await fatima.Http.GetAsync(new Uri(bestand, UriKind.Relative))).StatusCode);
        var inzagen = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking().Where(a => a.Volgnummer > voor && a.Actie == AuditActie.Inzien)
            .Select(a => new { a.Onderwerp, a.HuishoudenId, a.InwonerId }).ToListAsync());
        Assert.Contains(inzagen, a => a.Onderwerp == "Huishouden" && a.HuishoudenId == toewijzing.HuishoudenId);
        Assert.Contains(inzagen, a => a.Onderwerp == "IwmoBericht" && a.InwonerId == toewijzing.InwonerId && a.HuishoudenId == toewijzing.HuishoudenId);
    }

    [Fact]
    public async Task Een_sociaal_werker_buiten_de_caseload_ziet_geen_berichtgeschiedenis_en_geen_bestanden()
    {
        var toewijzing = await ToewijzingAsync(factory, "Buitencaseload");
        using var fatima = await AlsAsync("fatima.elamrani");
        var start = AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, toewijzing.Ingangsdatum);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(fatima, ("start.xml", Bytes(start)))).StatusCode);
        var berichtId = await factory.LeesAsync(db => db.IwmoBerichten.Where(b => b.InwonerId == toewijzing.InwonerId).Select(b => b.Id).SingleAsync());
        using var jeroen = await AlsAsync("jeroen.bakker");

        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri($"/Huishouden/Berichten/{toewijzing.HuishoudenId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri($"/Iwmo/Bestand/{berichtId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri($"/Iwmo/Retour/{berichtId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fatima.Http.GetAsync(new Uri($"/Iwmo/Retour/{berichtId}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task De_beheerder_maakt_de_WMO301s_aan_ziet_ze_per_aanbieder_en_downloadt_een_bericht_en_de_zip_van_de_ronde()
    {
        var toewijzing = await ToewijzingAsync(factory, "Uitgaand");
        using var ingrid = await AlsAsync("ingrid.postma");
        var aanbiederId = await factory.LeesAsync(db => db.Organisaties.Where(o => o.AgbCode == Agb).Select(o => o.Id).SingleAsync());
        var token = PortalClient.AntiforgeryToken(await ingrid.GetHtmlAsync("/Iwmo/Uitgaand"));
        using var versturen = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["AanbiederId"] = aanbiederId.ToString() });
        var response = await ingrid.Http.PostAsync(new Uri("/Iwmo/Versturen", UriKind.Relative), versturen);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var html = await ingrid.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("WMO301-bericht", html, StringComparison.Ordinal);
        var bericht = await factory.LeesAsync(db => db.IwmoBerichten.Where(b => b.InwonerId == toewijzing.InwonerId && b.Berichtsoort == "WMO301")
            .Select(b => new { b.Id, b.Bestandsnaam, b.BatchId }).SingleAsync());
        Assert.Contains(bericht.Bestandsnaam, html, StringComparison.Ordinal);
        var xml = await ingrid.Http.GetAsync(new Uri($"/Iwmo/Bestand/{bericht.Id}", UriKind.Relative));
        Assert.Equal("application/xml", xml.Content.Headers.ContentType!.MediaType);
        Assert.Empty(IwmoSchemas.Valideer(XDocument.Parse(await xml.Content.ReadAsStringAsync())));

        var zip = await ingrid.Http.GetAsync(new Uri($"/Iwmo/Batch/{bericht.BatchId}?aanbiederId={aanbiederId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        using var archief = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        Assert.Contains(archief.Entries, e => e.Name == bericht.Bestandsnaam);
        Assert.True(await factory.LeesAsync(db => db.AuditTrail.AnyAsync(a => a.Onderwerp == "IwmoBericht" && a.OnderwerpId == bericht.Id.ToString() && a.InwonerId == toewijzing.InwonerId)));
    }

    [Fact]
    public async Task Een_WMO301_die_niet_aan_het_schema_voldoet_wordt_niet_aangeboden_en_de_fout_staat_op_de_pagina()
    {
        // LDT_Naam holds 200 characters; the portal allows a longer name, so the schema must stop it.
        var toewijzing = await ToewijzingAsync(factory, new string('y', 201));
        using var ingrid = await AlsAsync("ingrid.postma");
        var token = PortalClient.AntiforgeryToken(await ingrid.GetHtmlAsync("/Iwmo/Uitgaand"));
        using var versturen = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var response = await ingrid.Http.PostAsync(new Uri("/Iwmo/Versturen", UriKind.Relative), versturen);

        var html = await ingrid.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Niet aangemaakt: voldoet niet aan het schema", html, StringComparison.Ordinal);
        Assert.Contains($"toewijzing {toewijzing.Nummer}", html, StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.IwmoBerichten.AnyAsync(b => b.InwonerId == toewijzing.InwonerId)));
    }

    [Fact]
    public async Task Zonder_berichten_toont_het_dossier_een_lege_toestand_en_het_inleesformulier_noemt_de_limieten()
    {
        var toewijzing = await ToewijzingAsync(factory, "Leeg");
        using var fatima = await AlsAsync("fatima.elamrani");

        Assert.Contains("Er zijn nog geen berichten met aanbieders over dit huishouden.", await fatima.GetHtmlAsync($"/Huishouden/Berichten/{toewijzing.HuishoudenId}"), StringComparison.Ordinal);
        Assert.Contains($"/Huishouden/Berichten/{toewijzing.HuishoudenId}", await fatima.GetHtmlAsync($"/Huishouden/Details/{toewijzing.HuishoudenId}"), StringComparison.Ordinal);
        var formulier = await fatima.GetHtmlAsync("/Iwmo/Inlezen");
        Assert.Contains("samen hoogstens 20 MB", formulier, StringComparison.Ordinal);
        Assert.Contains("<progress", formulier, StringComparison.Ordinal);
    }

    [GeneratedRegex("/Iwmo/Retour/[0-9a-f-]{36}")]
    private static partial Regex RetourLink();

    [GeneratedRegex("/Iwmo/Bestand/[0-9a-f-]{36}")]
    private static partial Regex BestandLink();
}
