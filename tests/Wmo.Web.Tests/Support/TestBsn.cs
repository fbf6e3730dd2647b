namespace Wmo.Web.Tests.Support;

/// <summary>The one generator of test BSNs (shared with the browser tests): fresh per call, passing the elfproef.</summary>
public static class TestBsn
{
    private static int _volgnummer = Random.Shared.Next(10_000, 90_000);

    /// <summary>A BSN no other call in this test run returns, so tests sharing one database never collide.</summary>
    public static string Nieuw()
    {
        while (true)
        {
            var basis = $"1{Interlocked.Increment(ref _volgnummer) % 100_000:D5}{Random.Shared.Next(0, 100):D2}";
            var som = 0;
            for (var i = 0; i < 8; i++)
            {
                som += (9 - i) * (basis[i] - '0');
            }

            var controle = som % 11;
            if (controle < 10 && Wmo.Domain.ValueObjects.Bsn.TryParse(basis + controle, out _))
            {
                return basis + controle;
            }
        }
    }
}
