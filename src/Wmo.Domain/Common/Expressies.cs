using System.Linq.Expressions;

namespace Wmo.Domain.Common;

/// <summary>
/// A rule the database computes is written once, as an expression with parameters (<c>Ondersteuningsvraag.NominaleEinddag</c>).
/// <see cref="Vul{T1, T2, T3, T4, TResult}"/> gives it its values for one query; a query compiled once puts the rule in with
/// its own parameters instead (<c>Invoegen</c> in the infrastructure, built on <see cref="Vervang"/>).
/// </summary>
public static class Expressies
{
    /// <summary><paramref name="expressie"/> with each parameter in <paramref name="door"/> replaced by its expression.</summary>
    public static Expression Vervang(Expression expressie, IReadOnlyDictionary<ParameterExpression, Expression> door) =>
        new Vervanger(door).Visit(expressie);

    /// <summary>
    /// <paramref name="regel"/> with all but its first parameter filled in. The values sit in an object as a closure holds
    /// them, so a query provider sends them as parameters (the SQL text does not change with the values).
    /// </summary>
    public static Expression<Func<T1, TResult>> Vul<T1, T2, T3, TResult>(Expression<Func<T1, T2, T3, TResult>> regel, T2 b, T3 c)
    {
        ArgumentNullException.ThrowIfNull(regel);
        var body = Vervang(regel.Body, new Dictionary<ParameterExpression, Expression>
        {
            [regel.Parameters[1]] = Waarde(b),
            [regel.Parameters[2]] = Waarde(c),
        });
        return Expression.Lambda<Func<T1, TResult>>(body, regel.Parameters[0]);
    }

    /// <summary>As <see cref="Vul{T1, T2, T3, TResult}"/>, for a rule with three values besides its first parameter.</summary>
    public static Expression<Func<T1, TResult>> Vul<T1, T2, T3, T4, TResult>(Expression<Func<T1, T2, T3, T4, TResult>> regel, T2 b, T3 c, T4 d)
    {
        ArgumentNullException.ThrowIfNull(regel);
        var body = Vervang(regel.Body, new Dictionary<ParameterExpression, Expression>
        {
            [regel.Parameters[1]] = Waarde(b),
            [regel.Parameters[2]] = Waarde(c),
            [regel.Parameters[3]] = Waarde(d),
        });
        return Expression.Lambda<Func<T1, TResult>>(body, regel.Parameters[0]);
    }

    /// <summary>As <see cref="Vul{T1, T2, T3, T4, TResult}"/>, for a rule with four values besides its first parameter.</summary>
    public static Expression<Func<T1, TResult>> Vul<T1, T2, T3, T4, T5, TResult>(Expression<Func<T1, T2, T3, T4, T5, TResult>> regel, T2 b, T3 c, T4 d, T5 e)
    {
        ArgumentNullException.ThrowIfNull(regel);
        var body = Vervang(regel.Body, new Dictionary<ParameterExpression, Expression>
        {
            [regel.Parameters[1]] = Waarde(b),
            [regel.Parameters[2]] = Waarde(c),
            [regel.Parameters[3]] = Waarde(d),
            [regel.Parameters[4]] = Waarde(e),
        });
        return Expression.Lambda<Func<T1, TResult>>(body, regel.Parameters[0]);
    }

    private static MemberExpression Waarde<T>(T waarde) => Expression.Property(Expression.Constant(new Houder<T>(waarde)), nameof(Houder<T>.Waarde));

    private sealed record Houder<T>(T Waarde);

    private sealed class Vervanger(IReadOnlyDictionary<ParameterExpression, Expression> door) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => door.TryGetValue(node, out var vervanging) ? vervanging : node;
    }
}
