using Wmo.Domain.Termijnen;
using Wmo.Web.Models.Intake;

namespace Wmo.Web.Models;

/// <summary>What needs attention today, per role (issue 12: "a start page that says what to do").</summary>
public sealed class Startpagina
{
    public required DateOnly Vandaag { get; init; }

    /// <summary>Vrijwilliger: the contacts they recorded lately, and whether a sociaal werker picked them up.</summary>
    public IReadOnlyList<RecentContact> RecenteContacten { get; init; } = [];

    /// <summary>Sociaal werker: urgent first contacts in their buurtkamers that nobody picked up yet.</summary>
    public IReadOnlyList<NieuwContactRegel> UrgenteSignalen { get; init; } = [];

    /// <summary>Sociaal werker: the first of their open vragen' statutory terms that end within a week (or have passed), the earliest first.</summary>
    public IReadOnlyList<TermijnRegel> TermijnenDezeWeek { get; init; } = [];

    /// <summary>Sociaal werker: how many terms passed or end within a week in all (the list shows the first few).</summary>
    public int TermijnenTotaal { get; init; }

    public IReadOnlyList<TeruggestuurdRegel> Teruggestuurd { get; init; } = [];

    /// <summary>Toetser: the oldest adviezen in the queue with their beslistermijn, and how many there are in all.</summary>
    public IReadOnlyList<Besluiten.ToetsRegel> Wachtrij { get; init; } = [];

    public int WachtrijTotaal { get; init; }

    /// <summary>Beheerder: open buurtkamers where no active sociaal werker works.</summary>
    public IReadOnlyList<string> BuurtkamersZonderSociaalWerker { get; init; } = [];

    /// <summary>Beheerder: active toetsers and beheerders who have not set up two-step verification yet.</summary>
    public IReadOnlyList<string> AccountsZonderTweeStaps { get; init; } = [];
}

public sealed record RecentContact(Guid Id, DateOnly Meldingsdatum, string MelderNaam, string Buurtkamer, bool IsOpgepakt);

public sealed record TermijnRegel(Guid VraagId, string Inwoner, string Soort, Termijn Termijn);
