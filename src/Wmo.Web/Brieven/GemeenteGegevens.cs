namespace Wmo.Web.Brieven;

/// <summary>The gemeente's letterhead and postal address (configuration section <c>Gemeente</c>).</summary>
public sealed class GemeenteGegevens
{
    public const string Sectie = "Gemeente";

    public string Naam { get; set; } = string.Empty;

    public string Afdeling { get; set; } = string.Empty;

    public string Postadres { get; set; } = string.Empty;

    public string Telefoon { get; set; } = string.Empty;

    public string Website { get; set; } = string.Empty;

    /// <summary>"Gemeente Leeuwarden" → "de gemeente Leeuwarden", for use inside a sentence.</summary>
    public string InZin => Naam.StartsWith("Gemeente ", StringComparison.Ordinal) ? "de gemeente " + Naam["Gemeente ".Length..] : Naam;
}
