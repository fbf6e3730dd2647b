using System.Globalization;
using System.Text;
using FluentValidation;

namespace Wmo.Web.Models;

public sealed class TweeStapsModel
{
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class TweeStapsModelValidator : AbstractValidator<TweeStapsModel>
{
    public TweeStapsModelValidator()
    {
        RuleFor(m => m.Code).NotEmpty().WithMessage("Vul de code uit uw authenticator-app in.")
            .Matches("^[0-9 ]{6,7}$").WithMessage("De code bestaat uit 6 cijfers.");
    }
}

public sealed class HerstelcodeModel
{
    public string? Herstelcode { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class HerstelcodeModelValidator : AbstractValidator<HerstelcodeModel>
{
    public HerstelcodeModelValidator()
    {
        RuleFor(m => m.Herstelcode).NotEmpty().WithMessage("Vul een van uw herstelcodes in.")
            .MaximumLength(20).WithMessage("Een herstelcode is korter.");
    }
}

/// <summary>Step 1 of the enrolment (issue 9): the one-time code from the beheerder, next to the password.</summary>
public sealed class TweeStapsInrichtenModel
{
    public string? Inrichtingscode { get; set; }

    public string? Wachtwoord { get; set; }
}

public sealed class TweeStapsInrichtenModelValidator : AbstractValidator<TweeStapsInrichtenModel>
{
    public TweeStapsInrichtenModelValidator()
    {
        RuleFor(m => m.Inrichtingscode).NotEmpty().WithMessage("Vul de inrichtingscode in die u van de beheerder kreeg.")
            .MaximumLength(20).WithMessage("Een inrichtingscode is korter.");
        RuleFor(m => m.Wachtwoord).NotEmpty().WithMessage("Vul uw wachtwoord in.").MaximumLength(256).WithMessage("Het wachtwoord is te lang.");
    }
}

public sealed class TweeStapsInstellenModel
{
    public string? Code { get; set; }

    /// <summary>The proof that step 1 (enrolment code and password) was passed, for this user and code, for a short while.</summary>
    public string? Bewijs { get; set; }

    /// <summary>Shown, never posted back as truth: the key is read from the store again on POST.</summary>
    public string Sleutel { get; set; } = string.Empty;

    public string AuthenticatorUri { get; set; } = string.Empty;

    public IReadOnlyList<string> Herstelcodes { get; set; } = [];

    /// <summary>The page for a key: in groups of four to type, and as the otpauth URI (key URI format) behind the QR code.</summary>
    public static TweeStapsInstellenModel Voor(string sleutel, string gebruikersnaam)
    {
        ArgumentNullException.ThrowIfNull(sleutel);
        var groepen = new StringBuilder();
        for (var i = 0; i < sleutel.Length; i += 4)
        {
            groepen.Append(sleutel.AsSpan(i, Math.Min(4, sleutel.Length - i))).Append(' ');
        }

        return new TweeStapsInstellenModel
        {
            Sleutel = groepen.ToString().TrimEnd().ToLowerInvariant(),
            AuthenticatorUri = string.Create(CultureInfo.InvariantCulture,
                $"otpauth://totp/{Uri.EscapeDataString("Wmo-portaal")}:{Uri.EscapeDataString(gebruikersnaam)}?secret={sleutel}&issuer={Uri.EscapeDataString("Wmo-portaal")}&digits=6"),
        };
    }
}

public sealed class TweeStapsInstellenModelValidator : AbstractValidator<TweeStapsInstellenModel>
{
    public TweeStapsInstellenModelValidator()
    {
        RuleFor(m => m.Code).NotEmpty().WithMessage("Vul de code uit uw authenticator-app in.")
            .Matches("^[0-9 ]{6,7}$").WithMessage("De code bestaat uit 6 cijfers.");
    }
}

public sealed class HerstelcodesVernieuwenModel
{
    public string? Wachtwoord { get; set; }
}

public sealed class HerstelcodesVernieuwenModelValidator : AbstractValidator<HerstelcodesVernieuwenModel>
{
    public HerstelcodesVernieuwenModelValidator()
    {
        RuleFor(m => m.Wachtwoord).NotEmpty().WithMessage("Vul uw wachtwoord in.").MaximumLength(256).WithMessage("Het wachtwoord is te lang.");
    }
}
