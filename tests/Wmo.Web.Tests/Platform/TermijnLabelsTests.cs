using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.TagHelpers;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Platform;

/// <summary>
/// Issue 15: lists write a term's label with <see cref="TermijnLabels"/> (today and the "bijna verlopen" setting once per view)
/// instead of a <c>&lt;wmo-termijn&gt;</c> tag helper per row. The label stays what it was, colour plus text, and the tag helper
/// still used on detail pages writes the same.
/// </summary>
public sealed class TermijnLabelsTests
{
    // Friday 4 December 2026; the statutory calendar, "bijna verlopen" from 5 working days (TermijnInstellingen.Wettelijk).
    private static readonly DateOnly Vandaag = new(2026, 12, 4);

    // The portal's encoder (WebServiceRegistration): all of Unicode as is, so the dash stays a dash.
    private static readonly HtmlEncoder PortaalEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static TheoryData<int?, int, string> Labels => new()
    {
        { -4, 5, "<span class=\"label-status label-status--verlopen\" title=\"Uiterlijk 30 november 2026\">Verlopen: 4 dagen te laat (30-11-2026)</span>" },
        { -1, 5, "<span class=\"label-status label-status--verlopen\" title=\"Uiterlijk 3 december 2026\">Verlopen: 1 dag te laat (03-12-2026)</span>" },
        { 0, 5, "<span class=\"label-status label-status--binnenkort\" title=\"Uiterlijk 4 december 2026\">Bijna verlopen: verloopt vandaag (04-12-2026)</span>" },
        { 1, 5, "<span class=\"label-status label-status--binnenkort\" title=\"Uiterlijk 5 december 2026\">Bijna verlopen: nog 1 dag (05-12-2026)</span>" },
        { 3, 5, "<span class=\"label-status label-status--binnenkort\" title=\"Uiterlijk 7 december 2026\">Bijna verlopen: nog 3 dagen (07-12-2026)</span>" },
        // The gemeente's setting decides: with 0 working days, Monday is still on schedule on Friday.
        { 3, 0, "<span class=\"label-status label-status--ok\" title=\"Uiterlijk 7 december 2026\">Op schema: nog 3 dagen (07-12-2026)</span>" },
        { 24, 5, "<span class=\"label-status label-status--ok\" title=\"Uiterlijk 28 december 2026\">Op schema: nog 24 dagen (28-12-2026)</span>" },
        { null, 5, "<span>–</span>" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Het_label_van_een_lijst_is_dat_van_de_tag_helper(int? dagenTotEinde, int binnenkortWerkdagen, string verwacht)
    {
        var termijn = dagenTotEinde is { } dagen ? new Termijn(TermijnSoort.Onderzoek, Vandaag.AddDays(dagen - 42), Vandaag.AddDays(dagen), 0) : null;
        var beleid = WmoBeleid.Leeuwarden2021() with { Termijnen = TermijnInstellingen.Wettelijk with { BinnenkortWerkdagen = binnenkortWerkdagen } };

        Assert.Equal(verwacht, Html(new TermijnLabels(Vandaag, beleid).Van(termijn), PortaalEncoder));
        Assert.Equal(verwacht, Html(TagHelper(termijn, beleid), PortaalEncoder));
        // Whatever the encoder, both write the same.
        Assert.Equal(Html(TagHelper(termijn, beleid), HtmlEncoder.Default), Html(new TermijnLabels(Vandaag, binnenkortWerkdagen).Van(termijn), HtmlEncoder.Default));
    }

    [Fact]
    public void Zonder_termijn_gaat_het_streepje_door_de_encoder()
    {
        Assert.Equal("<span>&#x2013;</span>", Html(new TermijnLabels(Vandaag, 5).Van(null), HtmlEncoder.Default));
    }

    private static string Html(IHtmlContent inhoud, HtmlEncoder encoder)
    {
        using var schrijver = new StringWriter();
        inhoud.WriteTo(schrijver, encoder);
        return schrijver.ToString();
    }

    // The tag helper as Razor runs it for <wmo-termijn termijn="..." vandaag="..." />.
    private static TagHelperOutput TagHelper(Termijn? termijn, WmoBeleid beleid)
    {
        var helper = new TermijnTagHelper(beleid) { Termijn = termijn, Vandaag = Vandaag };
        var context = new TagHelperContext("wmo-termijn", [], new Dictionary<object, object>(), "termijn");
        var output = new TagHelperOutput("wmo-termijn", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = TagMode.SelfClosing,
        };
        helper.Process(context, output);
        return output;
    }
}

/// <summary>
/// Issue 15: the werkvoorraad writes its term labels without a tag helper per row and its filter as a plain GET form; the
/// page still shows each term as colour plus text, and the filter form still carries no antiforgery token.
/// </summary>
public sealed class WerkvoorraadTermijnLabelsTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task De_werkvoorraad_toont_elke_termijn_als_label_en_filtert_met_een_gewoon_getformulier()
    {
        var vandaag = factory.Klok.Vandaag();
        var verlopen = await VraagAsync("Labelverlopen", vandaag.AddDays(-60));
        var bijna = await VraagAsync("Labelbijna", vandaag.AddDays(-41));
        var opSchema = await VraagAsync("Labelopschema", vandaag);
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        var html = await fatima.GetHtmlAsync("/Werkvoorraad");

        Assert.Equal(TermijnStatus.Verlopen, verlopen.Status(vandaag, TermijnInstellingen.Wettelijk.BinnenkortWerkdagen));
        Assert.Equal(TermijnStatus.BinnenkortVerlopen, bijna.Status(vandaag, TermijnInstellingen.Wettelijk.BinnenkortWerkdagen));
        Assert.Equal(TermijnStatus.OpSchema, opSchema.Status(vandaag, TermijnInstellingen.Wettelijk.BinnenkortWerkdagen));
        var teLaat = vandaag.DayNumber - verlopen.Einddatum.DayNumber;
        Assert.Contains($"<td><span class=\"label-status label-status--verlopen\" title=\"Uiterlijk {verlopen.Einddatum.Lang()}\">Verlopen: {teLaat} dagen te laat ({verlopen.Einddatum.Kort()})</span></td>", Rij(html, "Labelverlopen"), StringComparison.Ordinal);
        Assert.Contains($"<td><span class=\"label-status label-status--binnenkort\" title=\"Uiterlijk {bijna.Einddatum.Lang()}\">Bijna verlopen: ", Rij(html, "Labelbijna"), StringComparison.Ordinal);
        Assert.Contains($"<td><span class=\"label-status label-status--ok\" title=\"Uiterlijk {opSchema.Einddatum.Lang()}\">Op schema: nog {opSchema.DagenResterend(vandaag)} dagen ({opSchema.Einddatum.Kort()})</span></td>", Rij(html, "Labelopschema"), StringComparison.Ordinal);
        // None of them has an aanvraag yet: no beslistermijn.
        Assert.All(new[] { "Labelverlopen", "Labelbijna", "Labelopschema" }, naam => Assert.EndsWith("<td><span>–</span></td>", Rij(html, naam), StringComparison.Ordinal));

        var begin = html.IndexOf("<form method=\"get\" class=\"filter\" action=\"/Werkvoorraad\">", StringComparison.Ordinal);
        Assert.True(begin >= 0, "Het filterformulier van de werkvoorraad ontbreekt.");
        var formulier = html[begin..html.IndexOf("</form>", begin, StringComparison.Ordinal)];
        Assert.DoesNotContain("__RequestVerificationToken", formulier, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\">Alle statussen</option>", formulier, StringComparison.Ordinal);
    }

    // The row of the vraag of this inwoner, up to (not including) its </tr>.
    private static string Rij(string html, string achternaam)
    {
        var begin = html.IndexOf(achternaam, StringComparison.Ordinal);
        Assert.True(begin >= 0, $"{achternaam} staat niet in de werkvoorraad.");
        return html[begin..html.IndexOf("</tr>", begin, StringComparison.Ordinal)];
    }

    // A vraag of fatima reported on melding, without an aanvraag; returns its onderzoekstermijn as the domain computes it today.
    private Task<Termijn> VraagAsync(string achternaam, DateOnly melding) =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Gea", achternaam, new DateOnly(1948, 3, 1), "Oostergrachtswal", 1, "8921 AA", "Leeuwarden");
            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", melding);
            var opgeslagen = await sp.GetRequiredService<WmoDbContext>().Ondersteuningsvragen.AsNoTracking().SingleAsync(v => v.Id == vraag.Id);
            return opgeslagen.Onderzoekstermijn(beleid.Termijnen, factory.Klok.Vandaag());
        });
}
