namespace Wmo.Domain.Common;

/// <summary>
/// A broken business rule. <see cref="Exception.Message"/> is Dutch and fit to show to the user;
/// <see cref="Regel"/> names the rule that was broken (e.g. <c>ToetserMagEigenAdviesNietToetsen</c>).
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string regel, string melding)
        : base(melding)
    {
        Regel = regel;
    }

    public DomainException()
        : this("Onbekend", "De handeling is niet toegestaan.")
    {
    }

    public DomainException(string message)
        : this("Onbekend", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Regel = "Onbekend";
    }

    public string Regel { get; }
}
