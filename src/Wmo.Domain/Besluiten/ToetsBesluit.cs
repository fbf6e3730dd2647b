namespace Wmo.Domain.Besluiten;

/// <summary>What the toetser decides on a zwaarwegend advies (DOMAIN.md §2.5).</summary>
public enum ToetsBesluit
{
    Goedkeuren = 1,
    Terugsturen = 2,
    Afwijken = 3,
    Afwijzen = 4,
}
