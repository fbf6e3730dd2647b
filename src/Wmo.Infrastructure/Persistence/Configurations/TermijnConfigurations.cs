using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Termijnen;
using Wmo.Infrastructure.Beleid;

namespace Wmo.Infrastructure.Persistence.Configurations;

/// <summary>Gelijkgestelde dagen (Atw art. 3 lid 3): one row per date, seeded with the published besluiten in every environment.</summary>
internal sealed class GelijkgesteldeDagConfiguration : IEntityTypeConfiguration<GelijkgesteldeDag>
{
    public void Configure(EntityTypeBuilder<GelijkgesteldeDag> builder)
    {
        builder.ToTable("GelijkgesteldeDagen");
        builder.HasKey(d => d.Datum);
        builder.Property(d => d.Datum).ValueGeneratedNever();
        builder.Tekst(d => d.Besluit, GelijkgesteldeDag.BesluitLengte);
        builder.HasData(GepubliceerdeGelijkstellingen.Alle);
    }
}
