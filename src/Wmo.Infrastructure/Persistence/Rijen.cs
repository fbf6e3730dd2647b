namespace Wmo.Infrastructure.Persistence;

/// <summary>The rows of a compiled query (<see cref="PerModel{T}"/>, <c>EF.CompileAsyncQuery</c>) as a list.</summary>
public static class Rijen
{
    /// <summary>Reads every row of <paramref name="rijen"/>; <paramref name="cancellationToken"/> stops the reading.</summary>
    public static async Task<List<T>> LijstAsync<T>(IAsyncEnumerable<T> rijen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        var lijst = new List<T>();
        await foreach (var rij in rijen.WithCancellation(cancellationToken))
        {
            lijst.Add(rij);
        }

        return lijst;
    }
}
