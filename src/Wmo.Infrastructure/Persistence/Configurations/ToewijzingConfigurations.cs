using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;

namespace Wmo.Infrastructure.Persistence.Configurations;

internal sealed class ToewijzingConfiguration : IEntityTypeConfiguration<Toewijzing>
{
    public void Configure(EntityTypeBuilder<Toewijzing> builder)
    {
        builder.ToTable("Toewijzingen");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.Property(t => t.Nummer).HasConversion(n => n.Value, v => new ToewijzingNummer(v));

        // iWmo: the toewijzingnummer is unique per gemeente; incoming WMO305/307 find the toewijzing by it.
        builder.HasIndex(t => t.Nummer).IsUnique();
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(t => t.HuishoudenId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inwoner>().WithMany().HasForeignKey(t => t.InwonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Ondersteuningsvraag>().WithMany().HasForeignKey(t => t.VraagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Beschikking>().WithMany().HasForeignKey(t => t.BeschikkingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(t => t.AanbiederId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.VoorzieningCode).HasMaxLength(CatalogusRegel.CodeLengte).IsRequired();
        builder.Property(t => t.Productcode).HasMaxLength(CatalogusRegel.ProductcodeLengte);
        builder.ComplexProperty(t => t.Omvang, ZwaarwegendAdviesConfiguration.OmvangKolommen);
        builder.Ignore(t => t.Periode);
        builder.Ignore(t => t.WachttijdInDagen);
        builder.Ignore(t => t.IsGestart);
        builder.Ignore(t => t.IsBeeindigd);

        // The export picks the pending ones per aanbieder (a partial index, WmoDbContext); the dossier lists those of a household.
        builder.HasIndex(t => new { t.AanbiederId, t.InwonerId });
        builder.HasIndex(t => t.HuishoudenId);

        // Monitoring: wachttijd of the toewijzingen started in a period.
        builder.HasIndex(t => t.Begindatum);
    }
}

internal sealed class VerzoekOmToewijzingConfiguration : IEntityTypeConfiguration<VerzoekOmToewijzing>
{
    public void Configure(EntityTypeBuilder<VerzoekOmToewijzing> builder)
    {
        builder.ToTable("VerzoekenOmToewijzing");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(v => v.AanbiederId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inwoner>().WithMany().HasForeignKey(v => v.InwonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(v => v.HuishoudenId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.ReferentieAanbieder).HasMaxLength(Lengtes.ReferentieAanbieder).IsRequired();
        builder.Property(v => v.Productcode).HasMaxLength(CatalogusRegel.ProductcodeLengte);
        builder.ComplexProperty(v => v.Omvang, ZwaarwegendAdviesConfiguration.OmvangKolommen);
        builder.Property(v => v.Commentaar).HasMaxLength(Lengtes.Tekst);
        builder.Property(v => v.Afhandeling).HasMaxLength(Lengtes.Tekst);
        builder.Ignore(v => v.IsOpen);

        // The werkvoorraad: open verzoeken of a regievoerder or of a buurtkamer.
        builder.HasIndex(v => new { v.AfgehandeldOp, v.RegievoerderId });
        builder.HasIndex(v => new { v.AfgehandeldOp, v.BuurtkamerId });
    }
}
