using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, DbSet{TResult}}})"/>)
/// per EF model: EF refuses to run a compiled query against another model than the one it was compiled for, and a process
/// can hold several (the test host builds one per factory; the CLI one per provider). The portal has one, so each query is
/// compiled once and a request no longer translates its LINQ (issue 15, docs/performance.md, ninth round).
/// </summary>
/// <typeparam name="T">The delegate <c>EF.CompileAsyncQuery</c> returns.</typeparam>
public sealed class PerModel<T>(Func<T> compileer)
    where T : class
{
    private readonly ConditionalWeakTable<IModel, T> _perModel = [];

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    public T Voor(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _perModel.GetValue(db.Model, _ => compileer());
    }
}
