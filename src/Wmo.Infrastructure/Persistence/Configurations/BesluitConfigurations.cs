using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Plannen;
using Wmo.Domain.Transitie;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;

namespace Wmo.Infrastructure.Persistence.Configurations;

internal sealed class OndersteuningsplanConfiguration : IEntityTypeConfiguration<Ondersteuningsplan>
{
    public void Configure(EntityTypeBuilder<Ondersteuningsplan> builder)
    {
        builder.ToTable("Ondersteuningsplannen");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(p => p.HuishoudenId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.HuishoudenId, p.Status });

        builder.OwnsMany(p => p.Doelen, d =>
        {
            d.ToTable("PlanDoelen");
            d.WithOwner().HasForeignKey("OndersteuningsplanId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.Omschrijving).HasMaxLength(Lengtes.Omschrijving).IsRequired();
            d.Property(x => x.EvaluatieToelichting).HasMaxLength(Lengtes.Tekst);
        });
        builder.Navigation(p => p.Doelen).HasField("_doelen");

        builder.OwnsMany(p => p.Acties, a =>
        {
            a.ToTable("PlanActies");
            a.WithOwner().HasForeignKey("OndersteuningsplanId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Omschrijving).HasMaxLength(Lengtes.Omschrijving).IsRequired();
            a.Property(x => x.UitgevoerdDoor).HasMaxLength(Lengtes.Naam).IsRequired();
        });
        builder.Navigation(p => p.Acties).HasField("_acties");
    }
}

internal sealed class ZwaarwegendAdviesConfiguration : IEntityTypeConfiguration<ZwaarwegendAdvies>
{
    public void Configure(EntityTypeBuilder<ZwaarwegendAdvies> builder)
    {
        builder.ToTable("ZwaarwegendeAdviezen");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.HasOne<Ondersteuningsvraag>().WithMany().HasForeignKey(a => a.VraagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Organisaties.Organisatie>().WithMany().HasForeignKey(a => a.AanbiederId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.VoorzieningCode).HasMaxLength(CatalogusRegel.CodeLengte).IsRequired();
        builder.ComplexProperty(a => a.Omvang, OmvangKolommen);
        builder.Property(a => a.Motivering).HasMaxLength(Lengtes.Besluitmotivering).IsRequired();
        builder.Property(a => a.PgbVaardigheidMotivering).HasMaxLength(Lengtes.Tekst);
        builder.Property(a => a.PgbEigenMotivatie).HasMaxLength(Lengtes.Tekst);
        builder.Property(a => a.PgbKwaliteitMotivering).HasMaxLength(Lengtes.Tekst);
        builder.Property(a => a.PgbBerekening).HasMaxLength(Lengtes.Omschrijving);
        builder.Property(a => a.PgbBedrag).HasPrecision(12, 2);
        builder.Ignore(a => a.Pgb);
        builder.Ignore(a => a.Periode);
        builder.Ignore(a => a.IsAanvaard);
        builder.Ignore(a => a.BeslisserId);
        builder.HasIndex(a => new { a.Status, a.AuteurId });

        // Issue 15: the toetser's queue (Status = Ingediend, oldest aanvraag first) walks this index in order and stops after a page.
        builder.HasIndex(a => new { a.Status, a.Aanvraagdatum, a.Id });

        builder.OwnsMany(a => a.Toetsingen, t =>
        {
            t.ToTable("Toetsingen");
            t.WithOwner().HasForeignKey("ZwaarwegendAdviesId");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedNever();
            t.Property(x => x.Opmerking).HasMaxLength(Lengtes.Tekst);
        });
        builder.Navigation(a => a.Toetsingen).HasField("_toetsingen");
    }

    internal static void OmvangKolommen(ComplexPropertyBuilder<Omvang> omvang)
    {
        // Get-only properties are not mapped by convention; name them so EF binds them to the constructor.
        omvang.Property(o => o.Volume);
        omvang.Property(o => o.Eenheid);
        omvang.Property(o => o.Frequentie);
        omvang.Ignore(o => o.EenheidCode);
        omvang.Ignore(o => o.FrequentieCode);
    }
}

internal sealed class BeschikkingConfiguration : IEntityTypeConfiguration<Beschikking>
{
    public void Configure(EntityTypeBuilder<Beschikking> builder)
    {
        builder.ToTable("Beschikkingen");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.Property(b => b.Nummer).HasMaxLength(Lengtes.Beschikkingsnummer).IsRequired();
        builder.HasIndex(b => b.Nummer).IsUnique();
        // The toetser's list walks one of these in its order and stops after the page (issue 15, twenty-ninth round).
        builder.HasIndex(b => new { b.Verzenddatum, b.Nummer });
        builder.HasIndex(b => new { b.Soort, b.Nummer });
        builder.HasOne<Ondersteuningsvraag>().WithMany().HasForeignKey(b => b.VraagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inwoner>().WithMany().HasForeignKey(b => b.InwonerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.VoorzieningCode).HasMaxLength(CatalogusRegel.CodeLengte);
        builder.ComplexProperty(b => b.Omvang, ZwaarwegendAdviesConfiguration.OmvangKolommen);
        builder.Property(b => b.Motivering).HasMaxLength(Lengtes.Besluitmotivering).IsRequired();
        builder.Property(b => b.PgbVaardigheidMotivering).HasMaxLength(Lengtes.Tekst);
        builder.Property(b => b.PgbEigenMotivatie).HasMaxLength(Lengtes.Tekst);
        builder.Property(b => b.PgbKwaliteitMotivering).HasMaxLength(Lengtes.Tekst);
        builder.Property(b => b.PgbBerekening).HasMaxLength(Lengtes.Omschrijving);
        builder.Property(b => b.PgbBedrag).HasPrecision(12, 2);
        builder.Property(b => b.EigenBijdrageVermelding).HasMaxLength(Lengtes.Reden);
        builder.Ignore(b => b.IsVerzonden);
    }
}

internal sealed class LegacyBeschikkingConfiguration : IEntityTypeConfiguration<LegacyBeschikking>
{
    public void Configure(EntityTypeBuilder<LegacyBeschikking> builder)
    {
        builder.ToTable("LegacyBeschikkingen");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.HasOne<Inwoner>().WithMany().HasForeignKey(b => b.InwonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(b => b.HuishoudenId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.Motivering).HasMaxLength(Lengtes.Tekst);

        // The transitie-werklijst finds the open legacy beschikkingen of its caseload's households (issue 15): filter on household
        // and conclusion in the index, the Einddatum beside it. Not (Conclusie, Einddatum): SQLite walked that in date order through
        // every open legacy beschikking of the gemeente to fill one page.
        builder.HasIndex(b => new { b.HuishoudenId, b.Conclusie, b.Einddatum });
    }
}
