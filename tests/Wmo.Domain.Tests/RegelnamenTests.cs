using System.Reflection;
using System.Text.RegularExpressions;
using Wmo.Domain.Common;

namespace Wmo.Domain.Tests;

/// <summary>
/// Rule names only through <see cref="Regelnamen"/> (issue 10): a rule name written as a string anywhere in <c>src/</c>
/// (a <c>Regel.Eis</c>, a <c>new DomainException</c>, a rule → field table) could be renamed on one side only and silently
/// lose its field or retourcode. These tests read the source files, so a new literal fails here.
/// </summary>
public sealed partial class RegelnamenTests
{
    /// <summary>The calls that take a rule name, with the position of that argument.</summary>
    private static readonly (string Aanroep, int Positie)[] Aanroepen =
    [
        ("Regel.Eis(", 1), (" Eis(", 1), ("VerplichteTekst(", 1), ("new DomainException(", 0), ("NietVoorDeMelding(", 1),
    ];

    [Fact]
    public void Geen_regelnaam_als_tekst_buiten_Regelnamen()
    {
        var namen = typeof(Regelnamen).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        Assert.True(namen.Count > 100, "Regelnamen is (bijna) leeg: de test zou niets controleren.");

        var gevonden = BronBestanden()
            .Where(b => !b.Pad.EndsWith(Path.Combine("Common", "Regelnamen.cs"), StringComparison.Ordinal))
            .SelectMany(b => Tekstletterlijk().Matches(b.Tekst).Where(m => namen.Contains(m.Groups[1].Value) && !IsCref(b.Tekst, m.Index))
                .Select(m => $"{b.Pad}: \"{m.Groups[1].Value}\""))
            .ToList();

        Assert.True(gevonden.Count == 0, "Regelnaam als tekst in plaats van Regelnamen.X: " + string.Join(", ", gevonden));
    }

    [Fact]
    public void Geen_regel_met_een_letterlijke_naam()
    {
        var gevonden = new List<string>();
        foreach (var (pad, tekst) in BronBestanden())
        {
            foreach (var (aanroep, positie) in Aanroepen)
            {
                for (var i = tekst.IndexOf(aanroep, StringComparison.Ordinal); i >= 0; i = tekst.IndexOf(aanroep, i + 1, StringComparison.Ordinal))
                {
                    var argument = Argument(tekst, i + aanroep.Length, positie);
                    if (argument is not null && (argument.StartsWith('"') || argument.StartsWith("$\"", StringComparison.Ordinal) || argument.StartsWith("@\"", StringComparison.Ordinal)))
                    {
                        gevonden.Add($"{pad}: {aanroep}…{argument}");
                    }
                }
            }
        }

        Assert.True(gevonden.Count == 0, "Regelnaam als tekst in plaats van Regelnamen.X of nameof: " + string.Join(", ", gevonden));
    }

    [Fact]
    public void De_controle_ziet_een_letterlijke_regelnaam()
    {
        const string bron = """
            Regel.Eis(x > 0,
                "LidmaatschapBestaat", "melding");
            throw new DomainException("Iets", $"{a}");
            """;
        Assert.Equal("\"LidmaatschapBestaat\"", Argument(bron, bron.IndexOf("Regel.Eis(", StringComparison.Ordinal) + "Regel.Eis(".Length, 1));
        Assert.Equal("\"Iets\"", Argument(bron, bron.IndexOf("new DomainException(", StringComparison.Ordinal) + "new DomainException(".Length, 0));
        Assert.Equal("Regelnamen.X", Argument("Eis(f(a, b), Regelnamen.X, \"m, n\")", 4, 1));
    }

    /// <summary>The argument at <paramref name="positie"/> of the call whose arguments start at <paramref name="start"/>, trimmed.</summary>
    private static string? Argument(string tekst, int start, int positie)
    {
        var diepte = 0;
        var index = 0;
        var begin = start;
        for (var i = start; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (c == '"')
            {
                i = EindeVanTekst(tekst, i);
            }
            else if (c is '(' or '[' or '{')
            {
                diepte++;
            }
            else if (c is ')' or ']' or '}' && diepte > 0)
            {
                diepte--;
            }
            else if ((c == ',' && diepte == 0) || c == ')')
            {
                if (index == positie)
                {
                    return tekst[begin..i].Trim();
                }

                if (c == ')')
                {
                    return null;
                }

                index++;
                begin = i + 1;
            }
        }

        return null;
    }

    private static int EindeVanTekst(string tekst, int open)
    {
        for (var i = open + 1; i < tekst.Length; i++)
        {
            if (tekst[i] == '\\')
            {
                i++;
            }
            else if (tekst[i] == '"')
            {
                return i;
            }
        }

        return tekst.Length;
    }

    private static bool IsCref(string tekst, int index) => index >= 5 && tekst.AsSpan(index - 5, 5).SequenceEqual("cref=");

    private static IEnumerable<(string Pad, string Tekst)> BronBestanden()
    {
        var src = Path.Combine(Root(), "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(src, p), File.ReadAllText(p)));
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Wmo.Portal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Wmo.Portal.sln niet gevonden boven " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("\"([A-Z][A-Za-z0-9]+)\"")]
    private static partial Regex Tekstletterlijk();
}
