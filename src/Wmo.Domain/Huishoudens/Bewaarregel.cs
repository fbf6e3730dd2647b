using System.Linq.Expressions;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Transitie;
using Wmo.Domain.Vragen;

namespace Wmo.Domain.Huishoudens;

/// <summary>
/// When a household's dossier may be removed (AVG art. 5 lid 1 sub e, opslagbeperking): every vraag is closed (afgesloten or
/// beschikt) and its last closure lies before the <see cref="Grens"/>, no beschikking of it runs or ended on or after the
/// grens, no legacy beschikking ends on or after it, and there is no active plan. The term itself (default 15 years after
/// the last closure) is the gemeente's, confirmed by its archivist (Archiefwet 1995 art. 5: the selectielijst decides);
/// the portal reads it from its configuration (<c>Bewaren:TermijnJaren</c>). The rules are expressions, so the database
/// applies them (issue 15: the bewaartermijnoverzicht counts in SQL).
/// </summary>
public static class Bewaarregel
{
    /// <summary>Dossiers whose last closure lies before this day have passed the term.</summary>
    public static DateOnly Grens(DateOnly vandaag, int termijnJaren) => vandaag.AddYears(-termijnJaren);

    /// <summary>
    /// A vraag that keeps its household's dossier: still open, or closed on or after the grens. The day it closed for the
    /// term: its closure, else its outcome, else its melding.
    /// </summary>
    public static Expression<Func<Ondersteuningsvraag, bool>> VraagHoudtVast(DateOnly grens) =>
        v => (v.Status != VraagStatus.Afgesloten && v.Status != VraagStatus.Beschikt) || (v.AfgeslotenOp ?? v.UitkomstDatum ?? v.Meldingsdatum) >= grens;

    /// <summary>An active plan keeps its household's dossier; only a household without one can have passed the term.</summary>
    public static Expression<Func<Huishouden, bool>> ZonderActiefPlan { get; } = h => h.ActiefPlanId == null;

    /// <summary>A beschikking that keeps its household's dossier: it runs without an end, or ends on or after the grens.</summary>
    public static Expression<Func<Beschikking, bool>> BeschikkingHoudtVast(DateOnly grens) => b => b.Einddatum == null || b.Einddatum >= grens;

    /// <summary>A legacy beschikking (002 §6.1) that keeps its household's dossier: it ends on or after the grens.</summary>
    public static Expression<Func<LegacyBeschikking, bool>> LegacyHoudtVast(DateOnly grens) => l => l.Einddatum >= grens;

    /// <summary>
    /// Every vraag of a household whose term has passed matches one of these (the day it closed, in
    /// <see cref="VraagHoudtVast"/>, is one of these three and lies before the grens); each is one column, searchable through
    /// its own index. So the households to test are found from their old vragen, not by testing every household of the
    /// gemeente. Not enough on its own: <see cref="VraagHoudtVast"/> and the others decide.
    /// </summary>
    public static IReadOnlyList<Expression<Func<Ondersteuningsvraag, bool>>> KanVerlopenZijn(DateOnly grens) =>
    [
        v => v.AfgeslotenOp < grens,
        v => v.UitkomstDatum < grens,
        v => v.Meldingsdatum < grens,
    ];
}
