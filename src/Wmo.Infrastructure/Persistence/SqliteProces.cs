using SQLitePCL;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// SQLite's process-wide settings, which it takes only before the process opens its first connection
/// (sqlite.org/c3ref/config.html). <see cref="DatabaseSettings.Apply"/> sets them before any context of the portal, the command
/// line or the seeder connects.
/// </summary>
/// <remarks>
/// SQLITE_CONFIG_MEMSTATUS off: by default SQLite keeps a count of the memory it allocated, behind a process-wide mutex taken
/// on every allocation and free; the read path of a list page allocates thousands of times. Nothing here reads those
/// statistics or sets a heap limit (the only interfaces that need them). Measured on the werkvoorraad at amsterdam scale:
/// ratio to the bare page 0.387 → 0.401, 12 alternating rounds each (issue 15, docs/performance.md, twenty-seventh round).
/// </remarks>
public static class SqliteProces
{
    private static int _geprobeerd;

    /// <summary>Whether this process tried to set them (once).</summary>
    public static bool Geprobeerd => Volatile.Read(ref _geprobeerd) == 1;

    /// <summary>SQLite's answer: SQLITE_OK (0), or SQLITE_MISUSE (21) when SQLite was already in use in this process.</summary>
    public static int Uitkomst { get; private set; } = -1;

    /// <summary>Sets the process-wide settings the first time it is called; later calls do nothing.</summary>
    public static void StelIn()
    {
        if (Interlocked.Exchange(ref _geprobeerd, 1) == 1)
        {
            return;
        }

        Batteries_V2.Init();
        Uitkomst = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
