using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Iwmo;
using Wmo.Domain.Toewijzingen;
using Wmo.Infrastructure.Iwmo;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;
using static Wmo.Web.Tests.Support.IwmoTestData;

namespace Wmo.Web.Tests.Iwmo;

public sealed class IwmoBerichtenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private DateOnly Vandaag => factory.Klok.Vandaag();

    private Task<ExportResultaat> ExporteerAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<IwmoExporteren>().ExporteerAsync());

    private Task<ImportResultaat> ImporteerAsync(XDocument document, string naam = "bericht.xml") =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IwmoImporteren>().ImporteerAsync(new ImportBestand(naam, Bytes(document))));

    private Task<Toewijzing> LeesAsync(Guid id) => factory.LeesAsync(db => db.Toewijzingen.AsNoTracking().SingleAsync(t => t.Id == id));

    private static XDocument Retour(ImportResultaat resultaat) => XDocument.Parse(resultaat.RetourInhoud!);

    private static IEnumerable<string> Codes(XDocument retour, string element) =>
        retour.Descendants().Where(e => e.Name.LocalName == element).Select(e => e.Elements().Single(c => c.Name.LocalName == "RetourCodes").Value);

    [Fact]
    public async Task Een_toewijzing_gaat_als_schemageldig_WMO301_met_client_product_omvang_en_data_naar_de_aanbieder()
    {
        var toewijzing = await ToewijzingAsync(factory, "van der Meer");
        var resultaat = await ExporteerAsync();

        var bestand = resultaat.Bestanden.Single(b => b.Inhoud.Contains($"<ToewijzingNummer>{toewijzing.Nummer}</ToewijzingNummer>", StringComparison.Ordinal));
        var document = XDocument.Parse(bestand.Inhoud);
        Assert.Empty(IwmoSchemas.Valideer(document));
        XNamespace b = IwmoSchemas.BasisNamespace;
        Assert.Equal(Gemeente, document.Descendants().Single(e => e.Name.LocalName == "Afzender").Value);
        Assert.Equal(Agb, document.Descendants().Single(e => e.Name.LocalName == "Ontvanger").Value);
        Assert.Equal(toewijzing.Client.Bsn, document.Descendants().Single(e => e.Name.LocalName == "Bsn").Value);
        Assert.Equal("van der", document.Descendants(b + "Voorvoegsel").Single().Value);
        Assert.Equal("02", document.Descendants(b + "Categorie").Single().Value);
        Assert.Equal("4", document.Descendants(b + "Volume").Single().Value);
        Assert.Equal("04", document.Descendants(b + "Eenheid").Single().Value);
        Assert.Equal(toewijzing.Ingangsdatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), document.Descendants().Single(e => e.Name.LocalName == "Ingangsdatum").Value);
        Assert.False((await LeesAsync(toewijzing.Id)).MoetVerstuurdWorden);
        Assert.True(await factory.LeesAsync(db => db.IwmoBerichten.AnyAsync(m => m.Id == bestand.BerichtId && m.HuishoudenId == toewijzing.HuishoudenId)));
    }

    [Fact]
    public async Task Een_wijziging_gaat_opnieuw_als_WMO301_met_alle_actuele_toewijzingen_en_de_reden_wijziging()
    {
        var toewijzing = await ToewijzingAsync(factory, "Wijziging");
        await ExporteerAsync();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Infrastructure.Persistence.WmoDbContext>();
            var t = await db.Toewijzingen.SingleAsync(x => x.Id == toewijzing.Id);
            t.Wijzig(new Domain.ValueObjects.Omvang(6, Domain.ValueObjects.Eenheid.Uur, Domain.ValueObjects.Frequentie.PerWeek), t.Periode, RedenWijziging.Contractwijziging, factory.Klok.GetUtcNow(), factory.Klok.Vandaag());
            db.Bewaar(t);
            return await db.SaveChangesAsync();
        });

        var bestand = (await ExporteerAsync()).Bestanden.Single(b => b.Inhoud.Contains($"<ToewijzingNummer>{toewijzing.Nummer}</ToewijzingNummer>", StringComparison.Ordinal));
        var document = XDocument.Parse(bestand.Inhoud);
        Assert.Empty(IwmoSchemas.Valideer(document));
        Assert.Equal("03", document.Descendants().Single(e => e.Name.LocalName == "RedenWijziging").Value);
        Assert.Equal("6", document.Descendants().Single(e => e.Name.LocalName == "Volume").Value);
    }

    [Fact]
    public async Task Een_WMO301_die_niet_aan_het_schema_voldoet_wordt_niet_aangeboden_en_de_fout_wordt_getoond()
    {
        // LDT_Naam holds 200 characters; the portal's inwoner allows a longer name, so the schema must stop it.
        var toewijzing = await ToewijzingAsync(factory, new string('x', 201));
        var resultaat = await ExporteerAsync();

        var fout = Assert.Single(resultaat.Fouten, f => f.ToewijzingNummers.Contains(toewijzing.Nummer));
        Assert.NotEmpty(fout.Fouten);
        Assert.DoesNotContain(resultaat.Bestanden, b => b.Inhoud.Contains($"<ToewijzingNummer>{toewijzing.Nummer}</ToewijzingNummer>", StringComparison.Ordinal));
        Assert.True((await LeesAsync(toewijzing.Id)).MoetVerstuurdWorden);
        Assert.False(await factory.LeesAsync(db => db.IwmoBerichten.AnyAsync(m => m.InwonerId == toewijzing.InwonerId)));
    }

    [Fact]
    public async Task Rondgang_toewijzing_WMO301_start_en_stop_van_de_aanbieder_werken_de_toewijzing_bij()
    {
        var toewijzing = await ToewijzingAsync(factory, "Rondgang");
        Assert.Contains((await ExporteerAsync()).Bestanden, b => b.Inhoud.Contains($"<ToewijzingNummer>{toewijzing.Nummer}</ToewijzingNummer>", StringComparison.Ordinal));

        var begin = toewijzing.Ingangsdatum.AddDays(3);
        var start = AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, begin);
        Assert.Empty(IwmoSchemas.Valideer(start));
        var startResultaat = await ImporteerAsync(start);
        Assert.Equal(ImportStatus.Verwerkt, startResultaat.Status);
        Assert.Empty(IwmoSchemas.Valideer(Retour(startResultaat)));
        Assert.Equal(["0200"], Codes(Retour(startResultaat), "StartProduct"));
        var gestart = await LeesAsync(toewijzing.Id);
        Assert.Equal(begin, gestart.Begindatum);
        Assert.Equal(10, gestart.WachttijdInDagen);

        var einde = begin.AddMonths(3);
        var stop = AanbiederBerichtBouwer.Stop(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, begin, einde, RedenBeeindiging.VolgensPlanBeeindigd);
        Assert.Empty(IwmoSchemas.Valideer(stop));
        var stopResultaat = await ImporteerAsync(stop);
        Assert.Equal(ImportStatus.Verwerkt, stopResultaat.Status);
        Assert.Empty(IwmoSchemas.Valideer(Retour(stopResultaat)));
        Assert.Equal("WMO308", stopResultaat.RetourBestandsnaam![..6]);
        var gestopt = await LeesAsync(toewijzing.Id);
        Assert.Equal(einde, gestopt.BeeindigdOp);
        Assert.Equal(RedenBeeindiging.VolgensPlanBeeindigd, gestopt.RedenBeeindiging);
    }

    [Fact]
    public async Task Hetzelfde_bestand_twee_keer_wordt_niet_dubbel_ingelezen_en_krijgt_hetzelfde_antwoord()
    {
        var toewijzing = await ToewijzingAsync(factory, "Dubbel");
        var start = AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, toewijzing.Ingangsdatum);
        var eerste = await ImporteerAsync(start);
        var tweede = await ImporteerAsync(start);

        Assert.Equal(ImportStatus.Verwerkt, eerste.Status);
        Assert.Equal(ImportStatus.AlOntvangen, tweede.Status);
        Assert.False(tweede.IsGeweigerd);
        Assert.Equal(eerste.RetourInhoud, tweede.RetourInhoud);
        Assert.Equal(1, await factory.LeesAsync(db => db.IwmoBerichten.CountAsync(b => b.InwonerId == toewijzing.InwonerId && b.Richting == BerichtRichting.Inkomend)));
    }

    [Fact]
    public async Task Een_ander_bestand_met_een_gebruikte_identificatie_wordt_geweigerd_met_9056()
    {
        var toewijzing = await ToewijzingAsync(factory, "Identiek");
        var identificatie = NieuweIdentificatie();
        await ImporteerAsync(AanbiederBerichtBouwer.Start(Agb, Gemeente, identificatie, Vandaag, toewijzing.Client, toewijzing.Nummer, toewijzing.Ingangsdatum));
        var ander = await ImporteerAsync(AanbiederBerichtBouwer.Start(Agb, Gemeente, identificatie, Vandaag, toewijzing.Client, toewijzing.Nummer, toewijzing.Ingangsdatum.AddDays(1), "2"));

        Assert.Equal(ImportStatus.Geweigerd, ander.Status);
        Assert.Contains("9056", Retour(ander).Descendants().Where(e => e.Name.LocalName == "Header").Single().Elements().Single(e => e.Name.LocalName == "RetourCodes").Value, StringComparison.Ordinal);
        Assert.Equal(toewijzing.Ingangsdatum, (await LeesAsync(toewijzing.Id)).Begindatum);
    }

    [Fact]
    public async Task Een_start_voor_de_toewijzing_wordt_geweigerd_met_9307_en_verandert_niets()
    {
        var toewijzing = await ToewijzingAsync(factory, "Vroeg");
        var resultaat = await ImporteerAsync(AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, toewijzing.Ingangsdatum.AddDays(-1)));

        Assert.Equal(ImportStatus.Geweigerd, resultaat.Status);
        Assert.True(resultaat.IsGeweigerd);
        Assert.Empty(IwmoSchemas.Valideer(Retour(resultaat)));
        Assert.Equal(["9307"], Codes(Retour(resultaat), "StartProduct"));
        Assert.Null((await LeesAsync(toewijzing.Id)).Begindatum);
    }

    [Fact]
    public async Task Een_start_of_stop_met_een_datum_buiten_het_datumbereik_wordt_geweigerd_met_een_melding_en_verandert_niets()
    {
        // An open-ended toewijzing: before, any begindatum after the ingangsdatum was stored, also 9999-12-30 (issue 9).
        var toewijzing = await ToewijzingAsync(factory, "Verrebegin");
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Infrastructure.Persistence.WmoDbContext>();
            var t = await db.Toewijzingen.SingleAsync(x => x.Id == toewijzing.Id);
            t.Wijzig(t.Omvang, new Domain.ValueObjects.Periode(t.Ingangsdatum), RedenWijziging.Verlenging, factory.Klok.GetUtcNow(), Vandaag);
            return await db.SaveChangesAsync();
        });

        var start = AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, new DateOnly(9999, 12, 30));
        Assert.Empty(IwmoSchemas.Valideer(start));
        var resultaat = await ImporteerAsync(start);

        Assert.Equal(ImportStatus.Geweigerd, resultaat.Status);
        Assert.Empty(IwmoSchemas.Valideer(Retour(resultaat)));
        Assert.Equal([Retourcode.TechnischAfgekeurd], Codes(Retour(resultaat), "StartProduct"));
        Assert.Contains(resultaat.Meldingen, m => m.Contains(Domain.Common.Datumbereik.Melding(Vandaag), StringComparison.Ordinal));
        Assert.Null((await LeesAsync(toewijzing.Id)).Begindatum);

        // A stop far beyond today on the started toewijzing: refused the same way, the delivery keeps running.
        var begin = toewijzing.Ingangsdatum;
        Assert.Equal(ImportStatus.Verwerkt, (await ImporteerAsync(AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, begin))).Status);
        var stop = await ImporteerAsync(AanbiederBerichtBouwer.Stop(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, begin,
            Vandaag.AddYears(Domain.Common.Datumbereik.Jaren + 50), RedenBeeindiging.VolgensPlanBeeindigd));
        Assert.Equal([Retourcode.TechnischAfgekeurd], Codes(Retour(stop), "StopProduct"));
        Assert.Null((await LeesAsync(toewijzing.Id)).BeeindigdOp);
    }

    [Fact]
    public async Task Een_stop_voor_de_start_wordt_geweigerd_met_9308_en_verandert_niets()
    {
        var toewijzing = await ToewijzingAsync(factory, "Omgekeerd");
        var begin = toewijzing.Ingangsdatum.AddDays(5);
        await ImporteerAsync(AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, begin));
        var resultaat = await ImporteerAsync(AanbiederBerichtBouwer.Stop(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, begin, begin.AddDays(-1), RedenBeeindiging.Overlijden));

        Assert.Equal(["9308"], Codes(Retour(resultaat), "StopProduct"));
        Assert.Null((await LeesAsync(toewijzing.Id)).BeeindigdOp);
    }

    [Fact]
    public async Task Een_onbekend_toewijzingnummer_een_BSN_zonder_elfproef_en_een_andere_gemeente_krijgen_elk_hun_retourcode()
    {
        var toewijzing = await ToewijzingAsync(factory, "Fout");
        var onbekend = await ImporteerAsync(AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, 999_999_998, toewijzing.Ingangsdatum));
        Assert.Equal(["9019"], Codes(Retour(onbekend), "StartProduct"));

        var zonderElfproef = await ImporteerAsync(AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client with { Bsn = "123456789" }, toewijzing.Nummer, toewijzing.Ingangsdatum));
        Assert.Equal(["0001"], Codes(Retour(zonderElfproef), "Client"));
        Assert.Equal(["0233"], Codes(Retour(zonderElfproef), "StartProduct"));

        var andereGemeente = await ImporteerAsync(AanbiederBerichtBouwer.Start(Agb, "0363", NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, toewijzing.Ingangsdatum));
        Assert.Equal(ImportStatus.Geweigerd, andereGemeente.Status);
        Assert.Contains(andereGemeente.Meldingen, m => m.Contains("gemeente 0363", StringComparison.Ordinal));

        foreach (var retour in new[] { onbekend, zonderElfproef, andereGemeente })
        {
            Assert.Empty(IwmoSchemas.Valideer(Retour(retour)));
        }

        Assert.Null((await LeesAsync(toewijzing.Id)).Begindatum);
    }

    [Fact]
    public async Task Een_bestand_dat_niet_aan_het_schema_voldoet_wordt_geheel_geweigerd_met_een_leesbaar_rapport()
    {
        var toewijzing = await ToewijzingAsync(factory, "Ongeldig");
        var start = AanbiederBerichtBouwer.Start(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, toewijzing.Nummer, toewijzing.Ingangsdatum);
        start.Descendants().Single(e => e.Name.LocalName == "StatusAanlevering").Value = "7";
        var berichtenVoor = await factory.LeesAsync(db => db.IwmoBerichten.CountAsync());

        var resultaat = await ImporteerAsync(start);
        var kapot = await factory.InScopeAsync(sp => sp.GetRequiredService<IwmoImporteren>().ImporteerAsync(new ImportBestand("kapot.xml", "<Bericht><niet-af"u8.ToArray())));

        Assert.Equal(ImportStatus.Ongeldig, resultaat.Status);
        Assert.Contains(resultaat.Meldingen, m => m.Contains("StatusAanlevering", StringComparison.Ordinal) && m.Contains("regel", StringComparison.Ordinal));
        Assert.Null(resultaat.RetourInhoud);
        Assert.Equal(ImportStatus.Ongeldig, kapot.Status);
        Assert.Contains(kapot.Meldingen, m => m.Contains("Geen geldige XML", StringComparison.Ordinal));
        Assert.Equal(berichtenVoor, await factory.LeesAsync(db => db.IwmoBerichten.CountAsync()));
        Assert.Null((await LeesAsync(toewijzing.Id)).Begindatum);
    }

    [Fact]
    public async Task Een_verzoek_om_toewijzing_wordt_een_werkitem_voor_de_buurtkamer_zonder_regievoerder_en_krijgt_een_geldige_WMO316()
    {
        var toewijzing = await ToewijzingAsync(factory, "Verzoek");
        var verzoek = AanbiederBerichtBouwer.VerzoekOmToewijzing(Agb, Gemeente, NieuweIdentificatie(), Vandaag, toewijzing.Client, "REF-" + toewijzing.Nummer, "07",
            Vandaag.AddDays(14), 2, "16", "2", "Cliënt wil graag twee dagdelen dagbesteding erbij.");
        Assert.Empty(IwmoSchemas.Valideer(verzoek));

        var resultaat = await ImporteerAsync(verzoek);

        Assert.Equal(ImportStatus.Verwerkt, resultaat.Status);
        Assert.Empty(IwmoSchemas.Valideer(Retour(resultaat)));
        Assert.Equal("WMO316", resultaat.RetourBestandsnaam![..6]);
        var item = await factory.LeesAsync(db => db.VerzoekenOmToewijzing.AsNoTracking().SingleAsync(v => v.InwonerId == toewijzing.InwonerId));
        Assert.Null(item.RegievoerderId);
        Assert.NotNull(item.BuurtkamerId);
        Assert.True(item.IsOpen);
        Assert.Equal(Domain.Catalogus.ProductCategorie.Dagbesteding, item.ProductCategorie);
    }
}
