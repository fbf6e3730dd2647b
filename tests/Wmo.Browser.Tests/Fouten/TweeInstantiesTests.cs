using System.Net;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Fouten;

/// <summary>Two portal processes on one database (different ports), as behind a load balancer.</summary>
[Trait("Categorie", "Fouten")]
public sealed class TweeInstantiesTests
{
    [Fact]
    public async Task Wie_op_de_ene_instantie_inlogt_is_ingelogd_op_de_andere_en_ziet_daar_een_wijziging_van_de_eerste()
    {
        var map = Path.Combine(Path.GetTempPath(), "wmo-twee", Guid.NewGuid().ToString("N"));
        await using var a = await PortalProces.StartAsync(map);
        await using var b = await PortalProces.StartAsync(map);
        Assert.NotEqual(a.Adres.Port, b.Adres.Port);

        using var vrijwilliger = await EersteContacten.VrijwilligerAsync(a.Adres);
        var kenmerk = $"twee-instanties-{Guid.NewGuid():N}";
        var opgeslagen = await EersteContacten.BewaarMetAdresAsync(vrijwilliger, kenmerk);
        Assert.NotNull(opgeslagen);

        // Same cookies (cookies are not bound to a port), other instance: the Data Protection keys are shared in the database.
        using var opB = new ProcesClient(b.Adres, vrijwilliger.Client.Cookies);
        var start = await opB.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Contains("Anna de Vries", await start.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var details = await opB.Http.GetStringAsync(new Uri(new Uri(opgeslagen).PathAndQuery, UriKind.Relative));
        Assert.Contains(kenmerk, details, StringComparison.Ordinal);
    }
}
