namespace Wmo.Web.Hosting;

/// <summary>
/// Which environment <c>dotnet run</c> starts (issue 9). The launch profile may not set <c>ASPNETCORE_ENVIRONMENT</c> or
/// <c>DOTNET_ENVIRONMENT</c>: <c>dotnet run</c> puts the profile's variables over the shell's, and for WebApplication
/// <c>DOTNET_ENVIRONMENT</c> even wins over <c>ASPNETCORE_ENVIRONMENT</c>, so
/// <c>ASPNETCORE_ENVIRONMENT=Production dotnet run</c> would still run Development. The profile sets
/// <c>WMO_STARTOMGEVING=Development</c> instead, which counts only when neither variable is set. A published portal has
/// no launch profile: without a variable it is Production, never Development with its demo accounts.
/// </summary>
public static class StartOmgeving
{
    public const string Variabele = "WMO_STARTOMGEVING";

    public static string? Bepaal() => Bepaal(Environment.GetEnvironmentVariable);

    public static string? Bepaal(Func<string, string?> omgeving)
    {
        ArgumentNullException.ThrowIfNull(omgeving);
        return string.IsNullOrEmpty(omgeving("ASPNETCORE_ENVIRONMENT")) && string.IsNullOrEmpty(omgeving("DOTNET_ENVIRONMENT"))
            && omgeving(Variabele) is { Length: > 0 } standaard
            ? standaard
            : null;
    }
}
