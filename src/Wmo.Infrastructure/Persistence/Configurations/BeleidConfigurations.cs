using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Gemeentebeleid;

namespace Wmo.Infrastructure.Persistence.Configurations;

/// <summary>The gemeente's policy as reference tables: versions by ingangsdatum with their catalogue and percelen.</summary>
internal sealed class BeleidsversieConfiguration : IEntityTypeConfiguration<Beleidsversie>
{
    public void Configure(EntityTypeBuilder<Beleidsversie> builder)
    {
        builder.ToTable("Beleidsversies");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.HasIndex(v => v.Ingangsdatum).IsUnique();
        builder.Tekst(v => v.Omschrijving, Beleidsversie.OmschrijvingLengte);
        // The working-day calendar (Atw, gelijkgestelde dagen) is the termijnregels' own data, not part of a version.
        builder.ComplexProperty(v => v.Termijnen, t => t.Ignore(x => x.Kalender));
        builder.ComplexProperty(v => v.Duur);
        builder.ComplexProperty(v => v.Dwangsom, d =>
        {
            d.Property(x => x.EersteVeertienDagenPerDag).HasPrecision(9, 2);
            d.Property(x => x.VolgendeVeertienDagenPerDag).HasPrecision(9, 2);
            d.Property(x => x.DaarnaPerDag).HasPrecision(9, 2);
            d.Property(x => x.Bron).HasMaxLength(Domain.Termijnen.DwangsomTarief.BronLengte).IsRequired();
        });

        builder.OwnsMany(v => v.Voorzieningen, c =>
        {
            c.ToTable("Catalogus");
            c.WithOwner().HasForeignKey("BeleidsversieId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Code).HasMaxLength(CatalogusRegel.CodeLengte).IsRequired();
            c.Property(x => x.Naam).HasMaxLength(CatalogusRegel.NaamLengte).IsRequired();
            c.Property(x => x.Productcode).HasMaxLength(CatalogusRegel.ProductcodeLengte);
            c.HasIndex("BeleidsversieId", nameof(CatalogusRegel.Code)).IsUnique();
        });
        builder.Navigation(v => v.Voorzieningen).HasField("_voorzieningen");

        builder.OwnsMany(v => v.Percelen, p =>
        {
            p.ToTable("Percelen");
            p.WithOwner().HasForeignKey("BeleidsversieId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.HasIndex("BeleidsversieId", nameof(PerceelRegel.Perceel)).IsUnique();
        });
        builder.Navigation(v => v.Percelen).HasField("_percelen");
    }
}

internal sealed class TariefjaarConfiguration : IEntityTypeConfiguration<Tariefjaar>
{
    public void Configure(EntityTypeBuilder<Tariefjaar> builder)
    {
        builder.ToTable("Abonnementstarieven");
        builder.HasKey(t => t.Jaar);
        builder.Property(t => t.Jaar).ValueGeneratedNever();
        builder.Property(t => t.Bedrag).HasPrecision(9, 2);
    }
}
