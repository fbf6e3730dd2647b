namespace Wmo.Infrastructure.Seeding;

/// <summary>A demo account, printed at start-up and listed in the README.</summary>
/// <remarks>
/// Toetsers and beheerders sign in with two factors; their demo accounts come with a fixed authenticator key
/// (<see cref="AuthenticatorSleutel"/>) that a tester enters in an authenticator app. Never use these outside a demo.
/// </remarks>
public sealed record DemoAccount(string Gebruikersnaam, string Naam, string Rol, string Organisatie, IReadOnlyList<string> Buurtkamers, string? AuthenticatorSleutel = null);
