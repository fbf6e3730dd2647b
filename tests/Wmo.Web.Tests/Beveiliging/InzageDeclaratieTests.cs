using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Authorization;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>
/// Every action that opens a record by id declares at the action (or its controller) whether it shows dossier data:
/// <c>[Inzage(...)]</c>, which the audit filter records, or <c>[GeenInzage(reden)]</c>. A new page without a
/// declaration fails here, like a page missing from the authorization matrix.
/// </summary>
public sealed class InzageDeclaratieTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    /// <summary>The pages that show a dossier (or print its letter), with what they record: the spec of the audit of reads.</summary>
    private static readonly Dictionary<string, (Dossierdeel Deel, string Sleutel, AuditActie Actie)> Verwacht = new(StringComparer.Ordinal)
    {
        ["Brief.Advies"] = (Dossierdeel.Advies, "adviesId", AuditActie.Inzien),
        ["Brief.AdviesPdf"] = (Dossierdeel.Advies, "adviesId", AuditActie.Afdrukken),
        ["Brief.Beschikking"] = (Dossierdeel.Beschikking, "beschikkingId", AuditActie.Inzien),
        ["Brief.BeschikkingPdf"] = (Dossierdeel.Beschikking, "beschikkingId", AuditActie.Afdrukken),
        ["Brief.Verwijsbrief"] = (Dossierdeel.Vraag, "vraagId", AuditActie.Inzien),
        ["Brief.VerwijsbriefPdf"] = (Dossierdeel.Vraag, "vraagId", AuditActie.Afdrukken),
        ["EersteContact.Details"] = (Dossierdeel.EersteContact, "id", AuditActie.Inzien),
        ["Huishouden.Berichten"] = (Dossierdeel.Huishouden, "id", AuditActie.Inzien),
        ["Huishouden.Details"] = (Dossierdeel.Huishouden, "id", AuditActie.Inzien),
        ["Iwmo.Bestand"] = (Dossierdeel.IwmoBericht, "id", AuditActie.Inzien),
        ["Iwmo.Retour"] = (Dossierdeel.IwmoBericht, "id", AuditActie.Inzien),
        ["Klacht.Details"] = (Dossierdeel.Klacht, "id", AuditActie.Inzien),
        ["Klacht.Nieuw"] = (Dossierdeel.Huishouden, "huishoudenId", AuditActie.Inzien),
        ["Plan.Bewerken"] = (Dossierdeel.Plan, "id", AuditActie.Inzien),
        ["Bezwaar.Details"] = (Dossierdeel.Bezwaar, "id", AuditActie.Inzien),
        ["Toetsing.Advies"] = (Dossierdeel.Advies, "id", AuditActie.Inzien),
        ["Toetsing.Beschikking"] = (Dossierdeel.Beschikking, "id", AuditActie.Inzien),
        ["Transitie.Gesprek"] = (Dossierdeel.LegacyBeschikking, "id", AuditActie.Inzien),
        ["Vraag.AdviesHerzien"] = (Dossierdeel.Advies, "id", AuditActie.Inzien),
        ["Vraag.Details"] = (Dossierdeel.Vraag, "id", AuditActie.Inzien),
    };

    [Fact]
    public void Elke_actie_die_een_record_opent_verklaart_of_ze_een_dossier_toont()
    {
        var zonder = Acties()
            .Where(a => OpentRecord(a) && Declaratie(a) is null && !a.EndpointMetadata.OfType<GeenInzageAttribute>().Any())
            .Select(Naam)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(zonder.Count == 0, "Zonder [Inzage] of [GeenInzage]: " + string.Join(", ", zonder));
    }

    [Fact]
    public void De_dossierpaginas_leggen_vast_wat_ze_tonen()
    {
        var acties = Acties().GroupBy(Naam).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var (naam, (deel, sleutel, actie)) in Verwacht)
        {
            Assert.True(acties.ContainsKey(naam), $"{naam} bestaat niet meer.");
            foreach (var descriptor in acties[naam])
            {
                var declaratie = Declaratie(descriptor);
                Assert.True(declaratie is not null, $"{naam} heeft geen [Inzage].");
                Assert.Equal((deel, sleutel, actie), (declaratie.Deel, declaratie.Sleutel, declaratie.Actie));
            }
        }
    }

    [Fact]
    public void Een_geen_inzage_verklaring_noemt_haar_reden()
    {
        var zonderReden = Acties().SelectMany(a => a.EndpointMetadata.OfType<GeenInzageAttribute>().Select(g => (Naam(a), g.Reden)))
            .Where(g => string.IsNullOrWhiteSpace(g.Reden)).Select(g => g.Item1).ToList();
        Assert.Empty(zonderReden);
    }

    private List<ControllerActionDescriptor> Acties() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>())
            .OfType<ControllerActionDescriptor>()];

    private static InzageAttribute? Declaratie(ControllerActionDescriptor actie) => actie.EndpointMetadata.OfType<InzageAttribute>().LastOrDefault();

    /// <summary>An action opens a record when it takes an id (a <see cref="Guid"/>) from the route or query.</summary>
    private static bool OpentRecord(ControllerActionDescriptor actie) =>
        actie.Parameters.Any(p => p.ParameterType == typeof(Guid) || p.ParameterType == typeof(Guid?));

    private static string Naam(ControllerActionDescriptor actie) => $"{actie.ControllerName}.{actie.ActionName}";
}
