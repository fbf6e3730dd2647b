using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Klachten;
using Wmo.Domain.Organisaties;
using Wmo.Domain.SocialeKaart;

namespace Wmo.Infrastructure.Persistence.Configurations;

internal sealed class SocialeKaartAanbodConfiguration : IEntityTypeConfiguration<SocialeKaartAanbod>
{
    public void Configure(EntityTypeBuilder<SocialeKaartAanbod> builder)
    {
        builder.ToTable("SocialeKaart");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.Tekst(a => a.Organisatie, Lengtes.Naam);
        builder.Tekst(a => a.Naam, Lengtes.Naam);
        builder.Tekst(a => a.Omschrijving, Lengtes.Omschrijving);
        builder.Tekst(a => a.Wanneer, Lengtes.Naam);
        builder.Tekst(a => a.Waar, Lengtes.Naam);
        builder.Tekst(a => a.Contact, Lengtes.Contact);
        builder.HasOne<Wijk>().WithMany().HasForeignKey(a => a.WijkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.IsActief, a.WijkId, a.Soort });
    }
}

internal sealed class BezwaarConfiguration : IEntityTypeConfiguration<Bezwaar>
{
    public void Configure(EntityTypeBuilder<Bezwaar> builder)
    {
        builder.ToTable("Bezwaren");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.HasOne<Beschikking>().WithMany().HasForeignKey(b => b.BeschikkingId).OnDelete(DeleteBehavior.Restrict);
        builder.Tekst(b => b.Omschrijving, Lengtes.Verslag);
        builder.Tekst(b => b.BeslissingToelichting, Lengtes.Verslag, verplicht: false);
        builder.Tekst(b => b.UitstelInstemming, Lengtes.Omschrijving, verplicht: false);
        builder.Tekst(b => b.VerschoonbaarMotivering, Lengtes.Tekst, verplicht: false);
        builder.Ignore(b => b.IsTijdig);
        builder.Ignore(b => b.IsVerschoonbaar);
        builder.Ignore(b => b.Feiten);
        builder.HasIndex(b => new { b.Status, b.OntvangenOp });
    }
}

internal sealed class KlachtConfiguration : IEntityTypeConfiguration<Klacht>
{
    public void Configure(EntityTypeBuilder<Klacht> builder)
    {
        builder.ToTable("Klachten");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(k => k.HuishoudenId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(k => k.AanbiederId).OnDelete(DeleteBehavior.Restrict);
        builder.Tekst(k => k.Omschrijving, Lengtes.Verslag);
        builder.Ignore(k => k.HuidigeStap);
        builder.Ignore(k => k.Niveau);
        builder.Ignore(k => k.IsAfgehandeld);
        builder.HasIndex(k => k.HuishoudenId);
        builder.OwnsMany(k => k.Stappen, s =>
        {
            s.ToTable("KlachtStappen");
            s.WithOwner().HasForeignKey("KlachtId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Toelichting).HasMaxLength(Lengtes.Tekst);
        });
        builder.Navigation(k => k.Stappen).HasField("_stappen");
    }
}

/// <summary>Year-based counters for letter numbers (WMO-2026-000123), safe under concurrent use.</summary>
public sealed class Nummerreeks
{
    /// <summary>The series of iWmo toewijzingnummers (one for the whole gemeente, never restarts).</summary>
    public const string Toewijzingen = "TOEWIJZING";

    public string Naam { get; set; } = string.Empty;

    public int Jaar { get; set; }

    public int Laatste { get; set; }
}

internal sealed class NummerreeksConfiguration : IEntityTypeConfiguration<Nummerreeks>
{
    public void Configure(EntityTypeBuilder<Nummerreeks> builder)
    {
        builder.ToTable("Nummerreeksen");
        builder.HasKey(n => new { n.Naam, n.Jaar });
        builder.Property(n => n.Naam).HasMaxLength(TechnischeLengtes.NummerreeksNaam);
        builder.Property(n => n.Laatste).IsConcurrencyToken();
    }
}
