using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Wmo.Domain.ValueObjects;

namespace Wmo.Infrastructure.Persistence.Configurations;

/// <summary>Shared mapping pieces: value-object converters and the optimistic-concurrency token of aggregates.</summary>
internal static class Conventies
{
    public const string Versie = nameof(Versie);

    public static readonly ValueConverter<Bsn, string> BsnConverter = new(b => b.Value, s => Bsn.Parse(s));

    public static readonly ValueConverter<Postcode, string> PostcodeConverter = new(p => p.Value, s => Postcode.Parse(s));

    /// <summary>
    /// Every aggregate root carries a <c>Versie</c> token that changes on each save (see <see cref="WmoDbContext"/>),
    /// so two people editing the same record never overwrite each other silently.
    /// </summary>
    public static void HeeftVersie<T>(this EntityTypeBuilder<T> builder)
        where T : class =>
        builder.Property<Guid>(Versie).IsConcurrencyToken();

    public static void Tekst<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, string?>> property, int lengte, bool verplicht = true)
        where T : class =>
        builder.Property(property).HasMaxLength(lengte).IsRequired(verplicht);

    public static ValueConverter<T, string> JsonConverter<T>()
        where T : class =>
        new(v => JsonSerializer.Serialize(v, Json), s => JsonSerializer.Deserialize<T>(s, Json)!);

    public static ValueComparer<List<T>> JsonComparer<T>() =>
        new((a, b) => (a ?? new List<T>()).SequenceEqual(b ?? new List<T>()), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList());

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Enums(ModelConfigurationBuilder configuration)
    {
        // Enums as readable text: a DBA or an export reads "Basisondersteuning", not 3.
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
