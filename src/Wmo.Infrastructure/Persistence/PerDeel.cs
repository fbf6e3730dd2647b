namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Reads rows for a list of keys in parts, so a list of any length fits the parameters one command may carry (SQLite 32,766,
/// SQL Server 2,100): a city's CAK delivery or iWmo batch names tens of thousands of inwoners.
/// </summary>
public static class PerDeel
{
    /// <summary>Keys per command: well under SQL Server's limit, with room for the query's other parameters.</summary>
    public const int Grootte = 1000;

    public static async Task<List<T>> LeesAsync<TSleutel, T>(
        IEnumerable<TSleutel> sleutels, Func<TSleutel[], CancellationToken, Task<List<T>>> lees, CancellationToken cancellationToken, int grootte = Grootte)
    {
        ArgumentNullException.ThrowIfNull(lees);
        ArgumentOutOfRangeException.ThrowIfLessThan(grootte, 1);
        var alles = new List<T>();
        foreach (var deel in sleutels.Distinct().Chunk(grootte))
        {
            alles.AddRange(await lees(deel, cancellationToken));
        }

        return alles;
    }
}
