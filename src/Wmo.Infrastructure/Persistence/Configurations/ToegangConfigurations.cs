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
