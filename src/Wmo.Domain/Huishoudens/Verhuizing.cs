using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Huishoudens;

/// <summary>Moves an inwoner between households: ends the old membership the day before, keeps its history.</summary>
public static class Verhuizing
{
    public static Lidmaatschap Verhuis(Guid inwonerId, Huishouden van, Huishouden naar, Relatie nieuweRelatie, DateOnly verhuisdatum, IEnumerable<Periode> overigeLidmaatschappen)
    {
        van.BeeindigLidmaatschap(inwonerId, verhuisdatum.AddDays(-1));
        var elders = van.Lidmaatschappen.Where(l => l.InwonerId == inwonerId).Select(l => l.Periode).Concat(overigeLidmaatschappen);
        return naar.VoegLidToe(inwonerId, nieuweRelatie, verhuisdatum, elders);
    }
}
