using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Huishoudens;
using Wmo.Infrastructure.Toegang;

namespace Wmo.Infrastructure.Persistence.Configurations;

internal sealed class InzageBuitenCaseloadConfiguration : IEntityTypeConfiguration<InzageBuitenCaseload>
{
    public void Configure(EntityTypeBuilder<InzageBuitenCaseload> builder)
    {
        builder.ToTable("InzagesBuitenCaseload");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Reden).HasMaxLength(Lengtes.Reden).IsRequired();
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(i => i.HuishoudenId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.GebruikerId, i.HuishoudenId, i.Tot });
    }
}

/// <summary>
/// The caseload index (issue 15): per key the households, and per key the current members by surname. Removed with the
/// household (cascade); not with the inwoner, who is never removed while still a member (Lidmaatschappen restrict that).
/// </summary>
internal sealed class CaseloadHuishoudenConfiguration : IEntityTypeConfiguration<CaseloadHuishouden>
{
    public void Configure(EntityTypeBuilder<CaseloadHuishouden> builder)
    {
        builder.ToTable("CaseloadHuishoudens");
        builder.HasKey(c => new { c.SleutelId, c.HuishoudenId });
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(c => c.HuishoudenId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.HuishoudenId);
    }
}

internal sealed class CaseloadLidConfiguration : IEntityTypeConfiguration<CaseloadLid>
{
    public void Configure(EntityTypeBuilder<CaseloadLid> builder)
    {
        builder.ToTable("CaseloadLeden");
        builder.HasKey(c => new { c.SleutelId, c.HuishoudenId, c.InwonerId });
        builder.Tekst(c => c.ZoekAchternaam, Lengtes.Naam);
        builder.Tekst(c => c.Voornamen, Lengtes.Naam);
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(c => c.HuishoudenId).OnDelete(DeleteBehavior.Cascade);

        // The name search: per key a range of members by surname, in the order of the results (as IX_Inwoners_ZoekAchternaam),
        // so a page reads only its first rows; the inwoner comes from the index itself.
        builder.HasIndex(c => new { c.SleutelId, c.ZoekAchternaam, c.Voornamen, c.InwonerId });
        builder.HasIndex(c => c.HuishoudenId);
        builder.HasIndex(c => c.InwonerId);
    }
}

/// <summary>The stand per werkvoorraad key (issue 15): one small row per behandelaar and buurtkamer that ever had a change.</summary>
internal sealed class WerkvoorraadstandConfiguration : IEntityTypeConfiguration<Werkvoorraadstand>
{
    public void Configure(EntityTypeBuilder<Werkvoorraadstand> builder)
    {
        builder.ToTable("Werkvoorraadstanden");
        builder.HasKey(s => s.Sleutel);
        builder.Property(s => s.Sleutel).ValueGeneratedNever();
    }
}
