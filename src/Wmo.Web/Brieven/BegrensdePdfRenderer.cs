using Microsoft.Extensions.Options;

namespace Wmo.Web.Brieven;

/// <summary>
/// At most <see cref="PdfOpties.MaximaalTegelijk"/> Chromium processes at a time (default 2), with a short queue of
/// <see cref="PdfOpties.Wachtrij"/> requests that wait up to <see cref="PdfOpties.WachttijdSeconden"/>; beyond that the
/// user gets "bezig, probeer het zo opnieuw" instead of a machine that runs out of memory for everyone (issue 9).
/// </summary>
public sealed class BegrensdePdfRenderer(IPdfRenderer binnen, IOptions<PdfOpties> opties) : IPdfRenderer, IDisposable
{
    public const string Bezig = "Er worden nu veel brieven gemaakt; het portaal is bezig. Probeer het zo opnieuw.";

    private readonly SemaphoreSlim _plaatsen = new(Math.Max(1, opties.Value.MaximaalTegelijk));
    private int _wachtend;

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        if (!_plaatsen.Wait(0))
        {
            if (Interlocked.Increment(ref _wachtend) > opties.Value.Wachtrij)
            {
                Interlocked.Decrement(ref _wachtend);
                throw new PdfMislukt(Bezig);
            }

            try
            {
                if (!await _plaatsen.WaitAsync(TimeSpan.FromSeconds(opties.Value.WachttijdSeconden), cancellationToken))
                {
                    throw new PdfMislukt(Bezig);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _wachtend);
            }
        }

        try
        {
            return await binnen.RenderAsync(html, cancellationToken);
        }
        finally
        {
            _plaatsen.Release();
        }
    }

    public void Dispose() => _plaatsen.Dispose();
}
