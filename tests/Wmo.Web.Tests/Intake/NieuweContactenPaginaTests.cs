using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Intake;

/// <summary>
/// A busy buurtkamer has dozens of first contacts waiting (issue 15: the werkvoorraad showed up to a hundred at once). The
/// werkvoorraad pages them in SQL like the open vragen: spoed first over all pages, then the oldest, with how many wait in
/// all and a pager of its own that keeps the filter of the vragen.
/// </summary>
public sealed partial class NieuweContactenPaginaTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task De_wachtende_contacten_staan_per_pagina_met_spoed_eerst_en_het_totaal()
    {
        const int extra = Pagina<object>.StandaardGrootte + 7;
        var vandaag = factory.Klok.Vandaag();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var anna = await sp.GetRequiredService<DossierBouwer>().ActorAsync("anna.devries");
            var oost = await db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync();
            for (var i = 0; i < extra; i++)
            {
                // The newest is the only one with a signaal: it belongs on top of page 1 although it is the youngest.
                var spoed = i == extra - 1;
                db.EersteContacten.Add(new EersteContact(anna, oost, vandaag.AddDays(-60 + i), new Melder(MelderSoort.Inwoner, $"Paginamelder {i:00}", "06-12345678", null),
                    null, "Ik heb hulp nodig in huis.", beroepskrachtIngeschakeld: false, spoed ? Veiligheidssignaal.HuiselijkGeweld : null, factory.Klok.GetUtcNow()));
            }

            await db.SaveChangesAsync();
            return 0;
        });

        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var wachtend = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var mijn = await db.GebruikerBuurtkamers.Where(g => db.Users.Any(u => u.Id == g.GebruikerId && u.UserName == "fatima.elamrani")).Select(g => g.BuurtkamerId).ToListAsync();
            return await db.EersteContacten.CountAsync(c => c.OndersteuningsvraagId == null && mijn.Contains(c.BuurtkamerId));
        });
        Assert.InRange(wachtend, extra, (2 * Pagina<object>.StandaardGrootte) - 1);

        var eerste = WebUtility.HtmlDecode(await fatima.GetHtmlAsync("/Werkvoorraad?Status=InVraagverheldering"));
        var rijen = Rijen(eerste);
        Assert.Equal(Pagina<object>.StandaardGrootte, rijen.Count);
        Assert.Contains($"{wachtend} eerste contacten wachten op een sociaal werker", eerste, StringComparison.Ordinal);
        Assert.Contains($"Paginamelder {extra - 1:00}", rijen[0], StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 2", eerste, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Paginering nieuwe eerste contacten\"", eerste, StringComparison.Ordinal);

        // The pager keeps the vragen's filter and asks for the next page of contacts only.
        var volgende = VolgendePagina().Match(eerste);
        Assert.True(volgende.Success, "De paginering van de contacten heeft een link naar de volgende pagina.");
        Assert.Contains("Status=InVraagverheldering", volgende.Groups["href"].Value, StringComparison.Ordinal);
        var tweede = WebUtility.HtmlDecode(await fatima.GetHtmlAsync(volgende.Groups["href"].Value));
        var rijenTwee = Rijen(tweede);
        Assert.Equal(wachtend - Pagina<object>.StandaardGrootte, rijenTwee.Count);
        Assert.Contains("Pagina 2 van 2", tweede, StringComparison.Ordinal);

        // Together the pages hold every waiting contact once, the others the oldest first.
        var alle = rijen.Concat(rijenTwee).ToList();
        var melders = alle.Select(r => Melder().Match(r)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(extra, melders.Count);
        Assert.Equal(extra, melders.Distinct().Count());
        Assert.Equal(melders.Skip(1).Order(), melders.Skip(1));

        // A page past the last shows the total and the pager, not "no contacts".
        var voorbij = WebUtility.HtmlDecode(await fatima.GetHtmlAsync("/Werkvoorraad?ContactPagina=9"));
        Assert.DoesNotContain("Er wachten geen nieuwe eerste contacten", voorbij, StringComparison.Ordinal);
        Assert.Contains($"{wachtend} eerste contacten wachten", voorbij, StringComparison.Ordinal);
    }

    private static List<string> Rijen(string html)
    {
        var tabel = html[html.IndexOf("<table id=\"nieuwe-contacten\"", StringComparison.Ordinal)..];
        tabel = tabel[..tabel.IndexOf("</table>", StringComparison.Ordinal)];
        return [.. tabel.Split("<tr>").Skip(2)];
    }

    [GeneratedRegex("aria-label=\"Paginering nieuwe eerste contacten\".*?<a href=\"(?<href>[^\"]*ContactPagina=2[^\"]*)\"", RegexOptions.Singleline)]
    private static partial Regex VolgendePagina();

    [GeneratedRegex("Paginamelder (\\d\\d)")]
    private static partial Regex Melder();
}
