using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Klachten;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Plannen;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.Transitie;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence.Configurations;

namespace Wmo.Infrastructure.Persistence;

/// <summary>The one DbContext of the portal; the provider (SQLite or SQL Server) is chosen by configuration.</summary>
public sealed class WmoDbContext : IdentityDbContext<Gebruiker, IdentityRole<Guid>, Guid>, IDataProtectionKeyContext
{
    private readonly IAuditBron _auditBron;
    private readonly TimeProvider _klok;
    // An entry's actor is the context's own (the current user, null here) unless it was captured when the read happened:
    // the entries GebundeldeAuditSchrijver writes for several requests in one transaction (issue 15, tenth round).
    // Journaled reads also keep the moment they were read (InzageJournaal), not that of the save that appends them later.
    private readonly List<(AuditGebeurtenis Gebeurtenis, AuditActeur? Acteur, DateTimeOffset? Moment)> _wachtend = [];

    /// <summary>For design-time tools and tests: changes are audited with the system as actor.</summary>
    public WmoDbContext(DbContextOptions<WmoDbContext> options)
        : this(options, new SysteemAuditBron(), TimeProvider.System)
    {
    }

    public WmoDbContext(DbContextOptions<WmoDbContext> options, IAuditBron auditBron, TimeProvider klok)
        : base(options)
    {
        _auditBron = auditBron;
        _klok = klok;
    }

    public DbSet<AuditRegel> AuditTrail => Set<AuditRegel>();

    public DbSet<AuditBetrokkene> AuditBetrokkenen => Set<AuditBetrokkene>();

    public DbSet<Organisatie> Organisaties => Set<Organisatie>();

    public DbSet<Wijk> Wijken => Set<Wijk>();

    public DbSet<Buurtkamer> Buurtkamers => Set<Buurtkamer>();

    public DbSet<GebruikerBuurtkamer> GebruikerBuurtkamers => Set<GebruikerBuurtkamer>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Inwoner> Inwoners => Set<Inwoner>();

    public DbSet<Huishouden> Huishoudens => Set<Huishouden>();

    public DbSet<Toegang.CaseloadHuishouden> CaseloadHuishoudens => Set<Toegang.CaseloadHuishouden>();

    public DbSet<Toegang.CaseloadLid> CaseloadLeden => Set<Toegang.CaseloadLid>();

    public DbSet<Werkvoorraadstand> Werkvoorraadstanden => Set<Werkvoorraadstand>();

    public DbSet<LidAanmelding> LidAanmeldingen => Set<LidAanmelding>();

    public DbSet<EersteContact> EersteContacten => Set<EersteContact>();

    public DbSet<Ondersteuningsvraag> Ondersteuningsvragen => Set<Ondersteuningsvraag>();

    public DbSet<Ondersteuningsplan> Ondersteuningsplannen => Set<Ondersteuningsplan>();

    public DbSet<ZwaarwegendAdvies> Adviezen => Set<ZwaarwegendAdvies>();

    public DbSet<Beschikking> Beschikkingen => Set<Beschikking>();

    public DbSet<LegacyBeschikking> LegacyBeschikkingen => Set<LegacyBeschikking>();

    public DbSet<SocialeKaartAanbod> SocialeKaart => Set<SocialeKaartAanbod>();

    public DbSet<Bezwaar> Bezwaren => Set<Bezwaar>();

    public DbSet<Domain.Termijnen.GelijkgesteldeDag> GelijkgesteldeDagen => Set<Domain.Termijnen.GelijkgesteldeDag>();

    public DbSet<Klacht> Klachten => Set<Klacht>();

    public DbSet<Begrotingsjaar> Begrotingsjaren => Set<Begrotingsjaar>();

    public DbSet<Nummerreeks> Nummerreeksen => Set<Nummerreeks>();

    public DbSet<Toewijzing> Toewijzingen => Set<Toewijzing>();

    public DbSet<VerzoekOmToewijzing> VerzoekenOmToewijzing => Set<VerzoekOmToewijzing>();

    public DbSet<Iwmo.IwmoBericht> IwmoBerichten => Set<Iwmo.IwmoBericht>();

    /// <summary>The gemeente's policy by ingangsdatum (catalogus, percelen, termijnen, duur); read through <c>Beleidsbron</c>.</summary>
    public DbSet<Beleidsversie> Beleidsversies => Set<Beleidsversie>();

    public DbSet<Tariefjaar> Abonnementstarieven => Set<Tariefjaar>();

    public DbSet<Toegang.InzageBuitenCaseload> InzagesBuitenCaseload => Set<Toegang.InzageBuitenCaseload>();

    public DbSet<Domain.EigenBijdrage.CakAanlevering> CakAanleveringen => Set<Domain.EigenBijdrage.CakAanlevering>();

    /// <summary>
    /// The next number of a yearly series ("WMO-2026-000123"). The counter row is a concurrency token, so two
    /// instances never hand out the same number; the caller saves it together with the letter.
    /// </summary>
    public async Task<string> VolgendNummerAsync(string reeks, int jaar, CancellationToken cancellationToken = default) =>
        $"{reeks}-{jaar}-{await VolgendVolgnummerAsync(reeks, jaar, cancellationToken):D6}";

    /// <summary>The next counter value of a series (same concurrency guarantee as <see cref="VolgendNummerAsync"/>); <paramref name="jaar"/> 0 for a series that never restarts.</summary>
    public async Task<int> VolgendVolgnummerAsync(string reeks, int jaar, CancellationToken cancellationToken = default)
    {
        var teller = await Nummerreeksen.FindAsync([reeks, jaar], cancellationToken);
        if (teller is null)
        {
            teller = new Nummerreeks { Naam = reeks, Jaar = jaar };
            Nummerreeksen.Add(teller);
        }

        teller.Laatste++;
        return teller.Laatste;
    }

    /// <summary>
    /// Marks <paramref name="aggregate"/> as changed with a new <c>Versie</c>. With <paramref name="verwachteVersie"/>
    /// (the version the user's form was based on) a save fails with <see cref="DbUpdateConcurrencyException"/>
    /// when someone else saved in between.
    /// </summary>
    public void Bewaar<T>(T aggregate, Guid? verwachteVersie = null)
        where T : class
    {
        var entry = Entry(aggregate);
        if (entry.State == EntityState.Detached)
        {
            Add(aggregate);
            return;
        }

        var versie = entry.Property<Guid>(Conventies.Versie);
        if (verwachteVersie is { } verwacht)
        {
            versie.OriginalValue = verwacht;
        }

        versie.CurrentValue = Guid.NewGuid();
    }

    public Guid VersieVan<T>(T aggregate)
        where T : class =>
        Entry(aggregate).Property<Guid>(Conventies.Versie).CurrentValue;

    /// <summary>Forgets everything of a failed attempt (tracked changes and pending audit entries), before a retry.</summary>
    public void BeginOpnieuw()
    {
        ChangeTracker.Clear();
        _wachtend.Clear();
    }

    /// <summary>Records a read, print, export or search in the audit trail with the next SaveChanges.</summary>
    public void LegVast(AuditGebeurtenis gebeurtenis) => _wachtend.Add((gebeurtenis, null, null));

    /// <summary>As <see cref="LegVast(AuditGebeurtenis)"/> on behalf of <paramref name="acteur"/> (captured in the request that read the data).</summary>
    internal void LegVast(AuditGebeurtenis gebeurtenis, AuditActeur acteur, DateTimeOffset? moment = null) => _wachtend.Add((gebeurtenis, acteur, moment));

    /// <summary>Whether a save now would write anything besides audit entries: tracked changes or rows already written in an open transaction.</summary>
    internal bool HeeftWerkBuitenDeAudit => Database.CurrentTransaction is not null || ChangeTracker.HasChanges();

    /// <summary>Hands over the audit entries waiting for the next save (they are then no longer this context's to save).</summary>
    internal List<AuditGebeurtenis> NeemWachtendeAudit()
    {
        var wachtend = _wachtend.ConvertAll(w => w.Gebeurtenis);
        _wachtend.Clear();
        return wachtend;
    }

    /// <summary>
    /// Adds a new aggregate with a large owned collection (a CAK delivery: one regel per household charged). On SQLite its
    /// rows are written at once, inside the current transaction and without the change tracker, and their audit entries
    /// (the same as the change tracker would give: the aggregate and each owned row as <c>Aanmaken</c>) wait for the next
    /// save; call it inside <see cref="Transacties.InTransactieAsync{T}"/> and save before the transaction commits. A
    /// conflict (a unique index) surfaces here as a <see cref="DbUpdateException"/>. Elsewhere the aggregate is simply
    /// added and saved by that next save. Issue 15, docs/performance.md ("Seeden").
    /// </summary>
    public Task VoegNieuwToeAsync<T>(T aggregaat, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(aggregaat);
        return VoegAlleNieuwToeAsync<T>([aggregaat], cancellationToken);
    }

    /// <summary>As <see cref="VoegNieuwToeAsync{T}(T, CancellationToken)"/> for several new aggregates at once (one prepared INSERT per table for all of them: a part of the WMO301 export).</summary>
    public async Task VoegAlleNieuwToeAsync<T>(IReadOnlyList<T> aggregaten, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(aggregaten);
        if (!Database.IsSqlite())
        {
            AddRange(aggregaten);
            return;
        }

        List<AuditGebeurtenis> gebeurtenissen;
        try
        {
            gebeurtenissen = await AggregaatInvoeging.VoegInAsync(this, aggregaten, cancellationToken);
        }
        catch (Microsoft.Data.Sqlite.SqliteException fout)
        {
            throw new DbUpdateException($"{typeof(T).Name} kon niet worden opgeslagen: {fout.Message}", fout);
        }

        _wachtend.AddRange(gebeurtenissen.Select(g => (g, (AuditActeur?)null, (DateTimeOffset?)null)));
    }

    /// <summary>Records <paramref name="gebeurtenis"/> and saves it (with any pending changes) at once.</summary>
    public async Task LegVastAsync(AuditGebeurtenis gebeurtenis, CancellationToken cancellationToken = default)
    {
        LegVast(gebeurtenis);
        await SaveChangesAsync(cancellationToken);
    }

    // Every save goes through the async path below; the synchronous API is not used by the portal.
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves the changes and, in the same transaction, appends their audit entries to the hash chain. The chain's
    /// head row is locked first, so concurrent savers (also on other instances) append strictly one after another.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ZetVersies();
        var gebeurtenissen = AuditVerzamelaar.Verzamel(ChangeTracker).ConvertAll(g => (g, (AuditActeur?)null, (DateTimeOffset?)null));
        gebeurtenissen.AddRange(_wachtend);
        var caseload = Toegang.CaseloadOnderhoud.Raakt(ChangeTracker);
        var (werkvoorraadsleutels, werkvoorraadvragen) = WerkvoorraadstandOnderhoud.Raakt(ChangeTracker);
        if (gebeurtenissen.Count == 0 && caseload.IsLeeg && werkvoorraadsleutels.Count == 0 && werkvoorraadvragen.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var strategie = Database.CreateExecutionStrategy();
        var aantal = await strategie.ExecuteAsync(async () =>
        {
            var eigenTransactie = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            var regels = new List<object>();
            try
            {
                regels = await VoegAuditToeAsync(gebeurtenissen, cancellationToken);

                // With the audit head locked, so savers that touch the same household rebuild its caseload rows in turn.
                if (!caseload.IsLeeg)
                {
                    await Toegang.CaseloadOnderhoud.WerkBijAsync(this, caseload, cancellationToken);
                }

                // Likewise the stands of the werkvoorraden this save changes, so a kept werkvoorraad is not shown again (issue 15).
                await WerkvoorraadstandOnderhoud.VerhoogAsync(this, [.. werkvoorraadsleutels], [.. werkvoorraadvragen], cancellationToken);

                // Changes are accepted only after the commit: a retried attempt (after a failed commit) saves them again.
                var opgeslagen = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
                if (eigenTransactie is not null)
                {
                    await eigenTransactie.CommitAsync(cancellationToken);
                }

                if (acceptAllChangesOnSuccess)
                {
                    ChangeTracker.AcceptAllChanges();
                }

                return opgeslagen;
            }
            catch
            {
                // Nothing of this attempt may linger: the audit rows go, the transaction rolls back the head.
                foreach (var regel in regels)
                {
                    Entry(regel).State = EntityState.Detached;
                }

                throw;
            }
            finally
            {
                if (eigenTransactie is not null)
                {
                    await eigenTransactie.DisposeAsync();
                }
            }
        });
        _wachtend.Clear();
        return aantal;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        Conventies.Enums(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WmoDbContext).Assembly);
        NaamSql.Registreer(builder);

        // The transitie-werklijst reads per caseload key only the households with a legacy beschikking (issue 15): a partial
        // index over those few rows. Its filter is SQL in each provider's form: SQLite uses a partial index only when the
        // query's WHERE holds the very same term, and EF writes a bool test there as the bare column. The column itself is in
        // the index too, so SQLite can test that term without reading the row (a covering index).
        builder.Entity<Toegang.CaseloadHuishouden>()
            .HasIndex(
                [nameof(Toegang.CaseloadHuishouden.SleutelId), nameof(Toegang.CaseloadHuishouden.HuishoudenId), nameof(Toegang.CaseloadHuishouden.MetLegacyBeschikking)],
                "IX_CaseloadHuishoudens_MetLegacyBeschikking")
            .HasFilter(Database.IsSqlite() ? "\"MetLegacyBeschikking\"" : "[MetLegacyBeschikking] = 1");

        // The toewijzingen waiting for a WMO301, for the export per aanbieder and the count on Uitgaande berichten: only those
        // few rows, in the same per-provider form (issue 15: the full index was counted through, 175,000 entries on amsterdam).
        builder.Entity<Domain.Toewijzingen.Toewijzing>()
            .HasIndex(t => new { t.MoetVerstuurdWorden, t.AanbiederId })
            .HasFilter(Database.IsSqlite() ? "\"MoetVerstuurdWorden\"" : "[MoetVerstuurdWorden] = 1");
    }

    /// <summary>The chain's head on SQLite (the write transaction holds the lock): compiled once, not translated per save.</summary>
    private static readonly PerModel<Func<WmoDbContext, Task<AuditKop>>> AuditKopLezen = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db) => db.Set<AuditKop>().AsNoTracking().Single(k => k.Id == AuditKop.EnigeId)));

    /// <summary>
    /// Appends the audit rows of <paramref name="gebeurtenissen"/>, each on behalf of its own actor when it has one (else this
    /// context's), with the index rows of their <see cref="AuditGebeurtenis.Betrokkenen"/>; returns the rows the change
    /// tracker saves (none on SQLite).
    /// </summary>
    private async Task<List<object>> VoegAuditToeAsync(List<(AuditGebeurtenis Gebeurtenis, AuditActeur? Acteur, DateTimeOffset? Moment)> gebeurtenissen, CancellationToken cancellationToken)
    {
        var sqlite = Database.IsSqlite();
        var kop = !sqlite
            ? await Set<AuditKop>().FromSqlRaw("SELECT * FROM [AuditKop] WITH (UPDLOCK, HOLDLOCK) WHERE [Id] = 1").AsNoTracking().SingleAsync(cancellationToken)
            : await AuditKopLezen.Voor(this)(this);
        AuditActeur? eigen = null;
        var moment = _klok.GetUtcNow();
        var volgnummer = kop.LaatsteVolgnummer;
        var vorige = kop.LaatsteHash;
        var regels = new List<AuditRegel>(gebeurtenissen.Count);
        var links = new List<AuditBetrokkene>();
        foreach (var (g, vastgelegdDoor, gelezen) in gebeurtenissen)
        {
            var acteur = vastgelegdDoor ?? (eigen ??= _auditBron.Huidige());
            List<Guid>? betrokken = g.Betrokkenen is { Count: > 0 } ? [.. g.Betrokkenen.Distinct()] : null;
            var regel = new AuditRegel
            {
                Volgnummer = ++volgnummer,
                Moment = gelezen ?? moment,
                GebruikerId = acteur.GebruikerId,
                GebruikerNaam = acteur.Naam,
                Rol = acteur.Rol,
                OrganisatieId = acteur.OrganisatieId,
                Actie = g.Actie,
                InwonerId = g.InwonerId,
                HuishoudenId = g.HuishoudenId,
                Onderwerp = g.Onderwerp,
                OnderwerpId = g.OnderwerpId,
                Details = g.Details,
                Geslaagd = g.Geslaagd,
                Betrokkenen = AuditRegel.AlsBetrokkenen(betrokken),
                VorigeHash = vorige,
            };
            regel.Verzegel();
            vorige = regel.Hash;
            regels.Add(regel);
            if (betrokken is not null)
            {
                links.AddRange(betrokken.Select(i => new AuditBetrokkene { InwonerId = i, Volgnummer = regel.Volgnummer }));
            }
        }

        if (sqlite)
        {
            // The rows and the head's move in one command, without the change tracker (issue 15, docs/performance.md: one
            // command per row in the writer's lock; ninth round: a read's one row also went through the change tracker).
            await AuditInvoeging.VoegInAsync(this, regels, links, volgnummer, vorige, cancellationToken);
            return [];
        }

        AuditTrail.AddRange(regels);
        AuditBetrokkenen.AddRange(links);
        await Set<AuditKop>().Where(k => k.Id == AuditKop.EnigeId)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.LaatsteVolgnummer, volgnummer).SetProperty(x => x.LaatsteHash, vorige), cancellationToken);
        return [.. regels, .. links];
    }

    private void ZetVersies()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            var versie = entry.Metadata.FindProperty(Conventies.Versie);
            if (versie is null)
            {
                continue;
            }

            var property = entry.Property(Conventies.Versie);
            if (entry.State == EntityState.Added && (Guid?)property.CurrentValue == Guid.Empty)
            {
                property.CurrentValue = Guid.NewGuid();
            }
            else if (entry.State == EntityState.Modified && !property.IsModified)
            {
                property.CurrentValue = Guid.NewGuid();
            }
        }
    }
}
