using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Common;
using Wmo.Infrastructure.Audit;

namespace Wmo.Infrastructure.Persistence.Configurations;

internal sealed class AuditRegelConfiguration : IEntityTypeConfiguration<AuditRegel>
{
    public void Configure(EntityTypeBuilder<AuditRegel> builder)
    {
        builder.ToTable("AuditTrail");
        builder.HasKey(r => r.Volgnummer);
        builder.Property(r => r.Volgnummer).ValueGeneratedNever();
        builder.Property(r => r.GebruikerNaam).HasMaxLength(Lengtes.GebruikerNaam).IsRequired();
        builder.Property(r => r.Rol).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Onderwerp).HasMaxLength(120).IsRequired();
        builder.Property(r => r.OnderwerpId).HasMaxLength(120);
        builder.Property(r => r.VorigeHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.Hash).HasMaxLength(64).IsFixedLength().IsRequired();

        // The privacy officer asks "who looked at this inwoner / household"; the check walks the chain in order.
        builder.HasIndex(r => new { r.InwonerId, r.Moment });
        builder.HasIndex(r => new { r.HuishoudenId, r.Moment });
        builder.HasIndex(r => new { r.Actie, r.Moment });
    }
}

internal sealed class AuditKopConfiguration : IEntityTypeConfiguration<AuditKop>
{
    public void Configure(EntityTypeBuilder<AuditKop> builder)
    {
        builder.ToTable("AuditKop");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.LaatsteHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasData(new AuditKop());
    }
}
