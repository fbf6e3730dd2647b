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

public sealed class TweeStapsInstellenModel
{
    public string? Code { get; set; }

    /// <summary>Shown, never posted back as truth: the key is read from the store again on POST.</summary>
    public string Sleutel { get; set; } = string.Empty;

    public string AuthenticatorUri { get; set; } = string.Empty;

    public IReadOnlyList<string> Herstelcodes { get; set; } = [];
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
