namespace Wmo.Domain.Common;

/// <summary>
/// Guard for rules written as named methods: <c>Regel.Eis(voorwaarde, nameof(MijnRegel), "melding")</c>.
/// The rule's name travels with the <see cref="DomainException"/> so the UI and logs can tell rules apart.
/// </summary>
public static class Regel
{
    public static void Eis(bool voorwaarde, string regel, string melding)
    {
        if (!voorwaarde)
        {
            throw new DomainException(regel, melding);
        }
    }

    public static string VerplichteTekst(string? tekst, string regel, string melding)
    {
        Eis(!string.IsNullOrWhiteSpace(tekst), regel, melding);
        return tekst!.Trim();
    }
}
