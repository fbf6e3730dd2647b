using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Wmo.Domain.Huishoudens;
using Wmo.Infrastructure.Identity;

namespace Wmo.Infrastructure.Audit;

/// <summary>
/// Turns the change tracker's pending changes into audit events: what was created, changed (old → new per
/// field) or removed, and which inwoner or household it concerns. Identity, Data Protection and the audit
/// tables themselves are not personal data of inwoners and are left out.
/// </summary>
internal static class AuditVerzamelaar
{
    private static readonly HashSet<string> Uitgesloten =
    [
        nameof(AuditRegel), nameof(AuditKop), "DataProtectionKey", "Nummerreeks",

        // Recorded explicitly, with its reason, as AuditActie.InzageBuitenCaseload.
        "InzageBuitenCaseload",

        // Derived from vragen, households and names (each audited itself) by CaseloadOnderhoud.
        "CaseloadHuishouden", "CaseloadLid",

        // A counter of changes that are audited themselves (WerkvoorraadstandOnderhoud).
        "Werkvoorraadstand",
    ];

    public static List<AuditGebeurtenis> Verzamel(ChangeTracker tracker)
    {
        var gebeurtenissen = new List<AuditGebeurtenis>();
        var alle = tracker.Entries().ToList();
        var eigenaren = new Eigenaren(alle);
        foreach (var entry in alle.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var type = entry.Metadata.ClrType;
            if (AccountWijziging(tracker, entry) is { } account)
            {
                gebeurtenissen.Add(account);
                continue;
            }

            if (Uitgesloten.Contains(type.Name) || type.Namespace?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true
                || type == typeof(Gebruiker) || type == typeof(GebruikerBuurtkamer))
            {
                continue;
            }

            var eigenaar = eigenaren.Van(entry);
            var (inwoner, huishouden) = Betrokkenen(eigenaar);
            var details = entry.State == EntityState.Modified ? Wijzigingen(entry) : null;
            if (entry.State == EntityState.Modified && details is null)
            {
                continue;
            }

            gebeurtenissen.Add(new AuditGebeurtenis(
                entry.State switch
                {
                    EntityState.Added => AuditActie.Aanmaken,
                    EntityState.Deleted => AuditActie.Verwijderen,
                    _ => AuditActie.Wijzigen,
                },
                eigenaar == entry ? type.Name : $"{eigenaar.Metadata.ClrType.Name}.{type.Name}",
                Sleutel(eigenaar),
                inwoner,
                huishouden,
                details));
        }

        return gebeurtenissen;
    }

    /// <summary>What of an account is audited old → new (issue 9); never a hash, stamp, key or code.</summary>
    private static readonly HashSet<string> AccountVelden =
    [
        nameof(Gebruiker.UserName), nameof(Gebruiker.Naam), nameof(Gebruiker.OrganisatieId), nameof(Gebruiker.IsActief),
        nameof(Gebruiker.TwoFactorEnabled), nameof(Gebruiker.LockoutEnd), nameof(Gebruiker.MoetWachtwoordWijzigen),
    ];

    /// <summary>
    /// Changes to accounts for the privacy officer (issue 9): the account's fields (old → new), its roles and buurtkamers,
    /// a new password, and the authenticator key and recovery codes being replaced or removed (that fact only, never their
    /// values). Null for what is not an account change, or an account change with nothing to tell (a new security stamp).
    /// </summary>
    private static AuditGebeurtenis? AccountWijziging(ChangeTracker tracker, EntityEntry entry)
    {
        var actie = entry.State switch
        {
            EntityState.Added => AuditActie.Aanmaken,
            EntityState.Deleted => AuditActie.Verwijderen,
            _ => AuditActie.Wijzigen,
        };
        switch (entry.Entity)
        {
            case Gebruiker gebruiker:
                var velden = entry.Properties
                    .Where(p => AccountVelden.Contains(p.Metadata.Name) && (entry.State == EntityState.Added || p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
                    .ToDictionary(p => p.Metadata.Name, p => new[] { entry.State == EntityState.Added ? null : Tekst(p, p.OriginalValue), Tekst(p, p.CurrentValue) });
                if (entry.State == EntityState.Modified && entry.Property(nameof(Gebruiker.PasswordHash)) is { IsModified: true } wachtwoord
                    && !Equals(wachtwoord.OriginalValue, wachtwoord.CurrentValue))
                {
                    velden["Wachtwoord"] = [wachtwoord.OriginalValue is null ? null : "(oud)", "(nieuw)"];
                }

                // The enrolment code: that one was handed out or used up, never the code or its hash.
                if (entry.Property(nameof(Gebruiker.InrichtingscodeHash)) is var inrichting
                    && (entry.State == EntityState.Added ? inrichting.CurrentValue is not null : inrichting.IsModified && !Equals(inrichting.OriginalValue, inrichting.CurrentValue)))
                {
                    velden["Inrichtingscode"] = [inrichting.OriginalValue is null || entry.State == EntityState.Added ? null : "(uitgegeven)",
                        inrichting.CurrentValue is null ? "(gebruikt of vervallen)" : "(uitgegeven)"];
                }

                return velden.Count == 0 && entry.State == EntityState.Modified
                    ? null
                    : new AuditGebeurtenis(actie, "Gebruiker", gebruiker.Id.ToString(), Details: JsonSerializer.Serialize(velden));
            case GebruikerBuurtkamer kamer:
                return new AuditGebeurtenis(actie, "Gebruiker.Buurtkamer", kamer.GebruikerId.ToString(), Details: $"Buurtkamer {kamer.BuurtkamerId}");
            case IdentityUserRole<Guid> rol:
                var naam = tracker.Entries<IdentityRole<Guid>>().FirstOrDefault(r => r.Entity.Id == rol.RoleId)?.Entity.Name ?? rol.RoleId.ToString();
                return new AuditGebeurtenis(actie, "Gebruiker.Rol", rol.UserId.ToString(), Details: $"Rol {naam}");
            case IdentityUserToken<Guid> token:
                return new AuditGebeurtenis(actie, "Gebruiker.Tweestaps", token.UserId.ToString(), Details: token.Name switch
                {
                    "AuthenticatorKey" => "Sleutel van de authenticator-app",
                    "RecoveryCodes" => "Herstelcodes",
                    _ => token.Name,
                });
            default:
                return null;
        }
    }

    /// <summary>
    /// Owned children (a gesprek, a doel, a regel of a CAK delivery) are audited under their aggregate root. The owners are
    /// looked up by key in one index per save: a search through the change tracker per child made a delivery of 100,000 regels
    /// quadratic (and every <c>Entries()</c> call ran DetectChanges again).
    /// </summary>
    private sealed class Eigenaren(List<EntityEntry> alle)
    {
        private readonly Dictionary<IKey, Dictionary<string, EntityEntry>> _perSleutel = [];

        public EntityEntry Van(EntityEntry entry)
        {
            var huidige = entry;
            while (huidige.Metadata.FindOwnership() is { } eigendom)
            {
                var fk = Tekst(eigendom.Properties.Select(p => huidige.Property(p.Name).CurrentValue));
                if (!Index(eigendom.PrincipalKey).TryGetValue(fk, out var principaal))
                {
                    break;
                }

                huidige = principaal;
            }

            return huidige;
        }

        private Dictionary<string, EntityEntry> Index(IKey sleutel)
        {
            if (!_perSleutel.TryGetValue(sleutel, out var index))
            {
                index = [];
                foreach (var e in alle.Where(e => e.Metadata == sleutel.DeclaringEntityType))
                {
                    index.TryAdd(Tekst(sleutel.Properties.Select(p => e.Property(p.Name).CurrentValue)), e);
                }

                _perSleutel[sleutel] = index;
            }

            return index;
        }

        private static string Tekst(IEnumerable<object?> waarden) =>
            string.Join('\u001f', waarden.Select(w => Convert.ToString(w, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// What <see cref="Verzamel"/> records for a new aggregate and the rows it owns, for an aggregate written without the
    /// change tracker (<see cref="Persistence.AggregaatInvoeging"/>): <c>Aanmaken</c> of the root, then one <c>Aanmaken</c> per
    /// owned row under the root (same onderwerp, key and betrokkenen as when the change tracker saves it).
    /// </summary>
    internal static List<AuditGebeurtenis> Aangemaakt(IEntityType type, object aggregaat, IReadOnlyList<(IEntityType Type, object Rij)> eigen)
    {
        var (inwoner, huishouden) = Betrokkenen(aggregaat, type, p => p.GetGetter().GetClrValue(aggregaat));
        var sleutel = Sleutel(type, p => p.GetGetter().GetClrValue(aggregaat));
        var gebeurtenissen = new List<AuditGebeurtenis>(eigen.Count + 1)
        {
            new(AuditActie.Aanmaken, type.ClrType.Name, sleutel, inwoner, huishouden, null),
        };
        foreach (var (kind, _) in eigen)
        {
            gebeurtenissen.Add(new AuditGebeurtenis(AuditActie.Aanmaken, $"{type.ClrType.Name}.{kind.ClrType.Name}", sleutel, inwoner, huishouden, null));
        }

        return gebeurtenissen;
    }

    private static (Guid? Inwoner, Guid? Huishouden) Betrokkenen(EntityEntry entry) =>
        Betrokkenen(entry.Entity, entry.Metadata, p => entry.Property(p.Name).CurrentValue);

    private static (Guid? Inwoner, Guid? Huishouden) Betrokkenen(object entiteit, IEntityType type, Func<IProperty, object?> waarde) => entiteit switch
    {
        Inwoner i => (i.Id, null),
        Huishouden h => (null, h.Id),
        _ => (type.FindProperty("InwonerId") is { } inwoner ? waarde(inwoner) as Guid? : null,
            type.FindProperty("HuishoudenId") is { } huishouden ? waarde(huishouden) as Guid? : null),
    };

    private static string? Sleutel(EntityEntry entry) => Sleutel(entry.Metadata, p => entry.Property(p.Name).CurrentValue);

    private static string? Sleutel(IEntityType type, Func<IProperty, object?> waarde)
    {
        var sleutel = type.FindPrimaryKey();
        return sleutel is null ? null : string.Join(",", sleutel.Properties.Select(waarde));
    }

    private static string? Wijzigingen(EntityEntry entry)
    {
        var velden = entry.Properties
            .Where(p => p.IsModified && p.Metadata.Name != "Versie" && !Equals(p.OriginalValue, p.CurrentValue))
            .ToDictionary(p => p.Metadata.Name, p => new[] { Tekst(p, p.OriginalValue), Tekst(p, p.CurrentValue) });
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var p in complex.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
            {
                velden[$"{complex.Metadata.Name}.{p.Metadata.Name}"] = [Tekst(p, p.OriginalValue), Tekst(p, p.CurrentValue)];
            }
        }

        return velden.Count == 0 ? null : JsonSerializer.Serialize(velden);
    }

    // Value objects are written as stored (a BSN as its nine digits), so a correction's history is complete.
    private static string? Tekst(PropertyEntry property, object? waarde) =>
        waarde is not null && property.Metadata.GetValueConverter() is { } converter
            ? Tekst(converter.ConvertToProvider(waarde))
            : Tekst(waarde);

    private static string? Tekst(object? waarde) => waarde switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset m => m.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(waarde, System.Globalization.CultureInfo.InvariantCulture),
    };
}
