namespace Wmo.Infrastructure.Seeding.Schaal;

/// <summary>
/// The size of a seeded gemeente (issue 15). Leeuwarden: about 10,000 Wmo clients, 4,785 new a year (CBS 2024);
/// Amsterdam: about 68,000 clients. Vragen span five years, so most are closed; the open part is the werkvoorraad.
/// </summary>
public sealed record Schaal(
    string Naam,
    int Inwoners,
    int Huishoudens,
    int Vragen,
    int Buurtkamers,
    int SociaalWerkers,
    int Vrijwilligers,
    int Toetsers,
    int InzagesPerVraag)
{
    public static Schaal Leeuwarden { get; } = new("leeuwarden", 40_000, 30_000, 60_000, 20, 60, 40, 6, 6);

    public static Schaal Amsterdam { get; } = new("amsterdam", 250_000, 200_000, 400_000, 120, 400, 250, 30, 6);

    /// <summary>A small gemeente for tests and a quick look (seconds).</summary>
    public static Schaal Klein { get; } = new("klein", 1_200, 900, 1_800, 6, 6, 4, 2, 2);

    public static IReadOnlyList<Schaal> Alle { get; } = [Klein, Leeuwarden, Amsterdam];

    public static Schaal? Zoek(string? naam) =>
        Alle.FirstOrDefault(s => string.Equals(s.Naam, naam, StringComparison.OrdinalIgnoreCase));
}
