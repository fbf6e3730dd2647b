using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Platform;

/// <summary>
/// Issue 10: a controller binds, authorizes, calls one use case and chooses the view, so none grows past ~150 lines; a
/// screen with more actions is split over controllers that share its <c>[Scherm]</c> (routes, views and table keys stay).
/// </summary>
public sealed class DunneControllersTests
{
    private const int MaximumRegels = 150;

    [Fact]
    public void Geen_controller_is_langer_dan_150_regels()
    {
        var controllers = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "Wmo.Web", "Controllers"), "*.cs", SearchOption.AllDirectories);
        Assert.True(controllers.Length >= 40, $"verwacht de controllers van het portaal, gevonden {controllers.Length}");

        var teLang = controllers.Select(c => (Naam: Path.GetFileName(c), Regels: File.ReadAllLines(c).Length))
            .Where(c => c.Regels > MaximumRegels).Select(c => $"{c.Naam} ({c.Regels})").ToList();

        Assert.True(teLang.Count == 0, $"Langer dan {MaximumRegels} regels: {string.Join(", ", teLang)}. Splits per samenhangende groep acties met hetzelfde [Scherm].");
    }

    /// <summary>
    /// Not a POST: the GET of the heffingsoverzicht shows a period the domain refuses (not jjjj-mm, or a year charged per
    /// four weeks) as a message at the period field of the same page.
    /// </summary>
    private static readonly string[] LeesFoutBijVeld = ["AbonnementstariefController.cs"];

    /// <summary>Issue 10, one POST pipeline: a broken rule becomes a message at the form in <c>WmoController.PostAsync</c> only.</summary>
    [Fact]
    public void Alleen_WmoController_vangt_een_DomainException()
    {
        var controllers = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "Wmo.Web", "Controllers"), "*.cs", SearchOption.AllDirectories);
        Assert.Contains(controllers, c => Path.GetFileName(c) == "WmoController.cs" && File.ReadAllText(c).Contains("catch (DomainException", StringComparison.Ordinal));

        var eigenVangnet = controllers.Where(c => File.ReadAllText(c).Contains("catch (DomainException", StringComparison.Ordinal))
            .Select(c => Path.GetFileName(c)).Where(n => n != "WmoController.cs" && !LeesFoutBijVeld.Contains(n)).Order(StringComparer.Ordinal).ToList();

        Assert.True(eigenVangnet.Count == 0, $"Eigen try/catch om een domeinregel in: {string.Join(", ", eigenVangnet)}. Laat de POST-actie via WmoController.PostAsync lopen.");
    }
}
