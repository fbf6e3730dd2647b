using System.Reflection;

namespace Wmo.Web.Tests.Support;

public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Wmo.Portal.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Wmo.Portal.sln niet gevonden boven " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The build configuration these tests were built in (Debug or Release), so tools can use the same binaries.</summary>
    public static string Configuration =>
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
