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

    public static readonly DateOnly VroegsteDatum = new(1900, 1, 1);

    public static readonly DateOnly LaatsteDatum = new(2100, 12, 31);

    /// <summary>
    /// Issue 9: a date outside 1900–2100 is a typing error; stored, it overflowed the term arithmetic and broke the dossier
    /// and the whole werkvoorraad of its behandelaar. The forms check the same range (DatumBinder).
    /// </summary>
    public static DateOnly BruikbareDatum(DateOnly datum)
    {
        Eis(datum >= VroegsteDatum && datum <= LaatsteDatum, Regelnamen.BruikbareDatum, "Vul een datum tussen 1900 en 2100 in.");
        return datum;
    }

    public static string VerplichteTekst(string? tekst, string regel, string melding)
    {
        Eis(!string.IsNullOrWhiteSpace(tekst), regel, melding);
        return tekst!.Trim();
    }
}
