using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Wmo.Infrastructure.Identity;

/// <summary>
/// Authenticator-app codes (RFC 6238: SHA-1, 30 s, 6 digits), replacing Identity's provider that accepts a code for
/// two steps either side and as often as it is sent. Here a code is valid one step either side at most, and only once:
/// the step that was used is stored on the user and no code of that step or an earlier one is accepted again (issue 9).
/// Real time (<see cref="TotpKlok"/>), not the portal's clock: the authenticator app on the phone runs on real time too.
/// </summary>
public sealed class EenmaligeTotpProvider(TotpKlok klok) : IUserTwoFactorTokenProvider<Gebruiker>
{
    public const int Stapseconden = 30;

    public const int Venster = 1;

    public Task<string> GenerateAsync(string purpose, UserManager<Gebruiker> manager, Gebruiker user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<Gebruiker> manager, Gebruiker user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<Gebruiker> manager, Gebruiker user)
    {
        var sleutel = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(sleutel) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var bytes = Base32(sleutel);
        var nu = klok.Nu.ToUnixTimeSeconds() / Stapseconden;
        for (var stap = nu - Venster; stap <= nu + Venster; stap++)
        {
            if (stap > (user.LaatsteTotpStap ?? long.MinValue)
                && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(bytes, stap)), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                // Stored with the user's concurrency stamp: of two requests with the same code only one succeeds.
                user.LaatsteTotpStap = stap;
                return (await manager.UpdateAsync(user)).Succeeded;
            }
        }

        return false;
    }

    public static string Code(byte[] sleutel, long stap)
    {
        var bericht = BitConverter.GetBytes(stap);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bericht);
        }

        var hash = HMACSHA1.HashData(sleutel, bericht);
        var offset = hash[^1] & 0x0f;
        var getal = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (getal % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    public static byte[] Base32(string tekst)
    {
        const string Alfabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var uit = new List<byte>();
        foreach (var teken in tekst.TrimEnd('=').Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
        {
            var waarde = Alfabet.IndexOf(teken, StringComparison.Ordinal);
            if (waarde < 0)
            {
                continue;
            }

            buffer = (buffer << 5) | waarde;
            bits += 5;
            if (bits >= 8)
            {
                uit.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. uit];
    }
}

/// <summary>
/// The time the authenticator codes are checked against: real time (<see cref="TimeProvider.System"/>), separate from the
/// portal's clock that tests move by days. Tests give it a clock of its own, so each sign-in can use a fresh step.
/// </summary>
public sealed class TotpKlok(TimeProvider tijd)
{
    public DateTimeOffset Nu => tijd.GetUtcNow();
}
