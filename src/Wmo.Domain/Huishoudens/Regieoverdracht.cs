namespace Wmo.Domain.Huishoudens;

/// <summary>A logged assignment or hand-over of the regievoerder (002 §2.3: one household, one regievoerder).</summary>
public sealed class Regieoverdracht
{
    private Regieoverdracht()
    {
        Reden = string.Empty;
    }

    internal Regieoverdracht(Guid? vorigeRegievoerderId, Guid nieuweRegievoerderId, string reden, Guid doorGebruikerId, DateTimeOffset moment)
    {
        Id = Guid.CreateVersion7();
        VorigeRegievoerderId = vorigeRegievoerderId;
        NieuweRegievoerderId = nieuweRegievoerderId;
        Reden = reden;
        DoorGebruikerId = doorGebruikerId;
        Moment = moment;
    }

    public Guid Id { get; private set; }

    public Guid? VorigeRegievoerderId { get; private set; }

    public Guid NieuweRegievoerderId { get; private set; }

    public string Reden { get; private set; }

    public Guid DoorGebruikerId { get; private set; }

    public DateTimeOffset Moment { get; private set; }
}

/// <summary>
/// Regie outside the Wmo: the JET worker for the Jeugdwet part (002 §4.6) or Sociale Zaken for werk/inkomen.
/// Recorded next to the regievoerder, never as a second one.
/// </summary>
public enum RegieDomein
{
    JeugdExpertTeam = 1,
    SocialeZaken = 2,
}

public sealed record AndereRegie(RegieDomein Domein, string Naam, string? Contact);
