using Wmo.Domain.Common;

namespace Wmo.Domain.ValueObjects;

/// <summary>A period of calendar days, both ends inclusive; no <see cref="Einde"/> means open-ended.</summary>
public sealed record Periode
{
    public Periode(DateOnly start, DateOnly? einde = null)
    {
        Regel.Eis(einde is null || einde >= start, Regelnamen.PeriodeEindigtNietVoorStart, "De einddatum ligt voor de begindatum.");
        Start = Regel.BruikbareDatum(start);
        Einde = einde is { } e ? Regel.BruikbareDatum(e) : null;
    }

    public DateOnly Start { get; }

    public DateOnly? Einde { get; }

    public bool IsOpen => Einde is null;

    public bool Bevat(DateOnly datum) => datum >= Start && (Einde is null || datum <= Einde);

    public bool Overlapt(Periode andere) =>
        (andere.Einde is null || Start <= andere.Einde) && (Einde is null || andere.Start <= Einde);

    /// <summary>Number of days, both ends counted; null for an open period.</summary>
    public int? AantalDagen => Einde is null ? null : Einde.Value.DayNumber - Start.DayNumber + 1;

    public Periode SluitAf(DateOnly einde) => new(Start, einde);

    public override string ToString() => Einde is null ? $"vanaf {Start:dd-MM-yyyy}" : $"{Start:dd-MM-yyyy} t/m {Einde:dd-MM-yyyy}";
}
