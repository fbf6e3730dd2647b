using Microsoft.Data.Sqlite;

namespace Wmo.Web.Tests.Support;

/// <summary>
/// SQLite's one write lock, taken and held by a connection of its own (as the CLI or a second writer can): nothing else
/// commits until <see cref="LaatLosAsync"/>. Holds the portal's audit writer on its batch, so what queues meanwhile is known.
/// </summary>
public sealed class Schrijfslot : IAsyncDisposable
{
    private readonly SqliteConnection _verbinding;
    private bool _vast = true;

    private Schrijfslot(SqliteConnection verbinding) => _verbinding = verbinding;

    public static async Task<Schrijfslot> NeemAsync(string databasePad)
    {
        var verbinding = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePad, Pooling = false }.ToString());
        await verbinding.OpenAsync();
        await VoerUitAsync(verbinding, "BEGIN IMMEDIATE");
        return new Schrijfslot(verbinding);
    }

    public async Task LaatLosAsync()
    {
        if (_vast)
        {
            _vast = false;
            await VoerUitAsync(_verbinding, "ROLLBACK");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await LaatLosAsync();
        await _verbinding.DisposeAsync();
    }

    private static async Task VoerUitAsync(SqliteConnection verbinding, string sql)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        await opdracht.ExecuteNonQueryAsync();
    }
}
