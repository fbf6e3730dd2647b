using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Hosting;

/// <summary>
/// One check of the audit trail's hash chain: who started it and when, how far it is, and once it ended its outcome
/// (<see cref="Uitkomst"/>) or why it could not finish (<see cref="Mislukt"/>).
/// </summary>
public sealed record Ketencontrole(
    DateTimeOffset Gestart,
    string GestartDoor,
    KetenVoortgang Voortgang,
    TimeSpan Duur,
    KetenControle? Uitkomst = null,
    string? Mislukt = null)
{
    public bool Loopt => Uitkomst is null && Mislukt is null;
}

/// <summary>What the privacy page shows: the check that runs now, if any, and the last one that ended.</summary>
public sealed record KetencontroleStand(Ketencontrole? Lopend, Ketencontrole? Laatste);

/// <summary>
/// Runs the check of the audit trail's hash chain (<see cref="AuditKeten.ControleerAsync"/>) in the background, one at a
/// time per process, so a beheerder's request does not wait the minute that millions of entries take (issue 15). The check
/// gets its own scope and context, hears of the application stopping (<see cref="StopAsync"/> cancels and waits), and a
/// failure becomes a failed check, never an error page. The start is recorded by the controller; the outcome is recorded
/// here, as the user who started it. The state lives in this process: with several instances each knows only its own last
/// check, and a restart forgets it; the audit trail keeps every start and outcome (docs/privacy-en-beveiliging.md).
/// </summary>
public sealed partial class KetencontroleDienst(
    IServiceScopeFactory scopes,
    GebundeldeAuditSchrijver audit,
    TimeProvider klok,
    ILogger<KetencontroleDienst> logger) : IHostedService, IDisposable
{
    private readonly Lock slot = new();
    private readonly CancellationTokenSource stoppen = new();
    private Ketencontrole? lopend;
    private Ketencontrole? laatste;
    private long gestartOp;
    private KetenVoortgang voortgang;
    private Task taak = Task.CompletedTask;
    private bool weg;

    /// <summary>Entries per page of the check; tests take small pages to see progress in steps.</summary>
    internal int Pagina { get; set; } = AuditKeten.StandaardPagina;

    /// <summary>For tests: hears each step of progress on the check's own thread, after the page shows it (to hold a check running, or make it fail).</summary>
    internal Action<KetenVoortgang>? BijVoortgang { get; set; }

    /// <summary>The check that runs (with its progress now) and the last one that ended.</summary>
    public KetencontroleStand Stand
    {
        get
        {
            lock (slot)
            {
                return new KetencontroleStand(lopend is null ? null : lopend with { Voortgang = voortgang, Duur = klok.GetElapsedTime(gestartOp) }, laatste);
            }
        }
    }

    /// <summary>Completes when the running check (if any) has ended.</summary>
    public Task Afgerond
    {
        get
        {
            lock (slot)
            {
                return taak;
            }
        }
    }

    /// <summary>Starts a check for <paramref name="door"/>; false (and nothing started) when one is already running.</summary>
    public bool Start(AuditActeur door)
    {
        ArgumentNullException.ThrowIfNull(door);
        lock (slot)
        {
            if (lopend is not null || weg || stoppen.IsCancellationRequested)
            {
                return false;
            }

            lopend = new Ketencontrole(klok.GetUtcNow(), door.Naam, default, TimeSpan.Zero);
            gestartOp = klok.GetTimestamp();
            voortgang = default;

            // Not the request's execution context: the check outlives the request and must not see its HttpContext.
            using (ExecutionContext.SuppressFlow())
            {
                taak = Task.Run(() => VoerUitAsync(door, stoppen.Token), CancellationToken.None);
            }

            return true;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Cancels a running check and releases the token source. A test host disposes the container before it stops the host;
    /// <see cref="StopAsync"/> then has nothing left to do.
    /// </summary>
    public void Dispose()
    {
        lock (slot)
        {
            if (weg)
            {
                return;
            }

            weg = true;
        }

        stoppen.Cancel();
        stoppen.Dispose();
    }

    /// <summary>Cancels a running check and waits for it to record that, before the database goes away.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (slot)
        {
            if (weg)
            {
                return;
            }
        }

        await stoppen.CancelAsync();
        await Afgerond.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task VoerUitAsync(AuditActeur door, CancellationToken cancellationToken)
    {
        KetenControle? uitkomst = null;
        string? mislukt = null;
        try
        {
            // Whatever the portal recorded before the start is in the trail, so the check covers it.
            await audit.SpoelAsync(cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
            uitkomst = await AuditKeten.ControleerAsync(db, cancellationToken, new Voortgang(this), Pagina);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            mislukt = "De controle is afgebroken omdat het portaal stopte.";
        }
        catch (Exception e)
        {
            LogMislukt(e);
            mislukt = "De controle kon niet worden afgemaakt door een technische fout (zie het logboek van het portaal). Start hem opnieuw; blijft dit gebeuren, meld het dan bij de technisch beheerder.";
        }

        Ketencontrole klaar;
        lock (slot)
        {
            klaar = lopend! with { Voortgang = voortgang, Duur = klok.GetElapsedTime(gestartOp), Uitkomst = uitkomst, Mislukt = mislukt };
            laatste = klaar;
            lopend = null;
        }

        await LegUitkomstVastAsync(klaar, door);
    }

    private async Task LegUitkomstVastAsync(Ketencontrole klaar, AuditActeur door)
    {
        try
        {
            await audit.LegVastAsync([AuditKeten.Uitkomstgebeurtenis(klaar.Uitkomst, klaar.Duur, klaar.Mislukt)], door);
        }
        catch (Exception e)
        {
            // Nobody waits for this task; the outcome is on the page, and the log says the trail missed it.
            LogNietVastgelegd(e);
        }
    }

    private void Meld(KetenVoortgang stand)
    {
        lock (slot)
        {
            voortgang = stand;
        }

        BijVoortgang?.Invoke(stand);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "De controle van de hashketen mislukte")]
    private partial void LogMislukt(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "De uitkomst van de controle van de hashketen kon niet in de audittrail worden vastgelegd")]
    private partial void LogNietVastgelegd(Exception e);

    /// <summary>Progress straight into the state, on the check's own thread (<see cref="Progress{T}"/> would post it later).</summary>
    private sealed class Voortgang(KetencontroleDienst dienst) : IProgress<KetenVoortgang>
    {
        public void Report(KetenVoortgang value) => dienst.Meld(value);
    }
}
