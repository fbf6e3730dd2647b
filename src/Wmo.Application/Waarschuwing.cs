namespace Wmo.Application;

/// <summary>
/// Something that is allowed but probably a mistake (a likely duplicate, a duration over the policy maximum; issue 12):
/// shown at the field <see cref="Veld"/> (empty: the summary), and saved only when the user chooses "toch opslaan".
/// </summary>
public sealed record Waarschuwing(string Veld, string Tekst);
