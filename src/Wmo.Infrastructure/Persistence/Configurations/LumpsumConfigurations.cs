using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Organisaties;

namespace Wmo.Infrastructure.Persistence.Configurations;

/// <summary>A budget year with its percelen, contracts, herverdelingen and monthly realisation (one aggregate, one version).</summary>
internal sealed class BegrotingsjaarConfiguration : IEntityTypeConfiguration<Begrotingsjaar>
{
    public void Configure(EntityTypeBuilder<Begrotingsjaar> builder)
    {
        builder.ToTable("Begrotingsjaren");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.HasIndex(b => b.Jaar).IsUnique();
        builder.Property(b => b.Totaal).HasPrecision(18, 2);
        builder.Ignore(b => b.Periode);

        builder.OwnsMany(b => b.Percelen, p =>
        {
            p.ToTable("LumpsumPercelen");
            p.WithOwner().HasForeignKey("BegrotingsjaarId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Bedrag).HasPrecision(18, 2);
            p.Property(x => x.InitieelBedrag).HasPrecision(18, 2);
            p.Ignore(x => x.Pijler);
            p.HasIndex("BegrotingsjaarId", nameof(PerceelBudget.Perceel)).IsUnique();
        });
        builder.Navigation(b => b.Percelen).HasField("_percelen");

        builder.OwnsMany(b => b.Contracten, c =>
        {
            c.ToTable("LumpsumContracten");
            c.WithOwner().HasForeignKey("BegrotingsjaarId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.AanbiederId).OnDelete(DeleteBehavior.Restrict);
            c.Ignore(x => x.Contractperiode);
            c.HasIndex("BegrotingsjaarId", nameof(LumpsumContract.Perceel), nameof(LumpsumContract.AanbiederId)).IsUnique();
        });
        builder.Navigation(b => b.Contracten).HasField("_contracten");

        builder.OwnsMany(b => b.Herverdelingen, h =>
        {
            h.ToTable("LumpsumHerverdelingen");
            h.WithOwner().HasForeignKey("BegrotingsjaarId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.Bedrag).HasPrecision(18, 2);
            h.Property(x => x.Toelichting).HasMaxLength(Lengtes.Tekst).IsRequired();
            h.Property(x => x.Motivering).HasMaxLength(Lengtes.Tekst);
            h.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.PartijBasisondersteuningId).OnDelete(DeleteBehavior.Restrict);
            h.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.PartijAanvullendId).OnDelete(DeleteBehavior.Restrict);
            h.OwnsOne(x => x.Clienten, k =>
            {
                k.Property(x => x.Basisondersteuning).HasColumnName("ClientenBasisondersteuning");
                k.Property(x => x.AanvullendeOndersteuning).HasColumnName("ClientenAanvullendeOndersteuning");
                k.Ignore(x => x.Totaal);
                k.Ignore(x => x.PercentageBasis);
                k.Ignore(x => x.PercentageAanvullend);
            });
            h.Navigation(x => x.Clienten).IsRequired();
        });
        builder.Navigation(b => b.Herverdelingen).HasField("_herverdelingen");

        builder.OwnsMany(b => b.Uitgaven, u =>
        {
            u.ToTable("LumpsumUitgaven");
            u.WithOwner().HasForeignKey("BegrotingsjaarId");
            u.HasKey(x => x.Id);
            u.Property(x => x.Id).ValueGeneratedNever();
            u.Property(x => x.Bedrag).HasPrecision(18, 2);
            u.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.AanbiederId).OnDelete(DeleteBehavior.Restrict);

            // The monitoring sums per year, perceel and month in SQL (GROUP BY); this index covers that query.
            u.HasIndex("BegrotingsjaarId", nameof(Maanduitgave.Perceel), nameof(Maanduitgave.Maand), nameof(Maanduitgave.AanbiederId)).IsUnique();
        });
        builder.Navigation(b => b.Uitgaven).HasField("_uitgaven");
    }
}
