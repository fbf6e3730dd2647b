using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Transitie;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Authorization;
using Wmo.Web.Controllers;
using Wmo.Web.Models.Intake;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15: the searches find inwoners through an index (SQLite's <c>EXPLAIN QUERY PLAN</c> of the SQL the portal
/// really sent says SEARCH … USING INDEX, never a SCAN of Inwoners). Plans only, never times.
/// </summary>
public sealed class QueryplanTests(QueryplanTests.OpnemendeFactory factory) : IClassFixture<QueryplanTests.OpnemendeFactory>
{
    [Theory]
    [InlineData("Achternaam", "planma", "IX_CaseloadLeden_SleutelId_ZoekAchternaam_Voornamen_InwonerId")]
    [InlineData("Postcode", "8913 AB", "IX_Inwoners_BrpAdres_Postcode_BrpAdres_Huisnummer")]
    public async Task Zoeken_zoekt_inwoners_op_in_een_index(string veld, string waarde, string index)
    {
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Anne", "Planma", new DateOnly(1960, 1, 1), "Vlietsingel", 5, "8913 AB", "Leeuwarden");
            await bouwer.VraagInVraagverheldering(huishouden, inwoner, await bouwer.ActorAsync("fatima.elamrani"), "Buurtkamer Oost", DateOnly.FromDateTime(DateTime.Today));
            return 0;
        });
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var formulier = new Dictionary<string, string> { [veld] = waarde };
        if (veld == "Postcode")
        {
            formulier["Huisnummer"] = "5";
        }

        factory.Opname.Clear();
        var html = await IntakeHulp.HtmlAsync(await fatima.PostFormAsync("/Zoeken", formulier));
        Assert.Contains("Anne Planma", html, StringComparison.Ordinal);

        var zoekopdracht = Assert.Single(factory.Opname, c => c.Tekst.Contains("FROM \"Inwoners\"", StringComparison.Ordinal) && c.Tekst.Contains("LIMIT", StringComparison.Ordinal)
            && c.Tekst.Contains("ORDER BY", StringComparison.Ordinal) && !c.Tekst.Contains("COUNT(*)", StringComparison.Ordinal));
        var plan = await PlanAsync(zoekopdracht);
        // A name is looked up among the sociaal werker's own caseload (the caseload index, twelfth round), an address among all.
        Assert.Matches($"SEARCH \\w+ USING (COVERING )?INDEX {index}", plan);
        // No table scan of inwoners or households (a SCAN of a co-routine, "SCAN i2", reads only the rows it produced).
        Assert.DoesNotMatch(@"SCAN (i|h)\b", plan);

        // Need-to-know per treffer tests the household's own vragen (by HuishoudenId), never the user's whole caseload
        // through the index on behandelaar or buurtkamer: that cost seconds per page on amsterdam (performance.md, zesde ronde).
        Assert.True(plan.Contains("USING COVERING INDEX IX_Ondersteuningsvragen_HuishoudenId", StringComparison.Ordinal), plan);
        Assert.False(plan.Contains("(BehandelaarId=?)", StringComparison.Ordinal), plan);
        Assert.False(plan.Contains("(BuurtkamerId=?)", StringComparison.Ordinal), plan);
    }

    /// <summary>
    /// Twelfth round (docs/performance.md): a sociaal werker's name search drives from the caseload index; the page query
    /// reads the caseload's members with that name (a range per key) and never walks the treffers of the name in the
    /// gemeente. Both sides give the same inwoners in the same order, page by page, with the same household and "next page".
    /// </summary>
    [Fact]
    public async Task Zoeken_op_naam_geeft_vanuit_treffers_en_vanuit_caseload_dezelfde_paginas_en_loopt_de_treffers_niet_af()
    {
        // 25 in fatima's caseload (two pages), then many outside it, sorting before and after.
        var zichtbaar = await DrijfmasAsync(ZoekenController.PaginaGrootte + 5, "Bep", "Buurtkamer Oost", "fatima.elamrani");
        await DrijfmasAsync(30, "Aart", "Dorpskamer Stiens", "jeroen.bakker");
        await DrijfmasAsync(30, "Cor", "Dorpskamer Stiens", "jeroen.bakker");

        var zoek = new ZoekModel { Achternaam = "drijfma" };
        var (gekozen, paginas) = await factory.InScopeAsync(async sp =>
        {
            var zoeker = sp.GetRequiredService<InwonerZoeker>();
            var fatima = await Aanmelding.PrincipalAsync(sp, "fatima.elamrani");
            var zoekopdracht = zoeker.OpZoektermen(zoek);
            var perZijde = new List<List<(IReadOnlyList<ZoekResultaat>, bool)>>();
            foreach (var aandrijving in new[] { Aandrijving.Treffers, Aandrijving.Caseload })
            {
                var reeks = new List<(IReadOnlyList<ZoekResultaat>, bool)>();
                for (var nummer = 1; nummer <= 3; nummer++)
                {
                    reeks.Add(await zoeker.PaginaAsync(fatima, zoekopdracht, nummer, aandrijving, CancellationToken.None));
                }

                perZijde.Add(reeks);
            }

            return (InwonerZoeker.Kies(fatima, zoekopdracht), perZijde);
        });

        Assert.Equal(Aandrijving.Caseload, gekozen);
        var (vanuitTreffers, vanuitCaseload) = (paginas[0], paginas[1]);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(vanuitTreffers[i].Item1, vanuitCaseload[i].Item1);
            Assert.Equal(vanuitTreffers[i].Item2, vanuitCaseload[i].Item2);
        }

        var alle = vanuitCaseload.SelectMany(p => p.Item1).ToList();
        Assert.Equal(zichtbaar.OrderBy(z => z.Id).ToList(), alle.Select(r => (r.InwonerId, r.HuishoudenId)).OrderBy(z => z.InwonerId).ToList());
        Assert.Equal(alle.OrderBy(r => r.InwonerId.ToString(), StringComparer.Ordinal).Select(r => r.InwonerId).ToList(), alle.Select(r => r.InwonerId).ToList());
        Assert.Equal(new[] { true, false, false }, vanuitCaseload.Select(p => p.Item2).ToArray());
        Assert.Empty(vanuitCaseload[2].Item1);

        // With a date of birth too, the first members by name are not the first treffers: both sides still agree.
        var laat = await DrijfmasAsync(3, "Zus", "Buurtkamer Oost", "fatima.elamrani", new DateOnly(1971, 7, 7));
        var (metDatumTreffers, metDatumCaseload) = await factory.InScopeAsync(async sp =>
        {
            var zoeker = sp.GetRequiredService<InwonerZoeker>();
            var fatima = await Aanmelding.PrincipalAsync(sp, "fatima.elamrani");
            var zoekopdracht = zoeker.OpZoektermen(new ZoekModel { Achternaam = "drijfma", Geboortedatum = new DateOnly(1971, 7, 7) });
            Assert.Equal(Aandrijving.Caseload, InwonerZoeker.Kies(fatima, zoekopdracht));
            return (await zoeker.PaginaAsync(fatima, zoekopdracht, 1, Aandrijving.Treffers, CancellationToken.None),
                await zoeker.PaginaAsync(fatima, zoekopdracht, 1, Aandrijving.Caseload, CancellationToken.None));
        });
        Assert.Equal(laat.Select(z => z.Id).Order().ToList(), metDatumCaseload.Resultaten.Select(r => r.InwonerId).Order().ToList());
        Assert.Equal(metDatumTreffers.Resultaten, metDatumCaseload.Resultaten);

        // Through the portal: the page query reads the caseload index by key and name, then the inwoners by primary key.
        using var client = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        factory.Opname.Clear();
        var html = await IntakeHulp.HtmlAsync(await client.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Achternaam"] = "Drijfma" }));
        Assert.Contains("Bep Drijfma", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Aart Drijfma", html, StringComparison.Ordinal);
        var pagina = Assert.Single(factory.Opname, c => c.Tekst.Contains("FROM \"Inwoners\"", StringComparison.Ordinal) && c.Tekst.Contains("ORDER BY", StringComparison.Ordinal)
            && !c.Tekst.Contains("COUNT(*)", StringComparison.Ordinal));
        // The compiled query of a name alone (InwonerZoeker.SleutelsGecompileerd ranges, the ones fatima does not need empty).
        Assert.Equal(InwonerZoeker.SleutelsGecompileerd, System.Text.RegularExpressions.Regex.Count(pagina.Tekst, "FROM \"CaseloadLeden\""));
        var plan = await PlanAsync(pagina);
        Assert.True(plan.Contains("USING COVERING INDEX IX_CaseloadLeden_SleutelId_ZoekAchternaam_Voornamen_InwonerId (SleutelId=? AND ZoekAchternaam>? AND ZoekAchternaam<?)", StringComparison.Ordinal), plan);
        Assert.True(plan.Contains("SEARCH i USING INDEX sqlite_autoindex_Inwoners_1 (Id=?)", StringComparison.Ordinal), plan);
        Assert.False(plan.Contains("IX_Inwoners_ZoekAchternaam", StringComparison.Ordinal), plan);

        // Per key a co-routine that stops after the rows the page needs, and one that keeps the first candidates overall; the
        // only SCANs are of those co-routines' few rows, and the live rule is tested for those candidates only.
        Assert.True(plan.Contains("CO-ROUTINE", StringComparison.Ordinal), plan);
        Assert.False(System.Text.RegularExpressions.Regex.IsMatch(plan, @"^SCAN (?!(c|i)\d+$)", System.Text.RegularExpressions.RegexOptions.Multiline), plan);
    }

    private async Task<List<(Guid Id, Guid HuishoudenId)>> DrijfmasAsync(int aantal, string voornaam, string buurtkamer, string sociaalWerker, DateOnly? geboren = null) =>
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var werker = await bouwer.ActorAsync(sociaalWerker);
            var gemaakt = new List<(Guid, Guid)>();
            for (var i = 0; i < aantal; i++)
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), voornaam, "Drijfma", geboren ?? new DateOnly(1960, 1, 1), "Vlietsingel", 1 + i, "8913 AB", "Leeuwarden");
                await bouwer.VraagInVraagverheldering(huishouden, inwoner, werker, buurtkamer, DateOnly.FromDateTime(DateTime.Today));
                gemaakt.Add((inwoner.Id, huishouden.Id));
            }

            return gemaakt;
        });

    [Fact]
    public async Task De_transitiewerklijst_gaat_uit_van_de_eigen_caseload_niet_van_alle_legacy_beschikkingen()
    {
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var vandaag = DateOnly.FromDateTime(DateTime.Today);
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Anne", "Overgangsma", new DateOnly(1950, 1, 1), "Vlietsingel", 9, "8913 AB", "Leeuwarden");
            await bouwer.VraagInVraagverheldering(huishouden, inwoner, await bouwer.ActorAsync("fatima.elamrani"), "Buurtkamer Oost", vandaag);
            db.LegacyBeschikkingen.Add(new LegacyBeschikking(inwoner.Id, huishouden.Id, LegacyProduct.TO2, vandaag.AddYears(-1), vandaag.AddMonths(6)));
            await db.SaveChangesAsync();
            return 0;
        });
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        factory.Opname.Clear();
        var html = await IntakeHulp.HtmlAsync(await fatima.Http.GetAsync(new Uri("/Transitie", UriKind.Relative)));
        Assert.Contains("Anne Overgangsma", html, StringComparison.Ordinal);

        // Issue 15: testing every legacy beschikking of the gemeente for visibility grew 7× from leeuwarden to amsterdam. The
        // legacy beschikkingen are found by HuishoudenId from the caseload's households; nothing is scanned. Twelfth round:
        // the households come from the caseload index (per key), no longer from every vraag of her buurtkamers. Thirteenth
        // round: per key only the households with a legacy beschikking (a partial index), read by both commands (the counts
        // and the page) instead of passing the keys from one to the other.
        var lijst = factory.Opname.Where(c => c.Tekst.Contains("FROM \"LegacyBeschikkingen\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lijst.Count);
        foreach (var opdracht in lijst)
        {
            Assert.Contains("\"CaseloadHuishoudens\"", opdracht.Tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("\"Ondersteuningsvragen\"", opdracht.Tekst, StringComparison.Ordinal);
            var plan = await PlanAsync(opdracht);
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(plan, @"SEARCH \w+ USING (COVERING )?INDEX IX_LegacyBeschikkingen_HuishoudenId_Conclusie_Einddatum \(HuishoudenId=\? AND Conclusie=\?\)|SEARCH \w+ USING (COVERING )?INDEX IX_LegacyBeschikkingen_HuishoudenId_Conclusie_Einddatum \(HuishoudenId=\?\)"), plan);
            Assert.True(plan.Contains("USING COVERING INDEX IX_CaseloadHuishoudens_MetLegacyBeschikking (SleutelId=?)", StringComparison.Ordinal), plan);
            Assert.False(plan.Contains("sqlite_autoindex_CaseloadHuishoudens_1", StringComparison.Ordinal), plan);
            // No table is scanned; only the page of 25 (the co-routine l0) is walked for its join.
            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(plan, @"SCAN (?!l0\b)\w+"), plan);
        }

        // The counts read only the index on (HuishoudenId, Conclusie): no legacy row, no inwoner.
        var tellingen = Assert.Single(lijst, c => c.Tekst.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.Contains("USING COVERING INDEX IX_LegacyBeschikkingen_HuishoudenId_Conclusie_Einddatum", await PlanAsync(tellingen), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Inwoners\"", tellingen.Tekst, StringComparison.Ordinal);

        // The page is sorted and cut on the legacy beschikkingen first; only its rows are joined with their inwoners.
        var pagina = Assert.Single(lijst, c => !c.Tekst.Contains("COUNT(*)", StringComparison.Ordinal));
        var binnen = pagina.Tekst[..pagina.Tekst.LastIndexOf(") AS ", StringComparison.Ordinal)];
        Assert.Contains("LIMIT", binnen, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Inwoners\"", binnen, StringComparison.Ordinal);
        Assert.Contains("INNER JOIN \"Inwoners\"", pagina.Tekst[binnen.Length..], StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(await PlanAsync(pagina), @"SEARCH \w+ USING INDEX sqlite_autoindex_Inwoners_1 \(Id=\?\)"), await PlanAsync(pagina));
    }

    [Fact]
    public async Task De_gecompileerde_transitiewerklijst_geeft_dezelfde_paginas_en_aantallen_als_de_vertaalde()
    {
        // Issue 15, twenty-third round: the usual view of the werklijst is compiled once, with the caseload keys and the inzage
        // moment as parameters; a chosen sort column takes the translated query. Both must give the same list: fatima's own
        // households (two buurtkamer keys and her own) and one opened by an inzage buiten eigen caseload, equal einddata (the
        // Id decides), concluded ones (counted apart), and legacy beschikkingen she may not see.
        var vandaag = DateOnly.FromDateTime(DateTime.Today);
        var (zichtbaar, verborgen) = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<Wmo.Domain.Gemeentebeleid.WmoBeleid>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var jeroen = await bouwer.ActorAsync("jeroen.bakker");
            var eigen = new List<(Guid HuishoudenId, bool Open)>();
            var anders = new List<(Guid HuishoudenId, bool Open)>();
            for (var i = 0; i < 34; i++)
            {
                var (buurtkamer, werker, lijst) = i % 5 == 4 ? ("Dorpskamer Stiens", jeroen, anders) : ("Buurtkamer Oost", fatima, eigen);
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Gijs", $"Overgangsvergelijk{i:00}", new DateOnly(1950, 1, 1), "Vlietsingel", 40 + i, "8913 AB", "Leeuwarden");
                await bouwer.VraagInVraagverheldering(huishouden, inwoner, werker, buurtkamer, vandaag);
                var beschikking = new LegacyBeschikking(inwoner.Id, huishouden.Id, LegacyProduct.TO2, vandaag.AddYears(-1), vandaag.AddDays(30 + (i % 7)));
                if (i % 9 == 0)
                {
                    beschikking.PlanMaatwerkgesprek(beleid.Transitie.GesprekkenUiterlijkVoor.AddDays(-30), beleid.Transitie);
                    beschikking.LegConclusieVast(Pijler.Basisondersteuning, werker, beleid.LegacyProducten, "Vergeleken in de test.");
                }

                db.LegacyBeschikkingen.Add(beschikking);
                lijst.Add((huishouden.Id, beschikking.Conclusie is null));
            }

            await db.SaveChangesAsync();

            // Jeroen's first household opened to fatima by an inzage.
            await sp.GetRequiredService<DossierToegang>().VerleenInzageBuitenCaseloadAsync(await Aanmelding.PrincipalAsync(sp, "fatima.elamrani"), anders[0].HuishoudenId, "Waarneming voor Jeroen tijdens zijn verlof");
            return (eigen.Append(anders[0]).ToList(), anders.Skip(1).Select(a => a.HuishoudenId).ToList());
        });

        var (gecompileerd, vertaald) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var toegang = sp.GetRequiredService<DossierToegang>();
            var fatima = await Aanmelding.PrincipalAsync(sp, "fatima.elamrani");
            var perZijde = new List<List<Wmo.Web.Models.Dossier.TransitieWerklijst>>();
            foreach (var gevraagd in new[] { Wmo.Application.Weergave.Sortering.Geen, Wmo.Web.Models.Dossier.TransitieWerklijstLezer.Standaard })
            {
                var reeks = new List<Wmo.Web.Models.Dossier.TransitieWerklijst>();
                for (var pagina = 0; pagina < 4; pagina++)
                {
                    reeks.Add(await Wmo.Web.Models.Dossier.TransitieWerklijstLezer.LeesAsync(db, toegang, fatima, pagina * 10, 10, gevraagd));
                }

                perZijde.Add(reeks);
            }

            return (perZijde[0], perZijde[1]);
        });

        for (var pagina = 0; pagina < 4; pagina++)
        {
            Assert.Equal(vertaald[pagina].Open, gecompileerd[pagina].Open);
            Assert.Equal((vertaald[pagina].AantalOpen, vertaald[pagina].AantalAfgerond, vertaald[pagina].Sortering), (gecompileerd[pagina].AantalOpen, gecompileerd[pagina].AantalAfgerond, gecompileerd[pagina].Sortering));
        }

        // Every visible open one once, in the order of the einddatum and then the Id; none of the hidden ones.
        var alle = gecompileerd.SelectMany(p => p.Open).ToList();
        Assert.Equal(alle.DistinctBy(b => b.Id).Count(), alle.Count);
        Assert.Equal(alle.OrderBy(b => b.Einddatum).ThenBy(b => b.Id.ToString(), StringComparer.Ordinal).Select(b => b.Id), alle.Select(b => b.Id));
        Assert.Contains(alle, b => b.HuishoudenId == zichtbaar[^1].HuishoudenId);
        Assert.DoesNotContain(alle, b => verborgen.Contains(b.HuishoudenId));
        Assert.Equal(zichtbaar.Where(z => z.Open).Select(z => z.HuishoudenId).Order(),
            alle.Where(b => b.Inwoner.StartsWith("Gijs Overgangsvergelijk", StringComparison.Ordinal)).Select(b => b.HuishoudenId).Order());
        Assert.True(gecompileerd[0].AantalAfgerond >= zichtbaar.Count(z => !z.Open));

        // Through the portal: the usual view sends the compiled queries (one range per key in the caseload index), a chosen
        // sort the translated ones (one list of keys).
        using var client = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        factory.Opname.Clear();
        await IntakeHulp.HtmlAsync(await client.Http.GetAsync(new Uri("/Transitie", UriKind.Relative)));
        var standaard = factory.Opname.Where(c => c.Tekst.Contains("FROM \"LegacyBeschikkingen\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, standaard.Count);
        Assert.All(standaard, c => Assert.Equal(Wmo.Web.Models.Dossier.TransitieWerklijstLezer.SleutelsGecompileerd, System.Text.RegularExpressions.Regex.Count(c.Tekst, "FROM \"CaseloadHuishoudens\"")));
        factory.Opname.Clear();
        await IntakeHulp.HtmlAsync(await client.Http.GetAsync(new Uri("/Transitie?sorteer=einddatum", UriKind.Relative)));
        var gekozen = factory.Opname.Where(c => c.Tekst.Contains("FROM \"LegacyBeschikkingen\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, gekozen.Count);
        Assert.All(gekozen, c => Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(c.Tekst, "FROM \"CaseloadHuishoudens\"")));
    }

    [Fact]
    public async Task Het_bewaartermijnoverzicht_toetst_alleen_huishoudens_met_oude_vragen()
    {
        // Issue 15: the overview tested every household of the gemeente (seconds on amsterdam). Candidates now come from old
        // vragen through the indexes on their dates (Bewaarregel.KanVerlopenZijn); no table is scanned.
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Anne", "Bewaarplanma", new DateOnly(1950, 1, 1), "Vlietsingel", 11, "8913 AB", "Leeuwarden");
            await bouwer.VraagInVraagverheldering(huishouden, inwoner, await bouwer.ActorAsync("fatima.elamrani"), "Buurtkamer Oost", DateOnly.FromDateTime(DateTime.Today));
            return 0;
        });
        using var ingrid = await IntakeHulp.InloggenAsync(factory, "ingrid.postma");

        factory.Opname.Clear();
        await IntakeHulp.HtmlAsync(await ingrid.Http.GetAsync(new Uri("/Privacy/Opschonen", UriKind.Relative)));

        var telling = Assert.Single(factory.Opname, c => c.Tekst.Contains("FROM \"Huishoudens\"", StringComparison.Ordinal) && c.Tekst.Contains("COUNT", StringComparison.Ordinal));
        var plan = await PlanAsync(telling);
        Assert.True(plan.Contains("INDEX IX_Ondersteuningsvragen_AfgeslotenOp (AfgeslotenOp<?)", StringComparison.Ordinal), plan);
        Assert.True(plan.Contains("INDEX IX_Ondersteuningsvragen_UitkomstDatum_InwonerId (UitkomstDatum<?)", StringComparison.Ordinal), plan);
        Assert.True(plan.Contains("INDEX IX_Ondersteuningsvragen_Meldingsdatum (Meldingsdatum<?)", StringComparison.Ordinal), plan);
        Assert.False(plan.Contains("SCAN", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task De_brief_toetst_de_zichtbaarheid_via_de_eigen_vraag_niet_over_alle_huishoudens()
    {
        // Issue 15: the letter read one beschikking but tested need-to-know as "VraagId IN (every visible vraag)", which
        // SQLite computes by scanning every vraag and every household (the pdf took 1.2–1.5 s on amsterdam, 0.5 s on leeuwarden).
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Briefplanma");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        factory.Opname.Clear();
        var html = await IntakeHulp.HtmlAsync(await fatima.Http.GetAsync(new Uri($"/Brief/Beschikking/{beschikking.Id}", UriKind.Relative)));
        Assert.Contains(beschikking.Nummer, html, StringComparison.Ordinal);

        var brief = Assert.Single(factory.Opname, c => c.Tekst.Contains("FROM \"Beschikkingen\"", StringComparison.Ordinal) && c.Tekst.Contains("\"Huishoudens\"", StringComparison.Ordinal));
        var plan = await PlanAsync(brief);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(plan, @"SEARCH o (EXISTS )?USING INDEX sqlite_autoindex_Ondersteuningsvragen_1 \(Id=\?\)"), plan);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(plan, @"SEARCH h USING INDEX sqlite_autoindex_Huishoudens_1 \(Id=\?\)"), plan);
        Assert.False(plan.Contains("SCAN", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task De_toetserwachtrij_loopt_de_index_op_aanvraagdatum_af_zonder_te_sorteren()
    {
        // Issue 15 (eighth round): the queue sorted every submitted advies on its vraag's aanvraagdatum (a join per advies and a
        // temporary B-tree: 1,195 vraag rows read for 25 shown on amsterdam). The advies carries the date itself, so SQLite walks
        // the index (Status, Aanvraagdatum, Id) in order and stops after the page; only the vragen of the shown rows are read.
        await Dossiers.IngediendAdviesAsync(factory, "Wachtrijplanma");
        using var marieke = await IntakeHulp.InloggenAsync(factory, "marieke.hoekstra");

        factory.Opname.Clear();
        var html = await IntakeHulp.HtmlAsync(await marieke.Http.GetAsync(new Uri("/Toetsing", UriKind.Relative)));
        Assert.Contains("Pieter Wachtrijplanma", html, StringComparison.Ordinal);

        var pagina = Assert.Single(factory.Opname, c => c.Tekst.Contains("FROM \"ZwaarwegendeAdviezen\"", StringComparison.Ordinal) && c.Tekst.Contains("LIMIT", StringComparison.Ordinal));
        var plan = await PlanAsync(pagina);
        Assert.True(plan.Contains("USING INDEX IX_ZwaarwegendeAdviezen_Status_Aanvraagdatum_Id (Status=?)", StringComparison.Ordinal), plan);
        Assert.False(plan.Contains("TEMP B-TREE", StringComparison.Ordinal), plan);
        Assert.False(plan.Contains("SCAN", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task De_gecompileerde_toetserwachtrij_geeft_dezelfde_paginas_als_de_vertaalde()
    {
        // Issue 15, twenty-third round: a toetser's usual view of the queue is compiled once; a chosen sort column takes the
        // translated query. Both give the same pages: equal aanvraagdata (the Id decides), verdaagd and not, and every row's
        // inwoner, author and beslistermijn.
        for (var i = 0; i < 14; i++)
        {
            await Dossiers.IngediendAdviesAsync(factory, $"Wachtrijvergelijk{i:00}");
        }

        var perZijde = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var toegang = sp.GetRequiredService<DossierToegang>();
            var beleid = sp.GetRequiredService<Wmo.Domain.Gemeentebeleid.WmoBeleid>();
            var marieke = await Aanmelding.PrincipalAsync(sp, "marieke.hoekstra");
            var vandaag = Wmo.Domain.Termijnen.Vandaag.Volgens(factory.Klok);
            var zijden = new List<List<(List<Wmo.Web.Models.Besluiten.ToetsRegel> Regels, int Totaal, Wmo.Application.Weergave.Sortering Sortering)>>();
            foreach (var gevraagd in new[] { Wmo.Application.Weergave.Sortering.Geen, Wmo.Web.Models.Besluiten.ToetsWachtrijLezer.Standaard })
            {
                var reeks = new List<(List<Wmo.Web.Models.Besluiten.ToetsRegel> Regels, int Totaal, Wmo.Application.Weergave.Sortering Sortering)>();
                for (var pagina = 0; pagina < 3; pagina++)
                {
                    reeks.Add(await Wmo.Web.Models.Besluiten.ToetsWachtrijLezer.LeesAsync(db, toegang, beleid, marieke, vandaag, pagina * 6, 6, gevraagd));
                }

                zijden.Add(reeks);
            }

            return zijden;
        });
        var (gecompileerd, vertaald) = (perZijde[0], perZijde[1]);

        for (var pagina = 0; pagina < 3; pagina++)
        {
            Assert.Equal(vertaald[pagina].Regels.Select(Vergelijkbaar), gecompileerd[pagina].Regels.Select(Vergelijkbaar));
            Assert.Equal((vertaald[pagina].Totaal, vertaald[pagina].Sortering), (gecompileerd[pagina].Totaal, gecompileerd[pagina].Sortering));
        }

        var alle = gecompileerd.SelectMany(p => p.Regels).ToList();
        Assert.True(gecompileerd[0].Totaal >= 14);
        Assert.Equal(Math.Min(18, gecompileerd[0].Totaal), alle.Count);
        Assert.Equal(alle.Count, alle.DistinctBy(r => r.AdviesId).Count());
        Assert.All(alle, r => Assert.NotEqual("–", r.Auteur));

        // A row with its term as the user sees it (the term's explanation is a list, compared by its lines).
        static string Vergelijkbaar(Wmo.Web.Models.Besluiten.ToetsRegel r) =>
            $"{r.AdviesId} {r.Inwoner} {r.Voorziening} {r.Auteur} {r.Aanvraagdatum} {r.IngediendOp} {r.IsVerdaagd} {r.Dwangsom} {r.Beslistermijn?.Einddatum} {string.Join('|', r.Beslistermijn?.Uitleg ?? [])}";
    }

    [Fact]
    public async Task Het_gecompileerde_dossier_van_een_sociaal_werker_volgt_dezelfde_regel_als_de_vertaalde()
    {
        // Issue 15, twenty-third round: the sociaal werker's dossier view loads the household through a compiled query with the
        // need-to-know rule folded in. It opens exactly the households the translated rule opens: her own buurtkamer's, not a
        // colleague's, and the colleague's once she has an inzage buiten eigen caseload.
        var (eigen, anders, geopend) = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var vandaag = DateOnly.FromDateTime(DateTime.Today);
            var ids = new List<Guid>();
            foreach (var (werker, buurtkamer, i) in new[] { ("fatima.elamrani", "Buurtkamer Oost", 0), ("jeroen.bakker", "Dorpskamer Stiens", 1), ("jeroen.bakker", "Dorpskamer Stiens", 2) })
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Lotte", $"Regelvergelijk{i}", new DateOnly(1970, 1, 1), "Vlietsingel", 80 + i, "8913 AB", "Leeuwarden");
                await bouwer.VraagInVraagverheldering(huishouden, inwoner, await bouwer.ActorAsync(werker), buurtkamer, vandaag);
                ids.Add(huishouden.Id);
            }

            await sp.GetRequiredService<DossierToegang>().VerleenInzageBuitenCaseloadAsync(await Aanmelding.PrincipalAsync(sp, "fatima.elamrani"), ids[2], "Waarneming voor Jeroen tijdens zijn verlof");
            return (ids[0], ids[1], ids[2]);
        });

        var uitkomsten = await factory.InScopeAsync(async sp =>
        {
            var toegang = sp.GetRequiredService<DossierToegang>();
            var fatima = await Aanmelding.PrincipalAsync(sp, "fatima.elamrani");
            var lijst = new List<(Guid Id, bool Gecompileerd, bool Vertaald)>();
            foreach (var id in new[] { eigen, anders, geopend, Guid.NewGuid() })
            {
                var huishouden = await toegang.HuishoudenVoorInzageAsync(fatima, id);
                Assert.True(huishouden is null || (huishouden.Id == id && huishouden.Lidmaatschappen.Count > 0));
                lijst.Add((id, huishouden is not null, await toegang.MagHuishoudenZienAsync(fatima, id)));
            }

            return lijst;
        });

        Assert.All(uitkomsten, u => Assert.Equal(u.Vertaald, u.Gecompileerd));
        Assert.Equal([true, false, true, false], uitkomsten.Select(u => u.Gecompileerd).ToArray());
    }

    [Fact]
    public async Task Het_huishoudendossier_leest_van_de_vragen_alleen_wat_het_toont()
    {
        // Issue 15 (eighth round): the dossier loaded every vraag of the household as an aggregate, with its six owned collections
        // (seven SQL commands, plus the afweging's and leefgebieden's texts: ~30 rows per dossier on amsterdam) while the page
        // shows the vraag's row and its gesprekken on the timeline. Now: the vragen and their gesprekken, two commands.
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Dossierplanma");
        var huishoudenId = await factory.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.Id == advies.VraagId).Select(v => v.HuishoudenId).SingleAsync());
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        factory.Opname.Clear();
        var html = await IntakeHulp.HtmlAsync(await fatima.Http.GetAsync(new Uri($"/Huishouden/Details/{huishoudenId}", UriKind.Relative)));
        Assert.Contains("Melding van een ondersteuningsvraag voor Pieter Dossierplanma", html, StringComparison.Ordinal);
        Assert.Contains("Keukentafelgesprek gevoerd", html, StringComparison.Ordinal);
        Assert.Contains("Zwaarwegend advies ingediend voor toetsing", html, StringComparison.Ordinal);

        string[] nietGetoond = ["\"Afwegingsstappen\"", "\"KaderBeoordelingen\"", "\"LeefgebiedSituaties\"", "\"Opschortingen\"", "\"BeslistermijnOpschortingen\""];
        Assert.All(nietGetoond, tabel => Assert.DoesNotContain(factory.Opname, c => c.Tekst.Contains(tabel, StringComparison.Ordinal)));
        Assert.Single(factory.Opname, c => c.Tekst.Contains("\"Gesprekken\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task De_stempelcontrole_leest_alleen_het_eigen_account_niet_alle_accounts()
    {
        // Issue 15, eighth round: as one query with the roles and buurtkamers as collections, SQLite materialised every
        // account's roles and buurtkamers and built an automatic index on them, on every request (4 ms at 685 accounts,
        // most of the bare page). Now every table is reached through its index on the account.
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        factory.Opname.Clear();
        await IntakeHulp.HtmlAsync(await fatima.Http.GetAsync(new Uri("/Home/Kaal", UriKind.Relative)));

        var opdrachten = factory.Opname.Where(c => c.Tekst.Contains("\"AspNetUserRoles\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, opdrachten.Count);
        foreach (var opdracht in opdrachten)
        {
            var plan = await PlanAsync(opdracht);
            Assert.False(plan.Contains("MATERIALIZE", StringComparison.Ordinal), plan);
            Assert.False(plan.Contains("AUTOMATIC", StringComparison.Ordinal), plan);
            Assert.False(plan.Contains("SCAN", StringComparison.Ordinal), plan);
        }
    }

    [Fact]
    public async Task De_werkvoorraad_sorteert_zonder_per_vraag_het_eerste_contact_op_te_zoeken()
    {
        // Issue 15, eighth round: "urgent first" looked up each open vraag's first contact (17 ms for 491 open vragen on
        // amsterdam); the vraag now carries the fact itself, and only the page's 25 keys are sorted out before reading rows.
        // The open statuses are named, so the index is sought per status instead of read over the user's closed vragen.
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        factory.Opname.Clear();
        await IntakeHulp.HtmlAsync(await fatima.Http.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative)));

        var sortering = Assert.Single(factory.Opname, c => c.Tekst.Contains("UNION ALL", StringComparison.Ordinal)
            && c.Tekst.Contains("FROM \"Ondersteuningsvragen\"", StringComparison.Ordinal) && c.Tekst.Contains("ORDER BY", StringComparison.Ordinal));
        Assert.DoesNotContain("EersteContacten", sortering.Tekst, StringComparison.Ordinal);
        var plan = await PlanAsync(sortering);
        // Twenty-first round: each phase of the running term is read from its own partial index, which also holds what the
        // sort computes with (eleventh round): no vraag row is read, and only the phase with a running opschorting, whose end
        // moves with today, is sorted on the rule; the others come from their index in order. So two sorts: that phase's, and
        // the candidates of the page (at most four times the rows the page and the ones before it need).
        foreach (var fase in Wmo.Infrastructure.Persistence.Werkvoorraadfase.Alle)
        {
            Assert.True(plan.Contains($"USING COVERING INDEX {fase.Indexnaam} (BehandelaarId=?)", StringComparison.Ordinal), plan);
        }

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(plan, "USE TEMP B-TREE FOR"));
        Assert.Contains("USE TEMP B-TREE FOR LAST 2 TERMS OF ORDER BY", plan, StringComparison.Ordinal);
        Assert.False(System.Text.RegularExpressions.Regex.IsMatch(plan, @"^SCAN (?!\(subquery-\d+\)|[a-z]\d*$)", System.Text.RegularExpressions.RegexOptions.Multiline), plan);
    }

    [Fact]
    public async Task Het_inzageoverzicht_zoekt_de_regels_van_een_inwoner_op_in_indexen_ook_de_zoekopdrachten_die_hem_toonden()
    {
        // Issue 15 (fourteenth round): a page of search results is one entry; the inwoners it showed are found through the
        // index AuditBetrokkenen. The overview of one inwoner must still seek every kind of entry, never walk the trail.
        var (_, inwonerId, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Inzageplanma");
        var bsn = await factory.LeesAsync(db => db.Inwoners.Where(i => i.Id == inwonerId).Select(i => i.Bsn).SingleAsync());
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        await IntakeHulp.HtmlAsync(await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Achternaam"] = "Inzageplanma" }));
        using var ingrid = await IntakeHulp.InloggenAsync(factory, "ingrid.postma");

        factory.Opname.Clear();
        var html = await IntakeHulp.HtmlAsync(await ingrid.PostFormAsync("/Privacy", new Dictionary<string, string> { ["Bsn"] = bsn.Value }));
        Assert.Contains(">gezocht<", html, StringComparison.Ordinal);

        var pagina = Assert.Single(factory.Opname, c => c.Tekst.Contains("FROM \"AuditTrail\"", StringComparison.Ordinal) && c.Tekst.Contains("LIMIT", StringComparison.Ordinal));
        var plan = await PlanAsync(pagina);
        Assert.True(plan.Contains("MULTI-INDEX OR", StringComparison.Ordinal), plan);
        Assert.True(plan.Contains("IX_AuditTrail_InwonerId_Moment (InwonerId=?)", StringComparison.Ordinal), plan);
        Assert.True(plan.Contains("sqlite_autoindex_AuditBetrokkenen_1 (InwonerId=?)", StringComparison.Ordinal), plan);
        Assert.DoesNotMatch(@"SCAN a\b", plan);
    }

    [Fact]
    public async Task De_uitgaande_berichten_van_een_aanbieder_lopen_de_index_af_zonder_te_sorteren()
    {
        // Issue 15 (twenty-ninth round): the page of 25 WMO301s sorted every outgoing message of the aanbieder on dagtekening and
        // identificatie (a temporary B-tree over 84,000 rows with their XML on amsterdam, 0.3-0.7 s). The index has the page's
        // order, so SQLite walks it backwards and stops after the page.
        await IwmoTestData.ToewijzingAsync(factory, "Uitgaandplanma");
        await factory.InScopeAsync(sp => sp.GetRequiredService<Wmo.Application.Iwmo.IwmoExporteren>().ExporteerAsync());
        using var ingrid = await IntakeHulp.InloggenAsync(factory, "ingrid.postma");

        factory.Opname.Clear();
        var html = await IntakeHulp.HtmlAsync(await ingrid.Http.GetAsync(new Uri("/Iwmo/Uitgaand", UriKind.Relative)));
        Assert.Contains("WMO301_", html, StringComparison.Ordinal);

        var pagina = Assert.Single(factory.Opname, c => c.Tekst.Contains("FROM \"IwmoBerichten\"", StringComparison.Ordinal) && c.Tekst.Contains("LIMIT", StringComparison.Ordinal));
        var plan = await PlanAsync(pagina);
        Assert.True(plan.Contains("USING INDEX IX_IwmoBerichten_AanbiederId_Richting_Dagtekening_Identificatie (AanbiederId=? AND Richting=?)", StringComparison.Ordinal), plan);
        Assert.False(plan.Contains("TEMP B-TREE", StringComparison.Ordinal), plan);

        // The toewijzingen waiting for a WMO301 are counted in a partial index of only those rows, not through all toewijzingen.
        var openstaand = Assert.Single(factory.Opname, c => c.Tekst.Contains("FROM \"Toewijzingen\"", StringComparison.Ordinal) && c.Tekst.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.True((await PlanAsync(openstaand)).Contains("USING COVERING INDEX IX_Toewijzingen_MoetVerstuurdWorden_AanbiederId", StringComparison.Ordinal));
        await using var verbinding = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await verbinding.OpenAsync();
        await using var indexen = verbinding.CreateCommand();
        indexen.CommandText = "SELECT \"partial\" FROM pragma_index_list('Toewijzingen') WHERE name = 'IX_Toewijzingen_MoetVerstuurdWorden_AanbiederId'";
        Assert.Equal(1L, await indexen.ExecuteScalarAsync());
    }

    private async Task<string> PlanAsync(Opgenomen opdracht)
    {
        await using var verbinding = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await verbinding.OpenAsync();
        await using var uitleg = verbinding.CreateCommand();
        uitleg.CommandText = "EXPLAIN QUERY PLAN " + opdracht.Tekst;
        foreach (var (naam, waarde) in opdracht.Parameters)
        {
            uitleg.Parameters.AddWithValue(naam, waarde ?? DBNull.Value);
        }

        var regels = new List<string>();
        await using var lezer = await uitleg.ExecuteReaderAsync();
        while (await lezer.ReadAsync())
        {
            // A list parameter (ids.Contains(x.Id)) reaches SQLite as one JSON value, read with json_each: "SCAN … VIRTUAL
            // TABLE" walks the request's own list, not a table (DatabaseSettings.Apply). Every table read must still SEARCH.
            var regel = lezer.GetString(3);
            if (!regel.Contains("VIRTUAL TABLE", StringComparison.Ordinal))
            {
                regels.Add(regel);
            }
        }

        return string.Join('\n', regels);
    }

    public sealed record Opgenomen(string Tekst, IReadOnlyList<(string Naam, object? Waarde)> Parameters);

    /// <summary>The portal with a recorder of every SQL command it runs, with its parameter values.</summary>
    public sealed class OpnemendeFactory : WmoWebApplicationFactory
    {
        public ConcurrentQueue<Opgenomen> Opname { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<WmoDbContext>(o => o.AddInterceptors(new Recorder(Opname))));
        }
    }

    private sealed class Recorder(ConcurrentQueue<Opgenomen> opname) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            opname.Enqueue(new Opgenomen(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            return ValueTask.FromResult(result);
        }
    }
}
