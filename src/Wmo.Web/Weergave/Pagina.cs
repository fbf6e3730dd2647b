using Wmo.Application.Weergave;

namespace Wmo.Web.Weergave;

/// <summary>One page of a long list; lists are paged on the server, never loaded whole.</summary>
public sealed record Pagina<T>(IReadOnlyList<T> Items, int Nummer, int Grootte, int Totaal)
{
    public const int StandaardGrootte = 25;

    /// <summary>How the list is sorted (the column headers show it with <c>aria-sort</c>).</summary>
    public Sortering Sortering { get; init; } = Sortering.Geen;

    public int AantalPaginas => Math.Max(1, (int)Math.Ceiling(Totaal / (double)Grootte));

    public bool HeeftVorige => Nummer > 1;

    public bool HeeftVolgende => Nummer < AantalPaginas;

    public static int Normaliseer(int? nummer) => nummer is > 0 and < 100_000 ? nummer.Value : 1;
}
