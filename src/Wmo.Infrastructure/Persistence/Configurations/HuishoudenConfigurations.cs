using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Huishoudens;

namespace Wmo.Infrastructure.Persistence.Configurations;

internal sealed class InwonerConfiguration : IEntityTypeConfiguration<Inwoner>
{
    public void Configure(EntityTypeBuilder<Inwoner> builder)
    {
        builder.ToTable("Inwoners");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.Property(i => i.Bsn).HasConversion(Conventies.BsnConverter).HasMaxLength(Lengtes.Bsn).IsFixedLength().IsRequired();
        builder.HasIndex(i => i.Bsn).IsUnique();
        builder.Tekst(i => i.Voornamen, Lengtes.Naam);
        builder.Tekst(i => i.Achternaam, Lengtes.Naam);
        builder.HasIndex(i => new { i.Achternaam, i.Geboortedatum });

        // Searching by name is a prefix lookup in this index (issue 15, docs/performance.md), in the order the results
        // are shown (surname without tussenvoegsel, first names, id), so a page of results stops reading after the page.
        // The index on BrpAdres_Postcode + BrpAdres_Huisnummer for the address search is created in the migration
        // Zoeken_NaamEnAdresIndex: EF Core 10 cannot declare an index on a complex property's columns.
        builder.Tekst(i => i.ZoekAchternaam, Lengtes.Naam);
        builder.HasIndex(i => new { i.ZoekAchternaam, i.Voornamen, i.Id });
        builder.ComplexProperty(i => i.BrpAdres, Adres);
        builder.ComplexProperty(i => i.FeitelijkVerblijfsadres, Adres);
        builder.Ignore(i => i.Hoofdverblijf);
    }

    internal static void Adres(ComplexPropertyBuilder<Adres> adres)
    {
        adres.Property(a => a.Straat).HasMaxLength(Lengtes.Straat).IsRequired();
        adres.Property(a => a.Toevoeging).HasMaxLength(Lengtes.Toevoeging);
        adres.Property(a => a.Postcode).HasConversion(Conventies.PostcodeConverter).HasMaxLength(Lengtes.Postcode).IsRequired();
        adres.Property(a => a.Woonplaats).HasMaxLength(Lengtes.Woonplaats).IsRequired();
    }
}

internal sealed class HuishoudenConfiguration : IEntityTypeConfiguration<Huishouden>
{
    public void Configure(EntityTypeBuilder<Huishouden> builder)
    {
        builder.ToTable("Huishoudens");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.Tekst(h => h.Naam, Lengtes.Naam);
        builder.HasIndex(h => h.RegievoerderId);
        builder.ComplexProperty(h => h.JetProcesregie, AndereRegie);
        builder.ComplexProperty(h => h.SocialeZakenRegie, AndereRegie);

        builder.OwnsMany(h => h.Lidmaatschappen, lid =>
        {
            lid.ToTable("Lidmaatschappen");
            lid.WithOwner().HasForeignKey("HuishoudenId");
            lid.HasKey(l => l.Id);
            lid.Property(l => l.Id).ValueGeneratedNever();
            lid.Ignore(l => l.Periode);
            // Need-to-know goes from a found inwoner to their current household without reading the row (issue 15).
            lid.HasIndex(nameof(Lidmaatschap.InwonerId), nameof(Lidmaatschap.Tot), "HuishoudenId");
            lid.HasOne<Inwoner>().WithMany().HasForeignKey(l => l.InwonerId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(h => h.Lidmaatschappen).HasField("_lidmaatschappen");

        builder.OwnsMany(h => h.Mantelzorgers, m =>
        {
            m.ToTable("Mantelzorgers");
            m.WithOwner().HasForeignKey("HuishoudenId");
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.Naam).HasMaxLength(Lengtes.Naam).IsRequired();
            m.Property(x => x.Relatie).HasMaxLength(Lengtes.Relatie).IsRequired();
            m.Property(x => x.UrenPerWeek).HasPrecision(5, 1);
            m.Ignore(x => x.HeeftOverbelastingsrisico);
        });
        builder.Navigation(h => h.Mantelzorgers).HasField("_mantelzorgers");

        builder.OwnsMany(h => h.Regiehistorie, r =>
        {
            r.ToTable("Regieoverdrachten");
            r.WithOwner().HasForeignKey("HuishoudenId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Reden).HasMaxLength(Lengtes.Reden).IsRequired();
        });
        builder.Navigation(h => h.Regiehistorie).HasField("_regiehistorie");
    }

    private static void AndereRegie(ComplexPropertyBuilder<AndereRegie> regie)
    {
        regie.Property(r => r.Naam).HasMaxLength(Lengtes.Naam).IsRequired();
        regie.Property(r => r.Contact).HasMaxLength(Lengtes.Contact);
    }
}

internal sealed class LidAanmeldingConfiguration : IEntityTypeConfiguration<LidAanmelding>
{
    public void Configure(EntityTypeBuilder<LidAanmelding> builder)
    {
        builder.ToTable("LidAanmeldingen");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.Property(a => a.Bsn).HasConversion(Conventies.BsnConverter).HasMaxLength(Lengtes.Bsn).IsFixedLength().IsRequired();
        builder.Tekst(a => a.Voornamen, Lengtes.Naam);
        builder.Tekst(a => a.Achternaam, Lengtes.Naam);
        builder.Tekst(a => a.AangemeldDoorNaam, Lengtes.GebruikerNaam);
        builder.ComplexProperty(a => a.Adres, InwonerConfiguration.Adres);
        builder.Ignore(a => a.Naam);
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(a => a.HuishoudenId).OnDelete(DeleteBehavior.Restrict);

        // The receiving household lists its aanmeldingen, the releasing household (or the beheerder) the open ones to decide.
        builder.HasIndex(a => new { a.HuishoudenId, a.Status });
        builder.HasIndex(a => new { a.VrijgevendHuishoudenId, a.Status });
    }
}
