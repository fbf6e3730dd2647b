using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Klachten;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Plannen;
using Wmo.Domain.Transitie;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence.Configurations;
using Wmo.Infrastructure.Identity;

namespace Wmo.Infrastructure.Persistence;

/// <summary>The one DbContext of the portal; the provider (SQLite or SQL Server) is chosen by configuration.</summary>
public sealed class WmoDbContext(DbContextOptions<WmoDbContext> options)
    : IdentityDbContext<Gebruiker, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organisatie> Organisaties => Set<Organisatie>();

    public DbSet<Wijk> Wijken => Set<Wijk>();

    public DbSet<Buurtkamer> Buurtkamers => Set<Buurtkamer>();

    public DbSet<GebruikerBuurtkamer> GebruikerBuurtkamers => Set<GebruikerBuurtkamer>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Inwoner> Inwoners => Set<Inwoner>();

    public DbSet<Huishouden> Huishoudens => Set<Huishouden>();

    public DbSet<EersteContact> EersteContacten => Set<EersteContact>();

    public DbSet<Ondersteuningsvraag> Ondersteuningsvragen => Set<Ondersteuningsvraag>();

    public DbSet<Ondersteuningsplan> Ondersteuningsplannen => Set<Ondersteuningsplan>();

    public DbSet<ZwaarwegendAdvies> Adviezen => Set<ZwaarwegendAdvies>();

    public DbSet<Beschikking> Beschikkingen => Set<Beschikking>();

    public DbSet<LegacyBeschikking> LegacyBeschikkingen => Set<LegacyBeschikking>();

    public DbSet<SocialeKaartAanbod> SocialeKaart => Set<SocialeKaartAanbod>();

    public DbSet<Bezwaar> Bezwaren => Set<Bezwaar>();

    public DbSet<Klacht> Klachten => Set<Klacht>();

    public DbSet<Nummerreeks> Nummerreeksen => Set<Nummerreeks>();

    /// <summary>
    /// The next number of a yearly series ("WMO-2026-000123"). The counter row is a concurrency token, so two
    /// instances never hand out the same number; the caller saves it together with the letter.
    /// </summary>
    public async Task<string> VolgendNummerAsync(string reeks, int jaar, CancellationToken cancellationToken = default)
    {
        var teller = await Nummerreeksen.FindAsync([reeks, jaar], cancellationToken);
        if (teller is null)
        {
            teller = new Nummerreeks { Naam = reeks, Jaar = jaar };
            Nummerreeksen.Add(teller);
        }

        teller.Laatste++;
        return $"{reeks}-{jaar}-{teller.Laatste:D6}";
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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ZetVersies();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ZetVersies();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        Conventies.Enums(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WmoDbContext).Assembly);
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
