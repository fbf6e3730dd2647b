using Microsoft.AspNetCore.Identity;

namespace Wmo.Infrastructure.Identity;

/// <summary>
/// Refuses a password from a bundled list of common and breached passwords (ASVS 2.1.7, NIST SP 800-63B §5.1.1.2); no
/// composition rules beyond the length. The list is small on purpose: it runs offline, in the portal and the CLI.
/// </summary>
public sealed class VeelgebruiktWachtwoordValidator : IPasswordValidator<Gebruiker>
{
    public const string Code = "VeelgebruiktWachtwoord";
    public const string Melding = "Dit wachtwoord komt voor in lijsten van veelgebruikte of gelekte wachtwoorden. Kies een ander.";

    private static readonly HashSet<string> Lijst = Laad();

    public static bool IsVeelgebruikt(string wachtwoord) =>
        Lijst.Contains(wachtwoord.Trim()) || Lijst.Contains(wachtwoord.Trim().TrimEnd('!', '.', '?'));

    public Task<IdentityResult> ValidateAsync(UserManager<Gebruiker> manager, Gebruiker user, string? password) =>
        Task.FromResult(password is not null && IsVeelgebruikt(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Melding })
            : IdentityResult.Success);

    private static HashSet<string> Laad()
    {
        using var stroom = typeof(VeelgebruiktWachtwoordValidator).Assembly.GetManifestResourceStream("VeelgebruikteWachtwoorden.txt")
            ?? throw new InvalidOperationException("VeelgebruikteWachtwoorden.txt ontbreekt in de assembly.");
        using var lezer = new StreamReader(stroom);
        var lijst = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (lezer.ReadLine() is { } regel)
        {
            if (regel.Length > 0 && !regel.StartsWith('#'))
            {
                lijst.Add(regel.Trim());
            }
        }

        return lijst;
    }
}
