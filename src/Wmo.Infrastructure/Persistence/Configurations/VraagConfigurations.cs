using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Vragen;

namespace Wmo.Infrastructure.Persistence.Configurations;

internal sealed class EersteContactConfiguration : IEntityTypeConfiguration<EersteContact>
{
    public void Configure(EntityTypeBuilder<EersteContact> builder)
    {
        builder.ToTable("EersteContacten");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.ComplexProperty(c => c.Melder, melder =>
        {
            melder.Property(m => m.Naam).HasMaxLength(Lengtes.Naam).IsRequired();
            melder.Property(m => m.Telefoon).HasMaxLength(Lengtes.Telefoon);
            melder.Property(m => m.Email).HasMaxLength(Lengtes.Email);
        });
        builder.Tekst(c => c.OverWie, Lengtes.Naam, verplicht: false);
        builder.Tekst(c => c.VraagInEigenWoorden, Lengtes.Tekst);
        builder.Ignore(c => c.IsUrgent);
        builder.HasOne<Buurtkamer>().WithMany().HasForeignKey(c => c.BuurtkamerId).OnDelete(DeleteBehavior.Restrict);

        // The werkvoorraad filters on buurtkamer and open contacts, urgent first; volunteers on their own contacts.
        builder.HasIndex(c => new { c.BuurtkamerId, c.OndersteuningsvraagId, c.Meldingsdatum });
        // A volunteer's list: their contacts of the last days, newest first, read from the index up to the page (issue 15).
        builder.HasIndex(c => new { c.AuteurId, c.Meldingsdatum, c.Id });

        builder.OwnsMany(c => c.Notities, n =>
        {
            n.ToTable("ContactNotities");
            n.WithOwner().HasForeignKey("EersteContactId");
            n.HasKey(x => x.Id);
            n.Property(x => x.Id).ValueGeneratedNever();
            n.Property(x => x.Tekst).HasMaxLength(Lengtes.Tekst).IsRequired();
        });
        builder.Navigation(c => c.Notities).HasField("_notities");
    }
}

internal sealed class OndersteuningsvraagConfiguration : IEntityTypeConfiguration<Ondersteuningsvraag>
{
    public void Configure(EntityTypeBuilder<Ondersteuningsvraag> builder)
    {
        builder.ToTable("Ondersteuningsvragen");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HeeftVersie();
        builder.HasOne<Huishouden>().WithMany().HasForeignKey(v => v.HuishoudenId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inwoner>().WithMany().HasForeignKey(v => v.InwonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EersteContact>().WithMany().HasForeignKey(v => v.EersteContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Buurtkamer>().WithMany().HasForeignKey(v => v.BuurtkamerId).OnDelete(DeleteBehavior.Restrict);
        // HuishoudenAfgeschermd and HuishoudenId make these two covering for the households of a buurtkamer's or behandelaar's
        // vragen (need-to-know, Caseloadsleutels; CaseloadSql rebuilds the index from them): no vraag rows are read (issue 15).
        builder.HasIndex(v => new { v.BuurtkamerId, v.Status, v.HuishoudenAfgeschermd, v.HuishoudenId });
        builder.Tekst(v => v.ClientondersteunerNaam, Lengtes.Naam, verplicht: false);
        builder.Tekst(v => v.ClientondersteunerOrganisatie, Lengtes.Naam, verplicht: false);
        builder.Tekst(v => v.VraagAchterDeVraag, Lengtes.Tekst, verplicht: false);
        builder.Ignore(v => v.WlzAanvraagLoopt);
        builder.Ignore(v => v.IsOpgeschort);
        builder.Ignore(v => v.OnderzoekLoopt);
        builder.Ignore(v => v.OnderzoekAfgerond);
        // The trailing columns make it covering for the werkvoorraad's sort as well (spoed, then the running term's end from
        // the vraag's own row; Ondersteuningsvraag.NominaleEinddag) and for the start page's terms ending soon (melding, aanvraag,
        // verdaging; KanEindigenOpOfVoor): the open vragen of a caseload are sorted without reading their wide rows or their
        // opschortingen (issue 15, docs/performance.md, eleventh and seventeenth round).
        builder.HasIndex(v => new { v.BehandelaarId, v.Status, v.HuishoudenAfgeschermd, v.HuishoudenId, v.IsUrgent, v.Meldingsdatum, v.Aanvraagdatum, v.VerdaagdTot,
                v.LopendeTermijnVanafDag, v.LopendeTermijnOpgeschortSinds, v.Id })
            .HasDatabaseName("IX_Ondersteuningsvragen_Behandelaar_Werkvoorraad");

        // The werkvoorraad's page on the term, per phase of the running term (Werkvoorraadfase): each phase's open vragen
        // without a running opschorting in the order of their term (within a phase the nominal end is the aanvang plus a fixed
        // length), spoed first, so the page reads its first rows from the index instead of sorting the caseload (issue 15,
        // docs/performance.md, twenty-first round). The filter is the domain's own list of open statuses, so the database
        // uses the index for exactly the query WerkvoorraadLezen sends.
        foreach (var fase in Werkvoorraadfase.Alle)
        {
            builder.HasIndex(v => new { v.BehandelaarId, v.IsUrgent, v.LopendeTermijnVanafDag, v.Id, v.Status, v.Aanvraagdatum, v.VerdaagdTot, v.LopendeTermijnOpgeschortSinds },
                    fase.Indexnaam)
                .HasDatabaseName(fase.Indexnaam)
                .IsDescending(false, true, false, false, false, false, false, false)
                .HasFilter(fase.Filter);
        }
        builder.HasIndex(v => new { v.HuishoudenId, v.Meldingsdatum });

        // Need-to-know (DossierToegang.ZichtbareHuishoudens) tests a household's vragen on these columns only: from the
        // index, without reading the wide vraag rows (issue 15, docs/performance.md).
        builder.HasIndex(v => new { v.HuishoudenId, v.HuishoudenAfgeschermd, v.BuurtkamerId, v.BehandelaarId });
        builder.HasIndex(v => new { v.Status, v.Aanvraagdatum });

        // Monitoring (docs/sturing.md) groups vragen by the month of their outcome and by their melding in a period.
        builder.HasIndex(v => new { v.UitkomstDatum, v.InwonerId });
        builder.HasIndex(v => v.Meldingsdatum);

        // The bewaartermijn finds its candidates from old vragen through AfgeslotenOp, UitkomstDatum or Meldingsdatum (Bewaarregel.KanVerlopenZijn).
        builder.HasIndex(v => v.AfgeslotenOp);

        builder.OwnsOne(v => v.Uitkomst, u =>
        {
            u.Property(x => x.Toelichting).HasMaxLength(Lengtes.Tekst).IsRequired();
            u.Property(x => x.DoorverwezenNaar).HasMaxLength(Lengtes.Naam);
            u.Property(x => x.SoortOndersteuning).HasMaxLength(Lengtes.Naam);
            u.Property(x => x.VoorzieningCode).HasMaxLength(CatalogusRegel.CodeLengte);
            u.PrimitiveCollection(x => x.SocialeKaartAanbodIds).HasField("_socialeKaartAanbodIds");
            u.Ignore(x => x.Pijler);
            u.Ignore(x => x.VereistZwaarwegendAdvies);
        });

        builder.OwnsMany(v => v.Gesprekken, g =>
        {
            g.ToTable("Gesprekken");
            g.WithOwner().HasForeignKey("OndersteuningsvraagId");
            g.HasKey(x => x.Id);
            g.Property(x => x.Id).ValueGeneratedNever();
            g.Property(x => x.Verslag).HasMaxLength(Lengtes.Verslag);
            // Participants are a small list of values without identity: one JSON column.
            g.Ignore(x => x.Deelnemers);
            g.Property<List<Deelnemer>>("_deelnemers")
                .HasColumnName("Deelnemers")
                .HasConversion(Conventies.JsonConverter<List<Deelnemer>>(), Conventies.JsonComparer<Deelnemer>())
                .HasMaxLength(Lengtes.Tekst)
                .IsRequired();
        });
        builder.Navigation(v => v.Gesprekken).HasField("_gesprekken");

        builder.OwnsMany(v => v.Afweging, a =>
        {
            a.ToTable("Afwegingsstappen");
            a.WithOwner().HasForeignKey("OndersteuningsvraagId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Motivering).HasMaxLength(Lengtes.Omschrijving);
            a.Property(x => x.WaaromNietToereikend).HasMaxLength(Lengtes.Omschrijving);
            a.Ignore(x => x.StoptAfweging);
        });
        builder.Navigation(v => v.Afweging).HasField("_afweging");

        builder.OwnsMany(v => v.Leefgebieden, l =>
        {
            l.ToTable("LeefgebiedSituaties");
            l.WithOwner().HasForeignKey("OndersteuningsvraagId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.Situatie).HasMaxLength(Lengtes.Tekst).IsRequired();
        });
        builder.Navigation(v => v.Leefgebieden).HasField("_leefgebieden");

        builder.OwnsMany(v => v.Opschortingen, o =>
        {
            o.ToTable("Opschortingen");
            o.WithOwner().HasForeignKey("OndersteuningsvraagId");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.Reden).HasMaxLength(Lengtes.Reden).IsRequired();
        });
        builder.Navigation(v => v.Opschortingen).HasField("_opschortingen");

        builder.OwnsMany(v => v.BeslistermijnOpschortingen, o =>
        {
            o.ToTable("BeslistermijnOpschortingen");
            o.WithOwner().HasForeignKey("OndersteuningsvraagId");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.Reden).HasMaxLength(Lengtes.Reden).IsRequired();
        });
        builder.Navigation(v => v.BeslistermijnOpschortingen).HasField("_beslistermijnOpschortingen");
        builder.Property(v => v.VerdagingReden).HasMaxLength(Lengtes.Reden);
        builder.Ignore(v => v.Ingebrekestelling);
        builder.Ignore(v => v.IsVerdaagd);
        builder.Ignore(v => v.IsBeslistermijnOpgeschort);

        builder.OwnsMany(v => v.KaderBeoordelingen, k =>
        {
            k.ToTable("KaderBeoordelingen");
            k.WithOwner().HasForeignKey("OndersteuningsvraagId");
            k.HasKey(x => x.Id);
            k.Property(x => x.Id).ValueGeneratedNever();
            k.Property(x => x.Motivering).HasMaxLength(Lengtes.Tekst);
            k.Property(x => x.Redenen).HasMaxLength(Lengtes.Tekst).IsRequired();
        });
        builder.Navigation(v => v.KaderBeoordelingen).HasField("_kaderBeoordelingen");
    }
}
