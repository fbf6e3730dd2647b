using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Common;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Identity;

namespace Wmo.Infrastructure.Persistence.Configurations;

internal sealed class OrganisatieConfiguration : IEntityTypeConfiguration<Organisatie>
{
    public void Configure(EntityTypeBuilder<Organisatie> builder)
    {
        builder.ToTable("Organisaties");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Naam).HasMaxLength(Lengtes.Naam).IsRequired();
        builder.Property(o => o.AgbCode).HasMaxLength(Lengtes.AgbCode);
        builder.HasIndex(o => o.Naam).IsUnique();
        builder.PrimitiveCollection(o => o.Percelen).HasField("_percelen");
        builder.HeeftVersie();
    }
}

internal sealed class WijkConfiguration : IEntityTypeConfiguration<Wijk>
{
    public void Configure(EntityTypeBuilder<Wijk> builder)
    {
        builder.ToTable("Wijken");
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Naam).HasMaxLength(Lengtes.WijkNaam).IsRequired();
        builder.HasIndex(w => w.Naam).IsUnique();
    }
}

internal sealed class BuurtkamerConfiguration : IEntityTypeConfiguration<Buurtkamer>
{
    public void Configure(EntityTypeBuilder<Buurtkamer> builder)
    {
        builder.ToTable("Buurtkamers");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Naam).HasMaxLength(Lengtes.BuurtkamerNaam).IsRequired();
        builder.Property(b => b.Adres).HasMaxLength(Lengtes.Adres);
        builder.HasOne<Wijk>().WithMany().HasForeignKey(b => b.WijkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.Naam).IsUnique();
    }
}

internal sealed class GebruikerConfiguration : IEntityTypeConfiguration<Gebruiker>
{
    public void Configure(EntityTypeBuilder<Gebruiker> builder)
    {
        builder.Property(g => g.Naam).HasMaxLength(Lengtes.GebruikerNaam).IsRequired();
        builder.Property(g => g.InrichtingscodeHash).HasMaxLength(TechnischeLengtes.Sha256Hex);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(g => g.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Buurtkamers).WithOne().HasForeignKey(gb => gb.GebruikerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GebruikerBuurtkamerConfiguration : IEntityTypeConfiguration<GebruikerBuurtkamer>
{
    public void Configure(EntityTypeBuilder<GebruikerBuurtkamer> builder)
    {
        builder.ToTable("GebruikerBuurtkamers");
        builder.HasKey(gb => new { gb.GebruikerId, gb.BuurtkamerId });
        builder.HasOne<Buurtkamer>().WithMany().HasForeignKey(gb => gb.BuurtkamerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(gb => gb.BuurtkamerId);
    }
}
