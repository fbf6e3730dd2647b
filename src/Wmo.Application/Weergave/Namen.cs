using Wmo.Domain.Catalogus;

// Every switch names each enum value without a "_ =>" fallback: a new value fails the build (CS8509).
#pragma warning disable CS8524

namespace Wmo.Application.Weergave;

/// <summary>
/// The Dutch names of the pillars and percelen, shared by the screens (<c>Teksten</c> in the web app) and the figures
/// the Application layer labels itself (monitoring, exports): one spelling everywhere.
/// </summary>
public static class Namen
{
    public static string Naam(this Pijler pijler) => pijler switch
    {
        Pijler.Basisondersteuning => "Basisondersteuning",
        Pijler.AanvullendeOndersteuning => "Aanvullende ondersteuning",
        Pijler.SocialeBasis => "Sociale basis",
        Pijler.Regionaal => "Regionale of landelijke voorziening",
        Pijler.GemeenteDirect => "Gemeente (direct)",
    };

    public static string Naam(this Perceel perceel) => perceel switch
    {
        Perceel.Basisondersteuning => "Basisondersteuning",
        Perceel.ThuisondersteuningEnDagbesteding => "Thuisondersteuning en dagbesteding",
        Perceel.HulpBijHetHuishouden => "Hulp bij het huishouden",
        Perceel.KortdurendVerblijf => "Kortdurend verblijf",
    };
}
