using FluentValidation;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Hosting;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models;

public sealed class InzageverzoekModel
{
    public string? Bsn { get; set; }

    public int? Pagina { get; set; }
}

public sealed class InzageverzoekModelValidator : AbstractValidator<InzageverzoekModel>
{
    public InzageverzoekModelValidator()
    {
        RuleFor(m => m.Bsn).NotEmpty().WithMessage("Vul het BSN van de inwoner in.")
            .IsBsn();
    }
}

/// <summary>The page: the form field (same name as in <see cref="InzageverzoekModel"/>) and the result.</summary>
public sealed record InzageoverzichtModel(string? Bsn, string? InwonerNaam, Pagina<AuditRegel>? Regels);

/// <summary>The page of the chain check: the running and the last check, and whether the page refreshes itself.</summary>
public sealed record KetenpaginaModel(KetencontroleStand Stand, bool VerverstZichzelf)
{
    /// <summary>How often the page refreshes itself while a check runs.</summary>
    public const int VerversSeconden = 2;
}
