using System.Globalization;
using System.Text;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.ValueObjects;

namespace Wmo.Infrastructure.Cak;

/// <summary>The header of a CAK file: which gemeente, which month, which delivery.</summary>
public sealed record CakBestandKop(string Gemeentecode, Heffingsmaand Maand, int Volgnummer, AanleveringSoort Soort, DateTimeOffset Aangemaakt);

/// <summary>One line of a CAK file, with the BSN of the member charged.</summary>
public sealed record CakBestandRegel(string Bsn, Guid HuishoudenId, decimal Bedrag, DateOnly Start, DateOnly? Stop, RedenWijzigingHeffing Reden);

/// <summary>A line of a CAK file that breaks the format, with its line number (1 = the header).</summary>
public sealed record CakBestandFout(int Regelnummer, string Melding)
{
    public override string ToString() => $"regel {Regelnummer}: {Melding}";
}

/// <summary>
/// The file the gemeente hands to the CAK for the abonnementstarief (format <c>WMO-CAK-ABT</c> version 1, documented in
/// docs/cak-export.md): UTF-8 without BOM, <c>;</c>-separated, one header record <c>V</c>, one record <c>R</c> per household,
/// one closing record <c>S</c> with the count and the total. <see cref="Valideer"/> reads a file back and checks every rule;
/// the portal and the command line write nothing that does not pass it.
/// </summary>
public static class CakBestand
{
    public const string Formaat = "WMO-CAK-ABT";
    public const int Versie = 1;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Bestandsnaam(CakBestandKop kop) =>
        $"CAK_ABT_{kop.Gemeentecode}_{kop.Maand.Jaar:D4}{kop.Maand.Maand:D2}_{kop.Volgnummer:D3}.csv";

    public static string Schrijf(CakBestandKop kop, IEnumerable<CakBestandRegel> regels)
    {
        var lijst = regels.ToList();
        var tekst = new StringBuilder();
        Regel(tekst, "V", Formaat, Versie.ToString(Inv), kop.Gemeentecode, kop.Maand.ToString(), kop.Volgnummer.ToString(Inv), SoortCode(kop.Soort),
            kop.Aangemaakt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", Inv));
        foreach (var r in lijst)
        {
            Regel(tekst, "R", r.Bsn, r.HuishoudenId.ToString("D"), kop.Maand.ToString(), Bedrag(r.Bedrag), Datum(r.Start), r.Stop is { } stop ? Datum(stop) : string.Empty, RedenCode(r.Reden));
        }

        Regel(tekst, "S", lijst.Count.ToString(Inv), Bedrag(lijst.Sum(r => r.Bedrag)));
        return tekst.ToString();
    }

    /// <summary>Every rule of the format; an empty list means the file may be delivered.</summary>
    public static IReadOnlyList<CakBestandFout> Valideer(string inhoud)
    {
        var fouten = new List<CakBestandFout>();
        var regels = (inhoud ?? string.Empty).Split('\n');
        if (regels.Length > 0 && regels[^1].Length == 0)
        {
            regels = regels[..^1];
        }

        if (regels.Length < 2)
        {
            return [new CakBestandFout(1, "Het bestand moet minstens een kopregel (V) en een sluitregel (S) hebben.")];
        }

        var kop = LeesKop(regels[0].Split(';'), fouten);
        var aantal = 0;
        var totaal = 0m;
        var huishoudens = new HashSet<Guid>();
        for (var i = 1; i < regels.Length - 1; i++)
        {
            var velden = regels[i].Split(';');
            void Fout(string melding) => fouten.Add(new CakBestandFout(i + 1, melding));
            if (velden[0] != "R" || velden.Length != 8)
            {
                Fout("Een heffingsregel begint met R en heeft 8 velden.");
                continue;
            }

            aantal++;
            if (!Bsn.TryParse(velden[1], out _) || velden[1].Length != 9)
            {
                Fout("Het BSN bestaat niet uit 9 cijfers of voldoet niet aan de elfproef.");
            }

            if (!Guid.TryParseExact(velden[2], "D", out var huishouden))
            {
                Fout("Het huishouden is geen geldige identificatie.");
            }
            else if (!huishoudens.Add(huishouden))
            {
                Fout("Een huishouden staat maar één keer in een aanlevering (één heffing per huishouden per periode).");
            }

            if (kop is not null && velden[3] != kop.Maand.ToString())
            {
                Fout($"De periode {velden[3]} is niet de periode van het bestand ({kop.Maand}).");
            }

            var bedrag = LeesBedrag(velden[4]);
            if (bedrag is null)
            {
                Fout("Het bedrag is geen bedrag met twee decimalen en een punt (bijvoorbeeld 19.00).");
            }

            totaal += bedrag ?? 0m;
            var start = LeesDatum(velden[5]);
            var stop = velden[6].Length == 0 ? null : LeesDatum(velden[6]);
            var reden = LeesReden(velden[7]);
            if (start is null || (velden[6].Length > 0 && stop is null))
            {
                Fout("Start en stop zijn datums als jjjj-mm-dd (stop mag leeg zijn).");
            }
            else if (stop < start)
            {
                Fout("De stop ligt voor de start.");
            }

            if (reden is null)
            {
                Fout("Onbekende reden van wijziging.");
            }
            else if (kop is not null && start is not null && bedrag is not null)
            {
                ControleerReden(kop, reden.Value, bedrag.Value, start.Value, stop, Fout);
            }
        }

        var slot = regels[^1].Split(';');
        if (slot[0] != "S" || slot.Length != 3)
        {
            fouten.Add(new CakBestandFout(regels.Length, "De laatste regel is de sluitregel: S;aantal;totaal."));
        }
        else if (slot[1] != aantal.ToString(Inv) || LeesBedrag(slot[2]) != totaal)
        {
            fouten.Add(new CakBestandFout(regels.Length, $"De sluitregel klopt niet met de heffingsregels ({aantal} regels, totaal {Bedrag(totaal)})."));
        }

        return fouten;
    }

    public static string RedenCode(RedenWijzigingHeffing reden) => reden switch
    {
        RedenWijzigingHeffing.Nieuw => "NIEUW",
        RedenWijzigingHeffing.Gewijzigd => "GEWIJZIGD",
        RedenWijzigingHeffing.Beeindigd => "BEEINDIGD",
        RedenWijzigingHeffing.Vervallen => "VERVALLEN",
        RedenWijzigingHeffing.Ongewijzigd => "ONGEWIJZIGD",
        _ => throw new ArgumentOutOfRangeException(nameof(reden)),
    };

    private static void ControleerReden(CakBestandKop kop, RedenWijzigingHeffing reden, decimal bedrag, DateOnly start, DateOnly? stop, Action<string> fout)
    {
        var periode = kop.Maand.Periode;
        if (reden == RedenWijzigingHeffing.Vervallen)
        {
            if (bedrag != 0m)
            {
                fout("Een vervallen heffing heeft bedrag 0.00.");
            }

            if (kop.Soort == AanleveringSoort.Volledig)
            {
                fout("Een eerste (volledige) aanlevering bevat geen vervallen heffingen.");
            }

            return;
        }

        if (bedrag <= 0m)
        {
            fout("Een heffing heeft een bedrag groter dan 0.00.");
        }

        if (start > periode.Einde || stop < periode.Start)
        {
            fout($"Start en stop overlappen de periode {kop.Maand} niet.");
        }

        if (reden == RedenWijzigingHeffing.Ongewijzigd && kop.Soort == AanleveringSoort.Mutaties)
        {
            fout("Een mutatiebestand bevat alleen wijzigingen.");
        }
    }

    private static CakBestandKop? LeesKop(string[] velden, List<CakBestandFout> fouten)
    {
        void Fout(string melding) => fouten.Add(new CakBestandFout(1, melding));
        if (velden.Length != 8 || velden[0] != "V" || velden[1] != Formaat)
        {
            Fout($"De eerste regel is de kopregel: V;{Formaat};versie;gemeente;periode;volgnummer;soort;aangemaakt.");
            return null;
        }

        var geldig = true;
        if (velden[2] != Versie.ToString(Inv))
        {
            Fout($"Versie {velden[2]} van het formaat wordt niet ondersteund (alleen {Versie}).");
            geldig = false;
        }

        if (velden[3].Length != 4 || !velden[3].All(char.IsAsciiDigit))
        {
            Fout("De gemeentecode bestaat uit 4 cijfers.");
            geldig = false;
        }

        Heffingsmaand? maand = null;
        try
        {
            maand = Heffingsmaand.Lees(velden[4]);
        }
        catch (Domain.Common.DomainException e)
        {
            Fout(e.Message);
            geldig = false;
        }

        if (!int.TryParse(velden[5], NumberStyles.None, Inv, out var volgnummer) || volgnummer < 1)
        {
            Fout("Het volgnummer is een geheel getal vanaf 1.");
            geldig = false;
        }

        AanleveringSoort? soort = velden[6] switch { "VOLLEDIG" => AanleveringSoort.Volledig, "MUTATIES" => AanleveringSoort.Mutaties, _ => null };
        if (soort is null || (soort == AanleveringSoort.Volledig) != (volgnummer == 1))
        {
            Fout("De soort is VOLLEDIG bij volgnummer 1 en MUTATIES daarna.");
            geldig = false;
        }

        if (!DateTimeOffset.TryParseExact(velden[7], "yyyy-MM-dd'T'HH:mm:sszzz", Inv, DateTimeStyles.None, out var moment))
        {
            Fout("Het tijdstip van aanmaken is een datum en tijd als jjjj-mm-ddTuu:mm:ss+hh:mm.");
            geldig = false;
        }

        return geldig ? new CakBestandKop(velden[3], maand!, volgnummer, soort!.Value, moment) : null;
    }

    private static RedenWijzigingHeffing? LeesReden(string code) =>
        Enum.GetValues<RedenWijzigingHeffing>().Cast<RedenWijzigingHeffing?>().FirstOrDefault(r => RedenCode(r!.Value) == code);

    private static decimal? LeesBedrag(string tekst) =>
        tekst.Length >= 4 && tekst[^3] == '.' && tekst.Remove(tekst.Length - 3, 1).All(char.IsAsciiDigit)
            && decimal.TryParse(tekst, NumberStyles.AllowDecimalPoint, Inv, out var bedrag) ? bedrag : null;

    private static DateOnly? LeesDatum(string tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var datum) ? datum : null;

    private static string Bedrag(decimal bedrag) => bedrag.ToString("0.00", Inv);

    private static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", Inv);

    private static string SoortCode(AanleveringSoort soort) => soort == AanleveringSoort.Volledig ? "VOLLEDIG" : "MUTATIES";

    private static void Regel(StringBuilder tekst, params string[] velden) => tekst.Append(string.Join(';', velden)).Append('\n');
}
