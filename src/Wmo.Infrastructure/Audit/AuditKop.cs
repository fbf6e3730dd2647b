namespace Wmo.Infrastructure.Audit;

/// <summary>
/// The head of the hash chain: one row, locked by every transaction that appends, so concurrent writers on
/// several instances append one after another and the chain never forks.
/// </summary>
public sealed class AuditKop
{
    public const int EnigeId = 1;

    public int Id { get; set; } = EnigeId;

    public long LaatsteVolgnummer { get; set; }

    public string LaatsteHash { get; set; } = AuditKeten.Begin;

    /// <summary>
    /// The last entry of the portal's read journal (<see cref="InzageJournaal"/>) that is in the trail, moved in the same
    /// transaction that appends it: after a crash the journal is read in from the entry after this one, never twice.
    /// </summary>
    public long JournaalVolgnummer { get; set; }
}
