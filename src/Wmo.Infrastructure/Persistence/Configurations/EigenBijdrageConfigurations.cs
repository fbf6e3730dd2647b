using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Huishoudens;

namespace Wmo.Infrastructure.Persistence.Configurations;

/// <summary>A delivery to the CAK with its lines; (jaar, maand, volgnummer) is unique, so two simultaneous deliveries of a month cannot both be saved.</summary>
internal sealed class CakAanleveringConfiguration : IEntityTypeConfiguration<CakAanlevering>
{
    public void Configure(EntityTypeBuilder<CakAanlevering> builder)
    {
        builder.ToTable("CakAanleveringen");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.Jaar, a.Maand, a.Volgnummer }).IsUnique();
        builder.Ignore(a => a.Heffingsmaand);
        builder.Ignore(a => a.Totaal);
        builder.OwnsMany(a => a.Regels, r =>
        {
            r.ToTable("CakAanleveringRegels");
            r.WithOwner().HasForeignKey("CakAanleveringId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Bedrag).HasPrecision(9, 2);
            r.HasOne<Huishouden>().WithMany().HasForeignKey(x => x.HuishoudenId).OnDelete(DeleteBehavior.Restrict);
            r.HasOne<Inwoner>().WithMany().HasForeignKey(x => x.InwonerId).OnDelete(DeleteBehavior.Restrict);
            r.HasIndex("CakAanleveringId", nameof(CakAanleveringRegel.HuishoudenId)).IsUnique();
        });
        builder.Navigation(a => a.Regels).HasField("_regels");
    }
}
