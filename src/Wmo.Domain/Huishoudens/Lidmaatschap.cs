using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Huishoudens;

/// <summary>Relation within the household; needed to judge gebruikelijke hulp (DOMAIN.md §4).</summary>
public enum Relatie
{
    Partner = 1,
    Ouder = 2,
    Kind = 3,
    Huisgenoot = 4,
}

/// <summary>An inwoner's membership of a household for a period; ended, never deleted, so moves keep history.</summary>
public sealed class Lidmaatschap
{
    private Lidmaatschap()
    {
    }

    internal Lidmaatschap(Guid inwonerId, Relatie relatie, DateOnly vanaf)
    {
        Id = Guid.CreateVersion7();
        InwonerId = inwonerId;
        Relatie = relatie;
        Vanaf = vanaf;
    }

    public Guid Id { get; private set; }

    public Guid InwonerId { get; private set; }

    public Relatie Relatie { get; private set; }

    public DateOnly Vanaf { get; private set; }

    public DateOnly? Tot { get; private set; }

    public Periode Periode => new(Vanaf, Tot);

    internal void Beeindig(DateOnly tot) => Tot = new Periode(Vanaf, tot).Einde;
}
