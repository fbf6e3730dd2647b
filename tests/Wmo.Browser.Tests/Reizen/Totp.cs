using System.Security.Cryptography;

namespace Wmo.Browser.Tests.Reizen;

/// <summary>RFC 6238 time-based one-time codes, as an authenticator app computes them (SHA-1, 30 s, 6 digits).</summary>
public static class Totp
{
    public static string Code(string base32Sleutel, DateTimeOffset moment)
    {
        var sleutel = Base32(base32Sleutel);
        var stap = moment.ToUnixTimeSeconds() / 30;
        var bericht = BitConverter.GetBytes(stap);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bericht);
        }

        var hash = HMACSHA1.HashData(sleutel, bericht);
        var offset = hash[^1] & 0x0f;
        var getal = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (getal % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string tekst)
    {
        const string Alfabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var uit = new List<byte>();
        foreach (var teken in tekst.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | Alfabet.IndexOf(teken, StringComparison.Ordinal);
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
