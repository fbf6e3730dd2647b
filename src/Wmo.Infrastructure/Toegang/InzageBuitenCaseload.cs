namespace Wmo.Infrastructure.Toegang;

/// <summary>
/// An explicit, reasoned look at a household outside the sociaal werker's own caseload (issue 5, DOMAIN.md §8):
/// allowed, but only with a reason, for a limited time, recorded in the audit trail and listed for the privacy officer.
/// </summary>
public sealed class InzageBuitenCaseload
{
    public const int MinimaleRedenLengte = 10;

    public static readonly TimeSpan Geldigheid = TimeSpan.FromHours(8);

    private InzageBuitenCaseload()
    {
        Reden = string.Empty;
    }

    public InzageBuitenCaseload(Guid gebruikerId, Guid huishoudenId, string reden, DateTimeOffset vanaf)
    {
        if (string.IsNullOrWhiteSpace(reden) || reden.Trim().Length < MinimaleRedenLengte)
        {
            throw new ArgumentException("Een reden is verplicht.", nameof(reden));
        }

        Id = Guid.CreateVersion7();
        GebruikerId = gebruikerId;
        HuishoudenId = huishoudenId;
        Reden = reden.Trim();
        Vanaf = vanaf.UtcDateTime;
        Tot = (vanaf + Geldigheid).UtcDateTime;
    }

    public Guid Id { get; private set; }

    public Guid GebruikerId { get; private set; }

    public Guid HuishoudenId { get; private set; }

    public string Reden { get; private set; }

    // UTC DateTime rather than DateTimeOffset: SQLite can compare these in a query ("still valid now?").
    public DateTime Vanaf { get; private set; }

    public DateTime Tot { get; private set; }
}
