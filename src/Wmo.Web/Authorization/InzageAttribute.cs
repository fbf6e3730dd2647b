using Wmo.Infrastructure.Audit;

namespace Wmo.Web.Authorization;

/// <summary>What part of a dossier a page shows; its name is the audit trail's <c>Onderwerp</c>.</summary>
public enum Dossierdeel
{
    Huishouden = 1,
    Vraag = 2,
    Advies = 3,
    Beschikking = 4,
    Bezwaar = 5,
    EersteContact = 6,
    Plan = 7,
    Klacht = 8,
    LegacyBeschikking = 9,

    /// <summary>An iWmo message (or its retour message): BSN, name and toewijzingen of one inwoner.</summary>
    IwmoBericht = 10,

    /// <summary>An aanbieder's verzoek om toewijzing (WMO315): name and BSN of one inwoner, the product asked for.</summary>
    VerzoekOmToewijzing = 11,
}

/// <summary>
/// Declares, at the action (or for every action of the controller), that it shows personal data of one dossier:
/// <see cref="InzageAuditFilter"/> records each showing (and each refused attempt) with the inwoner and household it
/// concerns (AVG art. 30/32, NEN 7513). An action-level declaration overrides the controller's.
/// </summary>
/// <param name="deel">What the page shows.</param>
/// <param name="sleutel">The route or query value that holds the id of <paramref name="deel"/>.</param>
/// <param name="actie">Inzien, or Afdrukken for a printed letter or PDF.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class InzageAttribute(Dossierdeel deel, string sleutel = "id", AuditActie actie = AuditActie.Inzien) : Attribute
{
    public Dossierdeel Deel { get; } = deel;

    public string Sleutel { get; } = sleutel;

    public AuditActie Actie { get; } = actie;
}

/// <summary>
/// Declares that an action which opens a record by id shows no dossier data (beheer, a form without personal data),
/// with the reason; the inzage test demands either this or <see cref="InzageAttribute"/> on every such action.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class GeenInzageAttribute(string reden) : Attribute
{
    public string Reden { get; } = reden;
}
