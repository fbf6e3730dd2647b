namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Lengths of columns that no form fills: hashes, iWmo codes, audit fields and counters. Named once, used by the EF
/// configuration; the values come from what is stored (a SHA-256 in hex, the iWmo Basisschema's types).
/// </summary>
public static class TechnischeLengtes
{
    /// <summary>A SHA-256 hash written as hexadecimal text (the audit chain, an iWmo file, a setup code).</summary>
    public const int Sha256Hex = 64;

    /// <summary>An iWmo berichtsoort such as WMO301 (Basisschema: berichtcode with "WMO" prefix).</summary>
    public const int IwmoBerichtsoort = 6;

    /// <summary>The identificatie of an iWmo bericht (LDT_IdentificatieBericht: at most 12).</summary>
    public const int IwmoIdentificatie = 12;

    /// <summary>The role of the actor in an audit row (the longest role name with room to spare).</summary>
    public const int AuditRol = 40;

    /// <summary>The subject type and its key in an audit row.</summary>
    public const int AuditOnderwerp = 120;

    /// <summary>The name of a number range (beschikkingen, iWmo identificaties, ...).</summary>
    public const int NummerreeksNaam = 40;
}
