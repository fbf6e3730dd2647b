using Wmo.Domain.Common;

namespace Wmo.Infrastructure.Identity;

/// <summary>Identity role names; they are the names of <see cref="Rol"/> so there is one list of roles.</summary>
public static class Rollen
{
    public const string Vrijwilliger = nameof(Rol.Vrijwilliger);
    public const string SociaalWerker = nameof(Rol.SociaalWerker);
    public const string Toetser = nameof(Rol.Toetser);
    public const string Beheerder = nameof(Rol.Beheerder);

    public static IReadOnlyList<string> Alle { get; } = Enum.GetNames<Rol>();

    /// <summary>The Dutch label of a role for the UI.</summary>
    public static string Weergave(string rol) => rol switch
    {
        Vrijwilliger => "Vrijwilliger",
        SociaalWerker => "Sociaal werker",
        Toetser => "Toetser (gemeente)",
        Beheerder => "Beheerder",
        _ => rol,
    };
}
