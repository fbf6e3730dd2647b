using Microsoft.EntityFrameworkCore;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// The one way to run several saves in one transaction: inside the provider's execution strategy, so it also works
/// with SQL Server's retrying strategy (EF Core: "Connection resiliency — execution strategies and transactions").
/// </summary>
public static class Transacties
{
    /// <summary>
    /// Runs <paramref name="werk"/> in one transaction. On a transient failure the strategy runs it again from the
    /// start: the change tracker is cleared first, so <paramref name="werk"/> must load what it changes itself.
    /// Inside an open transaction (a nested call) it simply runs.
    /// </summary>
    public static async Task<T> InTransactieAsync<T>(this WmoDbContext db, Func<CancellationToken, Task<T>> werk, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(werk);
        if (db.Database.CurrentTransaction is not null)
        {
            return await werk(cancellationToken);
        }

        var poging = 0;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                if (poging++ > 0)
                {
                    db.BeginOpnieuw();
                }

                await using var transactie = await db.Database.BeginTransactionAsync(ct);
                var resultaat = await werk(ct);
                await transactie.CommitAsync(ct);
                return resultaat;
            },
            cancellationToken);
    }

    /// <inheritdoc cref="InTransactieAsync{T}(WmoDbContext, Func{CancellationToken, Task{T}}, CancellationToken)"/>
    public static Task InTransactieAsync(this WmoDbContext db, Func<CancellationToken, Task> werk, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(werk);
        return db.InTransactieAsync(
            async ct =>
            {
                await werk(ct);
                return true;
            },
            cancellationToken);
    }
}
