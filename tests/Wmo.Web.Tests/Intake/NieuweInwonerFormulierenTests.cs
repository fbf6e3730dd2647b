using System.Net;
using System.Text.RegularExpressions;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Intake;

/// <summary>
/// The two forms that register a person (picking up an eerste contact, adding a member to a household) check the person the
/// same way (issue 10): for the same input they show the same message at the same field (picking up may explain after it
/// why the data are asked), because both use
/// <see cref="Models.NieuweInwoner"/>, its validator and its partial.
/// </summary>
public sealed partial class NieuweInwonerFormulierenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private static readonly string[] Persoonsvelden = ["Bsn", "Voornamen", "Achternaam", "Geboortedatum", "Straat", "Huisnummer", "Toevoeging", "Postcode", "Woonplaats"];

    public static TheoryData<string, string, string> OngeldigeInvoer() => new()
    {
        { "BSN zonder elfproef", "Bsn", "123456789" },
        { "postcode die met 0 begint", "Postcode", "0123 AB" },
        { "huisnummer nul", "Huisnummer", "0" },
        { "geen voornamen", "Voornamen", string.Empty },
        { "te lange achternaam", "Achternaam", new string('a', 201) },
        { "te lange toevoeging", "Toevoeging", new string('b', 11) },
    };

    [Theory]
    [MemberData(nameof(OngeldigeInvoer))]
    public async Task Beide_formulieren_tonen_dezelfde_fout_bij_hetzelfde_veld(string omschrijving, string veld, string waarde)
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Formulier Melder");
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);

        var persoon = new Dictionary<string, string>
        {
            ["Bsn"] = TestBsn.Nieuw(), ["Voornamen"] = "Marieke", ["Achternaam"] = "de Boer", ["Geboortedatum"] = "1995-02-03", ["Straat"] = "Vlietsingel",
            ["Huisnummer"] = "3", ["Toevoeging"] = string.Empty, ["Postcode"] = "8913 AB", ["Woonplaats"] = "Leeuwarden",
        };
        persoon[veld] = waarde;

        var oppakken = await fatima.PostFormAsync($"/Vraag/Oppakken/{contactId}", new Dictionary<string, string>(persoon));
        var lid = await fatima.PostFormAsync($"/Huishouden/LidToevoegen/{huishoudenId}", new Dictionary<string, string>(persoon) { ["Relatie"] = "Partner", ["Vanaf"] = "2026-01-01" });

        Assert.Equal(HttpStatusCode.OK, oppakken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lid.StatusCode);
        var foutenOppakken = Fouten(await oppakken.Content.ReadAsStringAsync());
        var foutenLid = Fouten(await lid.Content.ReadAsStringAsync());
        Assert.True(foutenOppakken.ContainsKey(veld), $"{omschrijving}: geen fout bij {veld} op het formulier Oppakken");
        Assert.Equal(foutenOppakken.Keys, foutenLid.Keys);

        // Picking up may add why the data are asked ("Deze inwoner staat niet in uw caseload ..."), after the same message.
        Assert.All(foutenLid, f => Assert.StartsWith(f.Value, foutenOppakken[f.Key], StringComparison.Ordinal));
    }

    /// <summary>The message at each person field of the page, by field.</summary>
    private static SortedDictionary<string, string> Fouten(string html)
    {
        var fouten = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Veldfout().Matches(html))
        {
            if (Persoonsvelden.Contains(m.Groups["veld"].Value))
            {
                fouten[m.Groups["veld"].Value] = WebUtility.HtmlDecode(m.Groups["tekst"].Value).Trim();
            }
        }

        return fouten;
    }

    [GeneratedRegex("id=\"(?<veld>[A-Za-z]+)-fout\"[^>]*><span class=\"visueel-verborgen\">Fout: </span>(?<tekst>[^<]*)<")]
    private static partial Regex Veldfout();
}
