namespace Wmo.Application;

/// <summary>
/// Input a use case cannot use (an id from a form that points at nothing usable, an unknown code): shown at the
/// field <see cref="Veld"/> (the form model's property name), like a validation message. Business rules stay
/// <see cref="Domain.Common.DomainException"/>.
/// </summary>
public sealed class InvoerFout(string veld, string melding) : Exception(melding)
{
    public string Veld { get; } = veld;
}
