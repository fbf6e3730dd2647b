using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Iwmo;
using Wmo.Application.Seeding;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Support;

/// <summary>A toewijzing at Zorggroep Noord (AGB 75759876) made through the use case, and its client as the aanbieder names it.</summary>
public sealed record TestToewijzing(Guid Id, int Nummer, Guid HuishoudenId, Guid InwonerId, AanbiederClient Client, DateOnly Ingangsdatum, DateOnly Einddatum);

public static class IwmoTestData
{
    public const string Agb = "75759876";
    public const string Gemeente = "0080";
    private static int _identificatie = 1000;

    /// <summary>A household, a verwijzing to specialistische thuisondersteuning at Zorggroep Noord and its toewijzing (from next week, for a year).</summary>
    public static Task<TestToewijzing> ToewijzingAsync(WmoWebApplicationFactory factory, string achternaam = "de Jong") =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var vandaag = factory.Klok.Vandaag();
            var bsn = TestBsn.Nieuw();
            var geboren = new DateOnly(1995, 2, 1);
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(bsn, "Mariska", achternaam, geboren, "Tuinen", 4, "8911KE", "Leeuwarden");
            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-10));
            await bouwer.VerwijzingAsync(vraag, fatima, vandaag);
            var periode = new Periode(vandaag.AddDays(7), vandaag.AddDays(7).AddYears(1));
            var toewijzing = await sp.GetRequiredService<ToewijzingMaken>().OpVerwijzingAsync(vraag.Id, new Omvang(4, Eenheid.Uur, Frequentie.PerWeek), periode, fatima);
            return new TestToewijzing(toewijzing.Id, toewijzing.Nummer.Value, huishouden.Id, inwoner.Id, new AanbiederClient(bsn, geboren, achternaam), periode.Start, periode.Einde!.Value);
        });

    public static string NieuweIdentificatie() => "T" + Interlocked.Increment(ref _identificatie).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] Bytes(XDocument document) => Encoding.UTF8.GetBytes(IwmoXml.AlsTekst(document));
}
