using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Wmo.Infrastructure.Iwmo;

/// <summary>One finding of the schema validation, with its place in the file.</summary>
public sealed record IwmoValidatiefout(int Regel, int Kolom, string Melding)
{
    public override string ToString() => Regel > 0 ? $"regel {Regel}, kolom {Kolom}: {Melding}" : Melding;
}

/// <summary>
/// The iWmo 3.2 message schemas (embedded, unchanged; see Schemas/iwmo-3.2/HERKOMST.md), compiled once. Every
/// message the portal sends is validated before it leaves and every file it receives before it is read.
/// </summary>
public static class IwmoSchemas
{
    public const string Release = "iwmo-3.2";
    public const string BasisNamespace = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
    public const string XsdVersie = "1.0.0";

    /// <summary>The message types of the four lumpsum pairs (002 §5.3) and their iWmo BerichtCode.</summary>
    public static readonly IReadOnlyDictionary<string, string> BerichtCodes = new Dictionary<string, string>
    {
        ["WMO301"] = "414",
        ["WMO302"] = "415",
        ["WMO305"] = "418",
        ["WMO306"] = "419",
        ["WMO307"] = "420",
        ["WMO308"] = "421",
        ["WMO315"] = "444",
        ["WMO316"] = "445",
    };

    private static readonly Lazy<XmlSchemaSet> _set = new(Compileer);

    public static XmlSchemaSet Set => _set.Value;

    public static XNamespace Namespace(string berichtsoort) => $"http://www.istandaarden.nl/iwmo/3_2/{berichtsoort.ToLowerInvariant()}/schema";

    /// <summary>"WMO305" for a document in the wmo305 namespace; null for anything else.</summary>
    public static string? BerichtsoortVan(XNamespace ns)
    {
        var soort = BerichtCodes.Keys.FirstOrDefault(s => Namespace(s) == ns);
        return soort;
    }

    /// <summary>Validates a built message; an empty list means it conforms to its schema.</summary>
    public static IReadOnlyList<IwmoValidatiefout> Valideer(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fouten = new List<IwmoValidatiefout>();
        if (document.Root is null || BerichtsoortVan(document.Root.Name.Namespace) is null || document.Root.Name.LocalName != "Bericht")
        {
            fouten.Add(new IwmoValidatiefout(0, 0, "Dit is geen iWmo 3.2-bericht (WMO301, 305, 307, 315 of een retourbericht)."));
            return fouten;
        }

        document.Validate(Set, (_, e) => fouten.Add(new IwmoValidatiefout(e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0, e.Message)));
        return fouten;
    }

    /// <summary>
    /// Reads and validates a received file in one pass (no DTD, no external entities, no network). Returns the
    /// document only when it is well-formed and valid; otherwise the findings, with line numbers.
    /// </summary>
    public static (XDocument? Document, IReadOnlyList<IwmoValidatiefout> Fouten) LeesEnValideer(Stream inhoud)
    {
        var fouten = new List<IwmoValidatiefout>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = Set,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            MaxCharactersInDocument = 10_000_000,
        };
        settings.ValidationEventHandler += (_, e) => fouten.Add(new IwmoValidatiefout(e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0, Vertaal(e)));
        try
        {
            using var reader = XmlReader.Create(inhoud, settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            if (document.Root is null || BerichtsoortVan(document.Root.Name.Namespace) is null || document.Root.Name.LocalName != "Bericht")
            {
                fouten.Insert(0, new IwmoValidatiefout(0, 0, "Dit is geen iWmo 3.2-bericht (WMO301, 305, 307, 315 of een retourbericht)."));
            }

            return (fouten.Count == 0 ? document : null, fouten);
        }
        catch (XmlException e)
        {
            fouten.Add(new IwmoValidatiefout(e.LineNumber, e.LinePosition, $"Geen geldige XML: {e.Message}"));
            return (null, fouten);
        }
    }

    private static string Vertaal(ValidationEventArgs e) =>
        e.Message.Contains("could not find schema information", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("not declared", StringComparison.OrdinalIgnoreCase)
            ? $"Onbekend element of onbekende berichtsoort ({e.Message})"
            : e.Message;

    private static XmlSchemaSet Compileer()
    {
        // No resolver: the imports of basisschema.xsd are satisfied by adding it first, never by a download.
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(Lees("basisschema.xsd"));
        foreach (var soort in BerichtCodes.Keys)
        {
            set.Add(Lees($"{soort}.xsd"));
        }

        set.Compile();
        return set;
    }

    private static XmlSchema Lees(string bestand)
    {
        using var stream = typeof(IwmoSchemas).Assembly.GetManifestResourceStream($"{Release}/{bestand}")
            ?? throw new InvalidOperationException($"Schema {bestand} ontbreekt in de assembly.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XmlSchema.Read(reader, null)!;
    }
}
