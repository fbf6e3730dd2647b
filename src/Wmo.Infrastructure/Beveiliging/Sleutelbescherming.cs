using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Wmo.Infrastructure.Beveiliging;

/// <summary>
/// The Data Protection keys (they sign the session cookies and antiforgery tokens) are stored in the database; in
/// production encrypted with a certificate (<c>DataProtection:CertificaatThumbprint</c>), so a copy of the database
/// or a backup does not hand out the keys (issue 9). The certificate with its private key sits in the certificate
/// store of every instance (<c>CurrentUser\My</c> or <c>LocalMachine\My</c>), where decryption also finds it.
/// </summary>
public static class Sleutelbescherming
{
    public const string ThumbprintInstelling = "DataProtection:CertificaatThumbprint";

    /// <summary>Read when the key ring is first used, so configuration added late (tests) counts too.</summary>
    public static IDataProtectionBuilder BeschermSleutelsMetCertificaat(this IDataProtectionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            if (Thumbprint(sp.GetRequiredService<IConfiguration>()) is { } thumbprint)
            {
                var certificaat = Zoek(thumbprint) ?? throw new InvalidOperationException(
                    $"Het certificaat {thumbprint} ({ThumbprintInstelling}) staat niet met privésleutel in CurrentUser\\My of LocalMachine\\My.");
                options.XmlEncryptor = new CertificateXmlEncryptor(certificaat, sp.GetRequiredService<ILoggerFactory>());
            }
        }));
        return builder;
    }

    public static string? Thumbprint(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[ThumbprintInstelling] is { } waarde && !string.IsNullOrWhiteSpace(waarde) ? waarde.Trim() : null;
    }

    /// <summary>
    /// The certificate with its private key from the store where decryption (EncryptedXml) also looks. Unlike
    /// <see cref="CertificateResolver"/> a self-signed certificate counts: it only encrypts keys, it proves no identity.
    /// </summary>
    public static X509Certificate2? Zoek(string thumbprint)
    {
        foreach (var plaats in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var archief = new X509Store(StoreName.My, plaats);
            try
            {
                archief.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                continue;
            }

            var gevonden = archief.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false)
                .FirstOrDefault(c => c.HasPrivateKey && c.NotAfter > DateTime.Now);
            if (gevonden is not null)
            {
                return gevonden;
            }
        }

        return null;
    }

    /// <summary>What is wrong with the key protection, in Dutch; null when the certificate is set and usable.</summary>
    public static string? Probleem(IConfiguration configuration)
    {
        if (Thumbprint(configuration) is not { } thumbprint)
        {
            return $"{ThumbprintInstelling}: de vingerafdruk van het certificaat dat de Data Protection-sleutels in de database versleutelt.";
        }

        using var certificaat = Zoek(thumbprint);
        return certificaat is not null
            ? null
            : $"{ThumbprintInstelling}: het certificaat {thumbprint} staat niet (met privésleutel) in het certificaatarchief (CurrentUser\\My of LocalMachine\\My).";
    }
}
