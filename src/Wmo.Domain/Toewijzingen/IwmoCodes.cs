namespace Wmo.Domain.Toewijzingen;

/// <summary>How a toewijzing came about (DOMAIN.md §2.3, §7).</summary>
public enum ToewijzingBron
{
    /// <summary>A verwijzing (letter) of the basisondersteuning to a contracted aanbieder (002 §3.1).</summary>
    Verwijzing = 1,

    /// <summary>A beschikking tot toekenning (DOMAIN.md §2.6).</summary>
    Beschikking = 2,
}

/// <summary>iWmo code list WMO002 (LDT_RedenWijziging); the enum value is the code, <c>((int)r).ToString("D2")</c> the XML form.</summary>
public enum RedenWijziging
{
    AdministratieveCorrectieVervallen = 1,
    ClientOverleden = 2,
    Contractwijziging = 3,
    Verlenging = 4,
    Verkorting = 5,
    UitstroomNaarAnderDomein = 6,
    VerhuizingNaarAndereGemeente = 7,
    WijzigingLeveringsvorm = 8,
    OverstapNaarAndereAanbieder = 9,
    NieuweBekostigingssystematiek = 10,
    GemeentelijkeHerindeling = 11,
    GeinitieerdDoorAanbieder = 12,
    Verwijderd = 13,
    AdministratieveCorrectie = 14,
}

/// <summary>iWmo code list WMO588 (LDT_RedenBeeindiging); the enum value is the code.</summary>
public enum RedenBeeindiging
{
    Overlijden = 2,
    VolgensPlanBeeindigd = 19,
    TijdelijkBeeindigd = 20,
    EenzijdigDoorClientBeeindigd = 21,
    EenzijdigDoorAanbiederBeeindigd = 22,
    InOvereenstemmingVoortijdigBeeindigd = 23,
    VerhuizingNaarAndereGemeente = 31,
    GeinitieerdDoorGemeente = 36,
    InVerbandMetWijzigingsverzoek = 37,
    OverstapNaarAndereAanbieder = 38,
    UitstroomNaarAnderDomein = 39,
}
