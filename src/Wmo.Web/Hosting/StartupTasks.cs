using System.Text;
using Wmo.Infrastructure.Beleid;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;

namespace Wmo.Web.Hosting;

public static class StartupTasks
{
    /// <summary>Migrates the database, makes sure the roles exist and, in Development, fills in the demo gemeente.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILogger<WmoDbContext>>();
        var settings = services.GetRequiredService<DatabaseSettings>();
        if (settings.MigrateAtStartup)
        {
            await DatabaseInitializer.MigrateAsync(services.GetRequiredService<WmoDbContext>(), logger);
        }

        await services.GetRequiredService<RoleSeeder>().SeedAsync();

        // Reference data in every environment (also when a DBA migrates): the gemeente's policy.
        await Referentiedata.ZorgVoorBeleidAsync(services.GetRequiredService<WmoDbContext>(), logger, services.GetRequiredService<Startbeleid>());
        if (DemoDataEnabled(app))
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync();
            if (app.Configuration.GetValue("DemoData:Dossiers", true))
            {
                await services.GetRequiredService<DemoDossiers>().SeedAsync();
            }
            app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(DemoAccountsTable()));
        }
    }

    public static bool DemoDataEnabled(WebApplication app) =>
        app.Environment.IsDevelopment() && app.Configuration.GetValue("DemoData:Enabled", true);

    public static string DemoAccountsTable()
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("Wmo-portaal — demo-accounts (alleen Development). Wachtwoord voor allemaal: " + DemoSeeder.DemoWachtwoord);
        text.AppendLine($"  {"Rol",-20} {"Gebruikersnaam",-18} {"Naam",-18} Buurt-/dorpskamers of authenticator-sleutel (tweestapsverificatie)");
        foreach (var account in DemoSeeder.Accounts)
        {
            var extra = account.AuthenticatorSleutel is { } sleutel ? "sleutel " + sleutel : string.Join(", ", account.Buurtkamers);
            text.AppendLine($"  {Rollen.Weergave(account.Rol),-20} {account.Gebruikersnaam,-18} {account.Naam,-18} {extra}");
        }

        return text.ToString();
    }
}
