using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Wmo.Domain.Huishoudens;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Lets a query use the domain's <see cref="Inwoner.NaamVan"/> on columns, also inside a subquery, a join or a sort: EF
/// translates the call to <c>voornamen || ' ' || achternaam</c> (SQLite) or <c>voornamen + N' ' + achternaam</c> (SQL
/// Server), the same text the method gives in memory. <c>NaamSqlTests</c> checks both agree.
/// </summary>
public static class NaamSql
{
    public static void Registreer(ModelBuilder builder)
    {
        var methode = typeof(Inwoner).GetMethod(nameof(Inwoner.NaamVan), [typeof(string), typeof(string)])!;
        builder.HasDbFunction(methode).HasTranslation(args =>
        {
            var mapping = args[0].TypeMapping ?? args[1].TypeMapping;
            var spatie = new SqlConstantExpression(" ", typeof(string), mapping);
            var voornamenEnSpatie = new SqlBinaryExpression(ExpressionType.Add, args[0], spatie, typeof(string), mapping);
            return new SqlBinaryExpression(ExpressionType.Add, voornamenEnSpatie, args[1], typeof(string), mapping);
        });
    }
}
