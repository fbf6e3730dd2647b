using System.Reflection;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Platform;

/// <summary>Every value of every domain enum that <see cref="Teksten"/> labels has its own, non-empty label.</summary>
public sealed class TekstenTests
{
    public static TheoryData<string> Enums() =>
        [.. LabelMethoden().Select(m => m.GetParameters()[0].ParameterType.Name)];

    [Theory]
    [MemberData(nameof(Enums))]
    public void Elke_waarde_heeft_een_eigen_label(string enumNaam)
    {
        var methode = LabelMethoden().Single(m => m.GetParameters()[0].ParameterType.Name == enumNaam);
        var type = methode.GetParameters()[0].ParameterType;

        var labels = Enum.GetValues(type).Cast<object>().ToDictionary(w => w.ToString()!, w => (string)methode.Invoke(null, [w])!);

        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l.Value), $"{enumNaam}.{l.Key} heeft geen label."));
        var dubbel = labels.GroupBy(l => l.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" en ", g.Select(l => l.Key))).ToList();
        Assert.True(dubbel.Count == 0, $"{enumNaam}: dezelfde tekst voor {string.Join("; ", dubbel)}");
    }

    [Fact]
    public void Alle_enums_van_het_domein_die_op_een_scherm_staan_hebben_labels()
    {
        Assert.True(LabelMethoden().Count() >= 30, "Teksten labelt minder enums dan verwacht: is er een methode verdwenen?");
    }

    private static IEnumerable<MethodInfo> LabelMethoden() =>
        typeof(Teksten).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == nameof(Teksten.Tekst) && m.ReturnType == typeof(string) && m.GetParameters() is [{ ParameterType.IsEnum: true }]);
}
