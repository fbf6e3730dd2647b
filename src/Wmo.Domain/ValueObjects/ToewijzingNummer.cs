using System.Globalization;
using Wmo.Domain.Common;

namespace Wmo.Domain.ValueObjects;

/// <summary>iWmo ToewijzingNummer (LDT_Nummer: integer 0..999999999), unique per gemeente.</summary>
public sealed record ToewijzingNummer
{
    public const int Maximum = 999_999_999;

    public ToewijzingNummer(int value)
    {
        Regel.Eis(value is >= 0 and <= Maximum, Regelnamen.ToewijzingNummerBinnenIwmoBereik, "Een toewijzingnummer is een getal van 0 tot en met 999999999.");
        Value = value;
    }

    public int Value { get; }

    public static ToewijzingNummer Parse(string? tekst)
    {
        Regel.Eis(
            !string.IsNullOrWhiteSpace(tekst) && tekst.Trim().Length <= 9 && tekst.Trim().All(char.IsAsciiDigit),
            Regelnamen.ToewijzingNummerBinnenIwmoBereik,
            "Een toewijzingnummer bestaat uit hoogstens 9 cijfers.");
        return new ToewijzingNummer(int.Parse(tekst!.Trim(), CultureInfo.InvariantCulture));
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
