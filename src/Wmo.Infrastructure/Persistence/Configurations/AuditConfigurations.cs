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
        builder.Property(r => r.Rol).HasMaxLength(TechnischeLengtes.AuditRol).IsRequired();
        builder.Property(r => r.Onderwerp).HasMaxLength(TechnischeLengtes.AuditOnderwerp).IsRequired();
        builder.Property(r => r.OnderwerpId).HasMaxLength(TechnischeLengtes.AuditOnderwerp);
        builder.Property(r => r.VorigeHash).HasMaxLength(TechnischeLengtes.Sha256Hex).IsFixedLength().IsRequired();
        builder.Property(r => r.Hash).HasMaxLength(TechnischeLengtes.Sha256Hex).IsFixedLength().IsRequired();

        // The privacy officer asks "who looked at this inwoner / household"; the check walks the chain in order.
        builder.HasIndex(r => new { r.InwonerId, r.Moment });
        builder.HasIndex(r => new { r.HuishoudenId, r.Moment });
        builder.HasIndex(r => new { r.Actie, r.Moment });
    }
}

internal sealed class AuditBetrokkeneConfiguration : IEntityTypeConfiguration<AuditBetrokkene>
{
    public void Configure(EntityTypeBuilder<AuditBetrokkene> builder)
    {
        builder.ToTable("AuditBetrokkenen");

        // Keyed by inwoner: "who looked at this inwoner" reads one range; no foreign key, the entry is written in the same
        // transaction and the chain check compares the two (AuditKeten).
        builder.HasKey(b => new { b.InwonerId, b.Volgnummer });

        // The chain check reads the links of a range of entries; numbers only grow, so this index is appended to.
        builder.HasIndex(b => b.Volgnummer);
    }
}

internal sealed class AuditKopConfiguration : IEntityTypeConfiguration<AuditKop>
{
    public void Configure(EntityTypeBuilder<AuditKop> builder)
    {
        builder.ToTable("AuditKop");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.LaatsteHash).HasMaxLength(TechnischeLengtes.Sha256Hex).IsFixedLength().IsRequired();
        builder.HasData(new AuditKop());
    }
}
