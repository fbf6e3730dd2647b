using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Tests.Support;

/// <summary>
/// As in the portal and the command line, SQLite's process-wide settings go in through <see cref="DatabaseSettings.Apply"/>
/// before this test process's first connection, also when the first test to run opens a bare <c>SqliteConnection</c>. So
/// <c>SqliteProcesTests</c> always sees SQLite's own answer, whatever order the tests run in.
/// </summary>
internal static class SqliteProcesBijHetLaden
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "A test assembly: the process-wide SQLite setting must precede every test, as it precedes every request in the portal.")]
    internal static void VoorDeEersteVerbinding()
    {
        var map = Path.GetTempPath();
        new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataFolder = map }.Apply(new DbContextOptionsBuilder<WmoDbContext>(), map);
    }
}
