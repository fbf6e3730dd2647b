namespace Wmo.Application.Monitoring;

public enum Grafiektype
{
    Staaf = 1,
    Lijn = 2,
}

/// <summary>One series of a figure: a name and a value per category.</summary>
public sealed record Reeks(string Naam, IReadOnlyList<decimal> Waarden);

/// <summary>
/// One monitoring figure: the same numbers drive the SVG chart, the accessible table next to it and the CSV download.
/// <see cref="ExtraKolommen"/> appear in the table and the CSV only (e.g. percentages next to absolute counts).
/// </summary>
public sealed record Figuur(
    string Sleutel,
    string Titel,
    string Toelichting,
    string CategorieKop,
    IReadOnlyList<string> Categorieen,
    IReadOnlyList<Reeks> Reeksen,
    Grafiektype Type,
    string Eenheid)
{
    public IReadOnlyList<Reeks> ExtraKolommen { get; init; } = [];

    public bool IsLeeg => Categorieen.Count == 0 || Reeksen.All(r => r.Waarden.All(w => w == 0));
}

/// <summary>What the figures are computed over: months <see cref="Van"/> to <see cref="TotEnMet"/> (whole days), optionally one wijk or dorp.</summary>
public sealed record MonitoringFilter(DateOnly Van, DateOnly TotEnMet, Guid? WijkId);
