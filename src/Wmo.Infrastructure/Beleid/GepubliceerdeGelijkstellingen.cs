using Wmo.Domain.Termijnen;

namespace Wmo.Infrastructure.Beleid;

/// <summary>
/// The days declared equal to an algemeen erkende feestdag (Atw art. 3 lid 3) published so far, shipped as reference data
/// in every environment by the migration <c>Termijnen_GelijkgesteldeDagen</c>. Source: the titles of the two besluiten
/// (wetten.overheid.nl / Staatscourant), as listed in DOMAIN.md §6 and confirmed by sterfgeval.nl vraag 70745 (4 oktober 2025).
/// Later besluiten are entered by the beheerder on the screen Beheer → Feestdagen.
/// </summary>
public static class GepubliceerdeGelijkstellingen
{
    public const string Besluit2023Tot2025 =
        "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag";

    public const string Besluit2026Tot2028 =
        "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag";

    public static IReadOnlyList<GelijkgesteldeDag> Alle { get; } =
    [
        new(new DateOnly(2023, 4, 28), Besluit2023Tot2025),
        new(new DateOnly(2023, 5, 19), Besluit2023Tot2025),
        new(new DateOnly(2024, 5, 10), Besluit2023Tot2025),
        new(new DateOnly(2024, 12, 27), Besluit2023Tot2025),
        new(new DateOnly(2025, 5, 30), Besluit2023Tot2025),
        new(new DateOnly(2026, 1, 2), Besluit2026Tot2028),
        new(new DateOnly(2026, 5, 15), Besluit2026Tot2028),
        new(new DateOnly(2027, 5, 7), Besluit2026Tot2028),
        new(new DateOnly(2028, 4, 28), Besluit2026Tot2028),
        new(new DateOnly(2028, 5, 26), Besluit2026Tot2028),
    ];
}
