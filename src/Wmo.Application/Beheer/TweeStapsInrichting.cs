using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Wmo.Infrastructure.Identity;

namespace Wmo.Application.Beheer;

/// <summary>
/// The keys and the proof of step 1 in the enrolment in two-factor sign-in (issue 5, issue 9): every key shown is a new
/// one, and step 2 only links a key with a proof that step 1 (the enrolment code and the password) succeeded.
/// </summary>
[UseCase]
public sealed class TweeStapsInrichting(UserManager<Gebruiker> users, IDataProtectionProvider bescherming, TimeProvider klok)
{
    /// <summary>How long after the enrolment code the first app code may come.</summary>
    private static readonly TimeSpan Stapduur = TimeSpan.FromMinutes(15);

    /// <summary>Every key shown is a new one (issue 9): an earlier, unconfirmed key is never shown again. Changes the security stamp.</summary>
    public async Task<(string Sleutel, string Bewijs)> NieuweSleutelAsync(Gebruiker gebruiker)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        await users.ResetAuthenticatorKeyAsync(gebruiker);
        var sleutel = await users.GetAuthenticatorKeyAsync(gebruiker) ?? string.Empty;
        return (sleutel, Beschermer().Protect(BewijsInhoud(gebruiker), Stapduur));
    }

    /// <summary>The proof of step 1 names the user and the enrolment code it was given for; a new code (a reset) voids it.</summary>
    public bool BewijsKlopt(Gebruiker gebruiker, string? bewijs)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        if (string.IsNullOrEmpty(bewijs) || !Inrichtingscodes.IsGeldig(gebruiker, klok.GetUtcNow()))
        {
            return false;
        }

        try
        {
            return Beschermer().Unprotect(bewijs) == BewijsInhoud(gebruiker);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private static string BewijsInhoud(Gebruiker gebruiker) => $"{gebruiker.Id}|{gebruiker.InrichtingscodeHash}";

    private ITimeLimitedDataProtector Beschermer() => bescherming.CreateProtector("Wmo.TweeStapsInrichting").ToTimeLimitedDataProtector();
}
