using System.Text.RegularExpressions;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Platform;

/// <summary>
/// Issue 10: state rules live in the domain only. A view asks the aggregate (<c>vraag.KanAfsluiten</c>,
/// <c>bezwaar.IsInBehandeling</c>) instead of comparing its status with an enum value and so repeating a precondition;
/// labels come from <c>Teksten</c>.
/// </summary>
public sealed partial class StatusInViewsTests
{
    [Fact]
    public void Geen_view_vergelijkt_een_status_met_een_enumwaarde()
    {
        var views = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "Wmo.Web", "Views"), "*.cshtml", SearchOption.AllDirectories);
        Assert.True(views.Length >= 100, $"verwacht de views van het portaal, gevonden {views.Length}");

        var treffers = views.SelectMany(v => File.ReadAllLines(v).Select((regel, i) => (Bestand: Path.GetRelativePath(RepoPaths.Root, v), Nummer: i + 1, Regel: regel)))
            .Where(r => StatusVergelijking().IsMatch(r.Regel))
            .Select(r => $"{r.Bestand}:{r.Nummer}: {r.Regel.Trim()}").ToList();

        Assert.True(treffers.Count == 0, "Vraag het aggregaat (KanX/IsX) in plaats van de status te vergelijken:\n" + string.Join("\n", treffers));
    }

    [Theory]
    [InlineData("@if (v.Status != VraagStatus.Afgesloten)")]
    [InlineData("@if (Model.Bezwaar.Status == BezwaarStatus.InBehandeling)")]
    [InlineData("var c = plan.Status == Wmo.Domain.Plannen.PlanStatus.Concept;")]
    [InlineData("case HerverdelingStatus.Aangevraagd:")]
    [InlineData("@if (z is { Status: BezwaarStatus.Ingetrokken })")]
    public void De_controle_herkent_een_statusvergelijking(string regel) => Assert.Matches(StatusVergelijking(), regel);

    [Theory]
    [InlineData("<option value=\"@s\" selected=\"@(f.Status == s)\">@s.Tekst()</option>")]
    [InlineData("<td>@r.Status.Tekst()</td>")]
    public void Een_filterkeuze_of_label_is_geen_statusvergelijking(string regel) => Assert.DoesNotMatch(StatusVergelijking(), regel);

    [GeneratedRegex(@"Status\s*(==|!=)\s*[\w.]*Status\.\w+|case\s+[\w.]*Status\.\w+\s*:|Status:\s*[\w.]*Status\.\w+")]
    private static partial Regex StatusVergelijking();
}
