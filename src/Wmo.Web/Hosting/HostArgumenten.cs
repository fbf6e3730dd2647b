namespace Wmo.Web.Hosting;

/// <summary>
/// The arguments the portal's host starts with. The configuration files are read once at start-up and not watched: a
/// watch on appsettings.json is a file watcher on the whole content root, subdirectories included, and the SQLite database,
/// its write-ahead log and the log files live there (<c>Database:DataFolder</c> = <c>data</c>). Every commit and every log
/// line then woke the watcher, which read the event and looked up the file: ~4 % of the CPU under a name search load on
/// amsterdam (issue 15, thirteenth round in docs/performance.md). A changed setting takes effect at the next start, as
/// in a container. Given before the caller's own arguments, so an explicit <c>--hostBuilder:reloadConfigOnChange=true</c>
/// still wins.
/// </summary>
public static class HostArgumenten
{
    public const string ConfiguratieNietVolgen = "--hostBuilder:reloadConfigOnChange=false";

    public static string[] Van(string[] args) => [ConfiguratieNietVolgen, .. args];
}
