using Microsoft.AspNetCore.Authorization;
using Wmo.Infrastructure.Identity;

namespace Wmo.Web.Authorization;

/// <summary>Authorization policies, named after what they allow. Every controller carries one of these.</summary>
public static class Beleid
{
    public const string MagEersteContactVastleggen = nameof(MagEersteContactVastleggen);
    public const string MagDossierInzien = nameof(MagDossierInzien);
    public const string MagAdviesToetsen = nameof(MagAdviesToetsen);
    public const string MagBeheren = nameof(MagBeheren);
    public const string IsIngelogd = nameof(IsIngelogd);
    public const string MagSocialeKaartZien = nameof(MagSocialeKaartZien);

    /// <summary>Lumpsum, monitoring and abonnementstarief: the beheerder (contractmanagement) manages, the toetser reads.</summary>
    public const string MagSturingInzien = nameof(MagSturingInzien);

    /// <summary>iWmo-berichten van aanbieders inlezen (issue 14): de beheerder en de sociaal werkers.</summary>
    public const string MagIwmoInlezen = nameof(MagIwmoInlezen);

    public static void Registreer(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ingelogd = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

        // Every endpoint needs a signed-in user unless it says [AllowAnonymous] (login, /health).
        options.FallbackPolicy = ingelogd;
        options.AddPolicy(IsIngelogd, ingelogd);
        options.AddPolicy(MagEersteContactVastleggen, p => p.RequireRole(Rollen.Vrijwilliger, Rollen.SociaalWerker));
        options.AddPolicy(MagDossierInzien, p => p.RequireRole(Rollen.SociaalWerker));
        options.AddPolicy(MagAdviesToetsen, p => p.RequireRole(Rollen.Toetser));
        options.AddPolicy(MagBeheren, p => p.RequireRole(Rollen.Beheerder));
        options.AddPolicy(MagSturingInzien, p => p.RequireRole(Rollen.Beheerder, Rollen.Toetser));
        options.AddPolicy(MagIwmoInlezen, p => p.RequireRole(Rollen.Beheerder, Rollen.SociaalWerker));
        options.AddPolicy(MagSocialeKaartZien, p => p.RequireRole(Rollen.Vrijwilliger, Rollen.SociaalWerker, Rollen.Beheerder));
    }
}
