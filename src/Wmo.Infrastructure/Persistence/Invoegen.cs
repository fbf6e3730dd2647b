using System.Linq.Expressions;
using Wmo.Domain.Common;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Lets a query that is compiled once (<see cref="PerModel{T}"/>) use a rule the domain writes as an expression with
/// parameters, such as <c>Ondersteuningsvraag.NominaleEinddag</c>: inside the query the rule is called with <c>Met</c>, and
/// <see cref="Vouw{T}"/> puts the rule's body in its place with the query's own values. The rule stays written once, in the
/// domain; the query does not rebuild it per request (issue 15, docs/performance.md, sixteenth round).
/// </summary>
public static class Invoegen
{
    /// <summary>A placeholder for <paramref name="regel"/>'s body; only valid in a query passed through <see cref="Vouw{T}"/>.</summary>
    public static TResult Met<T1, T2, TResult>(this Expression<Func<T1, T2, TResult>> regel, T1 a, T2 b) =>
        throw new InvalidOperationException("Invoegen.Met werkt alleen in een query die door Invoegen.Vouw is gegaan.");

    /// <summary>A placeholder for <paramref name="regel"/>'s body; only valid in a query passed through <see cref="Vouw{T}"/>.</summary>
    public static TResult Met<T1, T2, T3, TResult>(this Expression<Func<T1, T2, T3, TResult>> regel, T1 a, T2 b, T3 c) =>
        throw new InvalidOperationException("Invoegen.Met werkt alleen in een query die door Invoegen.Vouw is gegaan.");

    /// <summary>A placeholder for <paramref name="regel"/>'s body; only valid in a query passed through <see cref="Vouw{T}"/>.</summary>
    public static TResult Met<T1, T2, T3, T4, TResult>(this Expression<Func<T1, T2, T3, T4, TResult>> regel, T1 a, T2 b, T3 c, T4 d) =>
        throw new InvalidOperationException("Invoegen.Met werkt alleen in een query die door Invoegen.Vouw is gegaan.");

    /// <summary>A placeholder for <paramref name="regel"/>'s body; only valid in a query passed through <see cref="Vouw{T}"/>.</summary>
    public static TResult Met<T1, T2, T3, T4, T5, TResult>(this Expression<Func<T1, T2, T3, T4, T5, TResult>> regel, T1 a, T2 b, T3 c, T4 d, T5 e) =>
        throw new InvalidOperationException("Invoegen.Met werkt alleen in een query die door Invoegen.Vouw is gegaan.");

    /// <summary>A placeholder for <paramref name="regel"/>'s body; only valid in a query passed through <see cref="Vouw{T}"/>.</summary>
    public static TResult Met<T1, T2, T3, T4, T5, T6, TResult>(this Expression<Func<T1, T2, T3, T4, T5, T6, TResult>> regel, T1 a, T2 b, T3 c, T4 d, T5 e, T6 f) =>
        throw new InvalidOperationException("Invoegen.Met werkt alleen in een query die door Invoegen.Vouw is gegaan.");

    /// <summary>A placeholder for <paramref name="regel"/>'s body; only valid in a query passed through <see cref="Vouw{T}"/>.</summary>
    public static TResult Met<T1, T2, T3, T4, T5, T6, T7, T8, T9, TResult>(this Expression<Func<T1, T2, T3, T4, T5, T6, T7, T8, T9, TResult>> regel, T1 a, T2 b, T3 c, T4 d, T5 e, T6 f, T7 g, T8 h, T9 i) =>
        throw new InvalidOperationException("Invoegen.Met werkt alleen in een query die door Invoegen.Vouw is gegaan.");

    /// <summary><paramref name="query"/> with every <c>Met</c> replaced by the rule's body, its parameters by the arguments.</summary>
    public static Expression<T> Vouw<T>(Expression<T> query) => (Expression<T>)new Vouwer().Visit(query);

    private sealed class Vouwer : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(Invoegen) || node.Method.Name != nameof(Met))
            {
                return base.VisitMethodCall(node);
            }

            // The rule is a static member or a captured value: evaluate it once, here, at compile time.
            var regel = (LambdaExpression)Expression.Lambda<Func<object>>(Expression.Convert(node.Arguments[0], typeof(object))).Compile()();
            var door = new Dictionary<ParameterExpression, Expression>();
            for (var i = 0; i < regel.Parameters.Count; i++)
            {
                door[regel.Parameters[i]] = Visit(node.Arguments[i + 1]);
            }

            return Visit(Expressies.Vervang(regel.Body, door));
        }
    }
}
