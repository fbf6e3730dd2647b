using Microsoft.AspNetCore.Identity;

namespace Wmo.Infrastructure.Identity;

/// <summary>Identity's messages in Dutch, so every error a user sees is in the language of the portal.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Fout(nameof(DefaultError), "Er is een onbekende fout opgetreden.");

    public override IdentityError ConcurrencyFailure() => Fout(nameof(ConcurrencyFailure), "Het account is intussen door iemand anders gewijzigd. Probeer het opnieuw.");

    public override IdentityError PasswordMismatch() => Fout(nameof(PasswordMismatch), "Het wachtwoord is onjuist.");

    public override IdentityError InvalidToken() => Fout(nameof(InvalidToken), "De code is ongeldig of verlopen.");

    public override IdentityError LoginAlreadyAssociated() => Fout(nameof(LoginAlreadyAssociated), "Deze login is al aan een account gekoppeld.");

    public override IdentityError InvalidUserName(string? userName) => Fout(nameof(InvalidUserName), $"De gebruikersnaam '{userName}' is ongeldig: gebruik alleen letters, cijfers en . - _ @");

    public override IdentityError InvalidEmail(string? email) => Fout(nameof(InvalidEmail), $"Het e-mailadres '{email}' is ongeldig.");

    public override IdentityError DuplicateUserName(string userName) => Fout(nameof(DuplicateUserName), $"De gebruikersnaam '{userName}' is al in gebruik.");

    public override IdentityError DuplicateEmail(string email) => Fout(nameof(DuplicateEmail), $"Het e-mailadres '{email}' is al in gebruik.");

    public override IdentityError InvalidRoleName(string? role) => Fout(nameof(InvalidRoleName), $"De rol '{role}' is ongeldig.");

    public override IdentityError DuplicateRoleName(string role) => Fout(nameof(DuplicateRoleName), $"De rol '{role}' bestaat al.");

    public override IdentityError UserAlreadyHasPassword() => Fout(nameof(UserAlreadyHasPassword), "Dit account heeft al een wachtwoord.");

    public override IdentityError UserLockoutNotEnabled() => Fout(nameof(UserLockoutNotEnabled), "Blokkeren is voor dit account niet ingeschakeld.");

    public override IdentityError UserAlreadyInRole(string role) => Fout(nameof(UserAlreadyInRole), $"Het account heeft de rol '{role}' al.");

    public override IdentityError UserNotInRole(string role) => Fout(nameof(UserNotInRole), $"Het account heeft de rol '{role}' niet.");

    public override IdentityError PasswordTooShort(int length) => Fout(nameof(PasswordTooShort), $"Het wachtwoord moet minstens {length} tekens lang zijn.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Fout(nameof(PasswordRequiresUniqueChars), $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Fout(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet minstens één leesteken of symbool bevatten.");

    public override IdentityError PasswordRequiresDigit() => Fout(nameof(PasswordRequiresDigit), "Het wachtwoord moet minstens één cijfer bevatten.");

    public override IdentityError PasswordRequiresLower() => Fout(nameof(PasswordRequiresLower), "Het wachtwoord moet minstens één kleine letter bevatten.");

    public override IdentityError PasswordRequiresUpper() => Fout(nameof(PasswordRequiresUpper), "Het wachtwoord moet minstens één hoofdletter bevatten.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Fout(nameof(RecoveryCodeRedemptionFailed), "De herstelcode is ongeldig.");

    private static IdentityError Fout(string code, string beschrijving) => new() { Code = code, Description = beschrijving };
}
