namespace Wmo.Domain.Common;

/// <summary>Money is <c>decimal</c> euros, always rounded to whole cents, half away from zero (decision in docs/domein.md).</summary>
public static class Geld
{
    public static decimal Rond(decimal euro) => Math.Round(euro, 2, MidpointRounding.AwayFromZero);
}
