namespace Wmo.Domain.Common;

/// <summary>A business rule, named after what it guarantees; broken rules become <see cref="DomainException"/>.</summary>
public interface IBusinessRule
{
    bool IsGebroken();

    string Melding { get; }
}

public static class Regels
{
    /// <summary>Throws a <see cref="DomainException"/> named after the rule's type when the rule is broken.</summary>
    public static void Controleer(IBusinessRule regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        if (regel.IsGebroken())
        {
            throw new DomainException(regel.GetType().Name, regel.Melding);
        }
    }
}
