using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Iwmo;

public enum BerichtRichting
{
    Uitgaand = 1,
    Inkomend = 2,
}

/// <summary>
/// One iWmo message as exchanged with an aanbieder: the outgoing WMO301 (validated before it was stored), or a received
/// WMO305/307/315 with the retour message that answered it. The berichtgeschiedenis of a household and the list
/// of outgoing messages per aanbieder are read from here; a file received twice is recognised by
/// (soort, afzender, identificatie) and answered with the stored retour.
/// </summary>
public sealed class IwmoBericht
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>"WMO301", "WMO305", "WMO307", "WMO315".</summary>
    public string Berichtsoort { get; init; } = string.Empty;

    public BerichtRichting Richting { get; init; }

    /// <summary>BerichtIdentificatie/Identificatie of the message (at most 12 characters).</summary>
    public string Identificatie { get; init; } = string.Empty;

    public DateOnly Dagtekening { get; init; }

    public Guid AanbiederId { get; init; }

    public string AgbCode { get; init; } = string.Empty;

    public Guid? InwonerId { get; init; }

    public Guid? HuishoudenId { get; init; }

    /// <summary>Outgoing: the export run that produced it (downloaded together as one zip).</summary>
    public Guid? BatchId { get; init; }

    public DateTimeOffset Moment { get; init; }

    public string Bestandsnaam { get; init; } = string.Empty;

    public string Inhoud { get; init; } = string.Empty;

    /// <summary>SHA-256 of the received bytes: the same file twice gets the same answer, a different file with a used identificatie is refused.</summary>
    public string? Hash { get; init; }

    /// <summary>Incoming: accepted as a whole (every line retourcode 0200).</summary>
    public bool Geaccepteerd { get; init; }

    public string? RetourBerichtsoort { get; init; }

    public string? RetourIdentificatie { get; init; }

    public string? RetourInhoud { get; init; }

    /// <summary>The readable report per line, as shown in the browser and printed by the command line.</summary>
    public string? Rapport { get; init; }
}

internal sealed class IwmoBerichtConfiguration : IEntityTypeConfiguration<IwmoBericht>
{
    public void Configure(EntityTypeBuilder<IwmoBericht> builder)
    {
        builder.ToTable("IwmoBerichten");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Berichtsoort).HasMaxLength(TechnischeLengtes.IwmoBerichtsoort).IsRequired();
        builder.Property(b => b.Identificatie).HasMaxLength(TechnischeLengtes.IwmoIdentificatie).IsRequired();
        builder.Property(b => b.AgbCode).HasMaxLength(Lengtes.AgbCode).IsRequired();
        builder.Property(b => b.Bestandsnaam).HasMaxLength(Lengtes.Naam).IsRequired();
        builder.Property(b => b.Hash).HasMaxLength(TechnischeLengtes.Sha256Hex);
        builder.Property(b => b.RetourBerichtsoort).HasMaxLength(TechnischeLengtes.IwmoBerichtsoort);
        builder.Property(b => b.RetourIdentificatie).HasMaxLength(TechnischeLengtes.IwmoIdentificatie);
        builder.Property(b => b.Rapport).HasMaxLength(Lengtes.Verslag);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(b => b.AanbiederId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inwoner>().WithMany().HasForeignKey(b => b.InwonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(b => b.HuishoudenId).OnDelete(DeleteBehavior.Restrict);

        // iWmo: the identificatie is unique per berichtsoort for the sending party (retourcode 9056).
        builder.HasIndex(b => new { b.Richting, b.Berichtsoort, b.AgbCode, b.Identificatie }).IsUnique();
        // The outgoing list per aanbieder, newest first (IwmoBerichtenLezen.UitgaandAsync): walked in order, a page read without
        // sorting every message of the aanbieder (issue 15: 0.3-0.7 s for 84,000 on amsterdam). Replaces (AanbiederId, Richting, Moment),
        // which no query sorted on: SQLite cannot order a DateTimeOffset.
        builder.HasIndex(b => new { b.AanbiederId, b.Richting, b.Dagtekening, b.Identificatie });
        builder.HasIndex(b => b.HuishoudenId);
        builder.HasIndex(b => b.BatchId);
    }
}
