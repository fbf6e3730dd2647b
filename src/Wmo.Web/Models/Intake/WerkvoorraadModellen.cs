using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Intake;

/// <summary>Filter of the werkvoorraad (query string, GET form).</summary>
public sealed class WerkvoorraadFilter
{
    public VraagStatus? Status { get; set; }

    public Guid? Buurtkamer { get; set; }

    public bool AlleenUrgent { get; set; }

    public int? Pagina { get; set; }

    /// <summary>The page of the new first contacts (paged on its own, next to the open vragen).</summary>
    public int? ContactPagina { get; set; }
}

public sealed record NieuwContactRegel(Guid Id, DateOnly Meldingsdatum, string MelderNaam, string? OverWie, string Vraag, string Buurtkamer, Veiligheidssignaal? Signaal, int? Leeftijd = null);

public sealed record VraagRegel(Guid Id, string Inwoner, string Buurtkamer, VraagStatus Status, DateOnly Meldingsdatum, Veiligheidssignaal? Signaal, Termijn Onderzoekstermijn, Termijn? Beschikkingstermijn, bool IsOpgeschort)
{
    /// <summary>The beslistermijn was extended by a notice to the inwoner (Awb 4:14); the deadline shown is the new date.</summary>
    public bool IsVerdaagd { get; init; }
}

public sealed record TeruggestuurdRegel(Guid VraagId, Guid AdviesId, string Inwoner, DateOnly Meldingsdatum);

public sealed record WerkvoorraadModel(
    Pagina<NieuwContactRegel> NieuweContacten,
    Pagina<VraagRegel> Vragen,
    IReadOnlyList<TeruggestuurdRegel> Teruggestuurd,
    WerkvoorraadFilter Filter,
    IReadOnlyList<SelectListItem> Buurtkamers,
    DateOnly Vandaag)
{
    /// <summary>Open verzoeken om toewijzing (WMO315) that are this sociaal werker's.</summary>
    public IReadOnlyList<Wmo.Application.Toewijzingen.VerzoekRegel> Verzoeken { get; init; } = [];
}
