using Wmo.Domain.Afweging;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;

namespace Wmo.Domain.Vragen;

/// <summary>The afwegingskader as applied in this vraag: suggestion, reasons, the professional's choice (002 §4.1).</summary>
public sealed class KaderBeoordeling
{
    private KaderBeoordeling()
    {
        Redenen = string.Empty;
    }

    internal KaderBeoordeling(Afwegingsresultaat resultaat, Guid doorId)
    {
        Regel.Eis(resultaat.Keuze is not null, Regelnamen.KeuzeNaAfweging, "Kies eerst basisondersteuning of aanvullende ondersteuning.");
        Id = Guid.CreateVersion7();
        Vorm = resultaat.Vorm;
        Suggestie = resultaat.Suggestie;
        Keuze = resultaat.Keuze!.Value;
        Motivering = resultaat.Motivering;
        Redenen = string.Join(Environment.NewLine, resultaat.Redenen);
        DoorId = doorId;
    }

    public Guid Id { get; private set; }

    public Ondersteuningsvorm Vorm { get; private set; }

    public Pijler Suggestie { get; private set; }

    public Pijler Keuze { get; private set; }

    public string? Motivering { get; private set; }

    /// <summary>One reason per line, as produced by <see cref="Afwegingskader.Beoordeel"/>.</summary>
    public string Redenen { get; private set; }

    public Guid DoorId { get; private set; }
}
