using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Termijnen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Beleid;

/// <summary>The gemeente's policy as configured, before the reference data of the database is added.</summary>
public sealed record GeconfigureerdBeleid(WmoBeleid Beleid);

/// <summary>
/// Adds the gelijkgestelde dagen (Atw art. 3 lid 3) the beheerder maintains to the term settings, so every term computed
/// with the scoped <see cref="WmoBeleid"/> (web request, command line, seeder) uses the current table. Read once per scope:
/// a change on one instance is seen by the next request on every instance.
/// </summary>
public static class BeleidMetFeestdagen
{
    public static WmoBeleid Laad(WmoBeleid geconfigureerd, WmoDbContext db)
    {
        ArgumentNullException.ThrowIfNull(geconfigureerd);
        ArgumentNullException.ThrowIfNull(db);
        var dagen = db.GelijkgesteldeDagen.AsNoTracking().ToList();
        return geconfigureerd with { Termijnen = geconfigureerd.Termijnen with { Kalender = new Feestdagkalender(dagen) } };
    }
}
