using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Organisaties;
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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WmoDbContext).Assembly);
    }
}
