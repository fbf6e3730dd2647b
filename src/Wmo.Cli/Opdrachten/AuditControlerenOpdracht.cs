using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Cli.Opdrachten;

/// <summary>
/// <c>audit controleer</c>: the check of the audit trail's hash chain that the portal runs from Privacy → "Controle van de
/// audittrail", for a scheduled job or a check without the portal: progress on standard error, the outcome in the portal's
/// words on standard output, exit code 0 only when the chain is intact. The start and the outcome are recorded in the trail.
/// </summary>
public sealed class AuditControlerenOpdracht : IOpdracht
{
    public string Naam => "audit controleer";

    public string Omschrijving =>
        "Controleert de hashketen van de audittrail tot en met de laatste regel bij de start (zoals 'Controle van de audittrail' in het portaal); exitcode 0 als de keten intact is, 1 als er een regel gewijzigd, verwijderd of toegevoegd is.";

    public IReadOnlyList<string> Voorbeelden => ["audit controleer", "audit controleer 2> voortgang.log"];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.ZorgVoorDatabaseAsync(cancellationToken);
        await using var scope = context.Services.CreateAsyncScope();
        var logboek = scope.ServiceProvider.GetRequiredService<InzageLogboek>();
        await logboek.LegVastAsync(AuditKeten.Startgebeurtenis("commandoregel"), cancellationToken);

        var klok = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var start = klok.GetTimestamp();
        var uitkomst = await AuditKeten.ControleerAsync(scope.ServiceProvider.GetRequiredService<WmoDbContext>(), cancellationToken,
            new Voortgang(context));
        await logboek.LegVastAsync(AuditKeten.Uitkomstgebeurtenis(uitkomst, klok.GetElapsedTime(start)), cancellationToken);

        await context.Uit.WriteLineAsync(uitkomst.Melding);
        return uitkomst.IsIntact ? CliProgramma.Gelukt : CliProgramma.Mislukt;
    }

    /// <summary>Each page's progress as a line on standard error (<see cref="OpdrachtContext.Voortgang"/>).</summary>
    private sealed class Voortgang(OpdrachtContext context) : IProgress<KetenVoortgang>
    {
        public void Report(KetenVoortgang value) => context.Voortgang("Regels gecontroleerd", value.Gecontroleerd, value.Totaal);
    }
}
