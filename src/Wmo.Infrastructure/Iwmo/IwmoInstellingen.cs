namespace Wmo.Infrastructure.Iwmo;

/// <summary>Configuration section <c>Iwmo</c>: the gemeente's own identity in the berichtenverkeer.</summary>
public sealed class IwmoInstellingen
{
    public const string Sectie = "Iwmo";

    /// <summary>CBS gemeentecode (LDT_Gemeente, 4 digits): Afzender of a WMO301, Ontvanger of what the aanbieders send. Leeuwarden is 0080.</summary>
    public string Gemeentecode { get; set; } = "0080";

    /// <summary>Messages saved per database transaction in a batch (export and import of many files).</summary>
    public int BatchGrootte { get; set; } = 500;
}
