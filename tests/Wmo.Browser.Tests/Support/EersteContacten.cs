using System.Net;
using Microsoft.Data.Sqlite;

namespace Wmo.Browser.Tests.Support;

/// <summary>A signed-in volunteer with the first-contact form open.</summary>
internal sealed record Vrijwilliger(ProcesClient Client, string BuurtkamerId) : IDisposable
{
    public void Dispose() => Client.Dispose();
}

/// <summary>Saving first contacts over HTTP and finding them back in the database file.</summary>
internal static class EersteContacten
{
    public const string Formulier = "/EersteContact/Nieuw";

    public static async Task<Vrijwilliger> VrijwilligerAsync(Uri adres, string gebruiker = "anna.devries")
    {
        var client = new ProcesClient(adres);
        await client.InloggenAsync(gebruiker);
        var html = await client.OpenFormulierAsync(Formulier);
        return new Vrijwilliger(client, ProcesClient.EersteOptieWaarde(html));
    }

    /// <summary>Saves one contact whose question is <paramref name="kenmerk"/>; true when the portal acknowledged it (redirect to the saved contact).</summary>
    public static async Task<bool> BewaarAsync(Vrijwilliger vrijwilliger, string kenmerk) => await BewaarMetAdresAsync(vrijwilliger, kenmerk) is not null;

    /// <summary>Saves one contact; the address of the saved contact when acknowledged, else null.</summary>
    public static async Task<string?> BewaarMetAdresAsync(Vrijwilliger vrijwilliger, string kenmerk)
    {
        var antwoord = await vrijwilliger.Client.PostAsync(Formulier, new Dictionary<string, string>
        {
            ["MelderSoort"] = "Inwoner",
            ["MelderNaam"] = "Test Inwoner",
            ["Telefoon"] = "06-12345678",
            ["Vraag"] = kenmerk,
            ["BuurtkamerId"] = vrijwilliger.BuurtkamerId,
            ["TochOpslaan"] = "true",
        });
        var adres = antwoord.Headers.Location?.ToString();
        return antwoord.StatusCode == HttpStatusCode.Redirect && adres?.Contains("/EersteContact/Details/", StringComparison.Ordinal) == true ? adres : null;
    }

    /// <summary>The complete contacts (question, melder, buurtkamer and their audit entry) whose question starts with <paramref name="voorvoegsel"/>.</summary>
    public static async Task<HashSet<string>> VolledigInDatabaseAsync(string databasePad, string voorvoegsel)
    {
        await using var verbinding = new SqliteConnection($"Data Source={databasePad};Mode=ReadOnly;Pooling=False");
        await verbinding.OpenAsync();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = """
            SELECT c.VraagInEigenWoorden FROM EersteContacten c
            WHERE c.VraagInEigenWoorden LIKE $v || '%' AND c.Melder_Naam = 'Test Inwoner' AND c.BuurtkamerId IS NOT NULL
              AND EXISTS (SELECT 1 FROM AuditTrail a WHERE a.Onderwerp = 'EersteContact' AND upper(a.OnderwerpId) = upper(c.Id) AND a.Actie = 'Aanmaken')
            """;
        opdracht.Parameters.AddWithValue("$v", voorvoegsel);
        var uit = new HashSet<string>();
        await using var lezer = await opdracht.ExecuteReaderAsync();
        while (await lezer.ReadAsync())
        {
            uit.Add(lezer.GetString(0));
        }

        return uit;
    }

    public static async Task<int> AantalMetVoorvoegselAsync(string databasePad, string voorvoegsel)
    {
        await using var verbinding = new SqliteConnection($"Data Source={databasePad};Mode=ReadOnly;Pooling=False");
        await verbinding.OpenAsync();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT COUNT(*) FROM EersteContacten WHERE VraagInEigenWoorden LIKE $v || '%'";
        opdracht.Parameters.AddWithValue("$v", voorvoegsel);
        return Convert.ToInt32(await opdracht.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> IntegriteitAsync(string databasePad)
    {
        await using var verbinding = new SqliteConnection($"Data Source={databasePad};Pooling=False");
        await verbinding.OpenAsync();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "PRAGMA integrity_check;";
        return (string)(await opdracht.ExecuteScalarAsync())!;
    }
}
