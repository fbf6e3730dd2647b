namespace Wmo.Infrastructure.Toegang;

/// <summary>
/// One household under one caseload key (<see cref="Domain.Huishoudens.Caseloadsleutels"/>): a maintained index, so a list
/// over the caseload reads a sociaal werker's households (thousands) instead of every vraag of their buurtkamers (tens of
/// thousands on amsterdam; issue 15). Kept up to date in the same transaction as every change of a vraag or household
/// (<see cref="CaseloadOnderhoud"/>); derived data, not audited.
/// </summary>
public sealed class CaseloadHuishouden
{
    public CaseloadHuishouden(Guid sleutelId, Guid huishoudenId, bool metLegacyBeschikking)
    {
        SleutelId = sleutelId;
        HuishoudenId = huishoudenId;
        MetLegacyBeschikking = metLegacyBeschikking;
    }

    public Guid SleutelId { get; private set; }

    public Guid HuishoudenId { get; private set; }

    /// <summary>
    /// The household has a beschikking from before the transition (002 §6.1): the transitie-werklijst reads, per key, only
    /// these households (a partial index; thirteenth round), not the whole caseload.
    /// </summary>
    public bool MetLegacyBeschikking { get; internal set; }
}

/// <summary>
/// A current member of a household under one caseload key, with their name in the order of the search results (search key
/// of the surname, first names): the name search of a sociaal werker reads, per key, only the first members of their own
/// caseload with that name, as many as the page needs (issue 15). A candidate index: the search still tests every candidate
/// against the live need-to-know rules (<c>DossierToegang</c>).
/// </summary>
public sealed class CaseloadLid
{
    public CaseloadLid(Guid sleutelId, Guid huishoudenId, Guid inwonerId, string zoekAchternaam, string voornamen)
    {
        Voornamen = voornamen;
        SleutelId = sleutelId;
        HuishoudenId = huishoudenId;
        InwonerId = inwonerId;
        ZoekAchternaam = zoekAchternaam;
    }

    public Guid SleutelId { get; private set; }

    public Guid HuishoudenId { get; private set; }

    public Guid InwonerId { get; private set; }

    public string ZoekAchternaam { get; internal set; }

    public string Voornamen { get; internal set; }
}

/// <summary>A current member of a household with the name the caseload index keeps of them.</summary>
public readonly record struct CaseloadLidNaam(Guid InwonerId, string ZoekAchternaam, string Voornamen);

/// <summary>
/// The index rows of one household: per key (<see cref="Domain.Huishoudens.Caseloadsleutels"/>) the household, and per key
/// each current member with their name. The one place the rows are made, for <see cref="CaseloadOnderhoud"/> and the seeder.
/// </summary>
public static class CaseloadRijen
{
    public static (List<CaseloadHuishouden> Huishoudens, List<CaseloadLid> Leden) Van(
        Guid huishoudenId, Guid? regievoerderId, IEnumerable<Domain.Huishoudens.CaseloadVraag> vragen, IReadOnlyCollection<CaseloadLidNaam> leden,
        bool metLegacyBeschikking)
    {
        ArgumentNullException.ThrowIfNull(leden);
        var huishoudens = new List<CaseloadHuishouden>();
        var rijen = new List<CaseloadLid>();
        foreach (var sleutel in Domain.Huishoudens.Caseloadsleutels.Van(regievoerderId, vragen))
        {
            huishoudens.Add(new CaseloadHuishouden(sleutel, huishoudenId, metLegacyBeschikking));
            rijen.AddRange(leden.Select(l => new CaseloadLid(sleutel, huishoudenId, l.InwonerId, l.ZoekAchternaam, l.Voornamen)));
        }

        return (huishoudens, rijen);
    }
}
