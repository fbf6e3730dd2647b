using Wmo.Domain.Common;

namespace Wmo.Domain.Gemeentebeleid;

/// <summary>
/// Every policy version of the gemeente by ingangsdatum: <see cref="Op"/> gives the policy that held on a date, so a
/// decision, a term or a letter uses the rules of its own day.
/// </summary>
public sealed class Beleidshistorie
{
    private readonly List<WmoBeleid> _versies;

    public Beleidshistorie(IEnumerable<WmoBeleid> versies)
    {
        _versies = [.. versies.OrderBy(v => v.Ingangsdatum)];
        Regel.Eis(_versies.Count > 0, Regelnamen.GemeenteHeeftBeleid, "Er is geen beleid vastgesteld.");
        Regel.Eis(_versies.Select(v => v.Ingangsdatum).Distinct().Count() == _versies.Count, Regelnamen.EenVersiePerIngangsdatum,
            "Twee beleidsversies hebben dezelfde ingangsdatum.");
    }

    public IReadOnlyList<WmoBeleid> Versies => _versies;

    /// <summary>
    /// The version with the latest ingangsdatum on or before <paramref name="datum"/>. A date before the first version
    /// (a legacy case) gets the first version: the portal knows no older policy.
    /// </summary>
    public WmoBeleid Op(DateOnly datum) => _versies.LastOrDefault(v => v.Ingangsdatum <= datum) ?? _versies[0];
}
