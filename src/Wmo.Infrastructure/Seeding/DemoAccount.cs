namespace Wmo.Infrastructure.Seeding;

/// <summary>A demo account, printed at start-up and listed in the README.</summary>
public sealed record DemoAccount(string Gebruikersnaam, string Naam, string Rol, string Organisatie, IReadOnlyList<string> Buurtkamers);
