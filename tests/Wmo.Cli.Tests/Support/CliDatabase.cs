namespace Wmo.Cli.Tests.Support;

/// <summary>A fresh SQLite file in a temporary folder, and a way to run a command of the command line against it.</summary>
public sealed class CliDatabase : IDisposable
{
    public CliDatabase()
    {
        Map = Directory.CreateTempSubdirectory("wmo-cli-").FullName;
        Instellingen = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataFolder"] = Map,
            ["Database:SqliteFileName"] = "wmo.db",
            ["Database:MigrateAtStartup"] = "true",
        };
    }

    public string Map { get; }

    public string Bestand => Path.Combine(Map, "wmo.db");

    public Dictionary<string, string?> Instellingen { get; }

    /// <summary>Standard input of the next command (e.g. a password), empty by default.</summary>
    public string Invoer { get; set; } = string.Empty;

    /// <summary>The environment variables the next command sees (the process's are shared by parallel tests).</summary>
    public Dictionary<string, string> Omgeving { get; } = [];

    /// <summary>Runs the command line as a user would type it; returns the exit code and what it printed.</summary>
    public async Task<CliUitkomst> VoerUitAsync(params string[] args)
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        using var invoer = new StringReader(Invoer);
        var code = await CliProgramma.VoerUitAsync(args, uit, fout, Instellingen, invoer, naam => Omgeving.GetValueOrDefault(naam));
        return new CliUitkomst(code, uit.ToString(), fout.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Map, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection on its way out: the temp folder is cleaned by the OS.
        }
    }
}

public sealed record CliUitkomst(int Code, string Uit, string Fout);
