using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Wmo.Application;
using Wmo.Infrastructure;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Authorization;
using Wmo.Web.Brieven;

namespace Wmo.Web.Hosting;

public static class WebServiceRegistration
{
    public static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public static WebApplicationBuilder AddWmoPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Structured logs to console and a rolling file; never personal data in the message (see docs/operations.md).
        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext(),
            preserveStaticLogger: true);

        services.AddHttpContextAccessor();
        services.AddScoped<IAuditBron, HttpAuditBron>();
        services.AddWmoInfrastructure(configuration, builder.Environment);
        services.AddWalCheckpoints();
        services.AddInzageJournaal(builder.Environment);
        services.AddWmoApplication();

        services.AddIdentity<Gebruiker, IdentityRole<Guid>>(IdentityBeleid.StelIn)
            .MetWmoOpslag()
            .AddClaimsPrincipalFactory<WmoClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<EenmaligeTotpProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, StempelControle>());
        services.TryAddSingleton(new TotpKlok(TimeProvider.System));
        services.AddScoped<IUserConfirmation<Gebruiker>, ActiefAccountBevestiging>();

        // The security stamp is checked on every request: logging out, deactivating or a new password ends every session
        // at once, on the server (issue 9). The moment of signing in survives the refresh, for the absolute lifetime.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(WmoClaimTypes.AangemeldOp) is { } aangemeld
                    && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity nieuw)
                {
                    if (nieuw.FindFirst(WmoClaimTypes.AangemeldOp) is { } vers)
                    {
                        nieuw.RemoveClaim(vers);
                    }

                    nieuw.AddClaim(new System.Security.Claims.Claim(WmoClaimTypes.AangemeldOp, aangemeld.Value));
                }

                return Task.CompletedTask;
            };
        });
        services.AddSingleton<InlogBegrenzer>();
        services.AddSingleton<WeigeringsDrempel>();
        services.AddRateLimiter(o => InlogBegrenzer.Registreer(o, configuration));

        var idleMinutes = configuration.GetValue("Beveiliging:InactiviteitsTimeoutMinuten", 20);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "wmo.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.LoginPath = "/Account/Inloggen";
            cookie.LogoutPath = "/Account/Uitloggen";
            cookie.AccessDeniedPath = "/Account/Geweigerd";
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(idleMinutes);
            cookie.SlidingExpiration = true;

            // Next to the idle timeout an absolute lifetime (Beveiliging:MaximaleSessieUren, default 10): also an active
            // session ends after a working day. Then the security stamp check as Identity configured it.
            var maximaal = TimeSpan.FromHours(configuration.GetValue("Beveiliging:MaximaleSessieUren", 10));
            var stempelControle = cookie.Events.OnValidatePrincipal;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                var klok = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                if (!long.TryParse(context.Principal?.FindFirst(WmoClaimTypes.AangemeldOp)?.Value, out var aangemeld)
                    || klok.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(aangemeld) > maximaal)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await stempelControle(context);
            };

            // A signed-in user without the right role gets a real 403 (rendered as the Dutch "Geen toegang" page), not a redirect.
            cookie.Events.OnRedirectToAccessDenied = async context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;

                // The refused attempt itself is recorded (who tried which page), for the privacy officer; repeats are aggregated.
                var gebeurtenissen = new List<AuditGebeurtenis>(2);
                if (context.HttpContext.RequestServices.GetRequiredService<WeigeringsDrempel>().Tel(context.HttpContext, gebeurtenissen))
                {
                    gebeurtenissen.Add(new AuditGebeurtenis(AuditActie.Geweigerd, "Pagina", context.Request.Path.Value, Details: context.Request.Method, Geslaagd: false));
                }

                await context.HttpContext.RequestServices.GetRequiredService<InzageLogboek>().LegVastAsync(gebeurtenissen, context.HttpContext.RequestAborted);
            };
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "wmo.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        services.AddAuthorization(Beleid.Registreer);
        // A validator builds its rules in its constructor (expressions compiled, names split): one without dependencies is built
        // once, one that needs a service stays per request (issue 15, docs/performance.md, sixteenth round).
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, ZonderAfhankelijkheden);
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped, v => !ZonderAfhankelijkheden(v));
        services.AddScoped<FluentValidationFilter>();
        services.AddControllersWithViews(mvc =>
        {
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            mvc.ModelBinderProviders.Insert(0, new DatumBinderProvider());

            // Required fields are declared in the FluentValidation validators, with Dutch messages. The implicit
            // [Required] on non-nullable strings put "The Sleutel field is required." on a display-only field.
            mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            mvc.Filters.AddService<FluentValidationFilter>();
            mvc.Filters.Add<DomeinFoutFilter>();
            mvc.Filters.Add<WachtwoordWijzigenVerplichtFilter>();
            mvc.Filters.Add<TweeStapsVerplichtFilter>();
            mvc.Filters.Add<InzageAuditFilter>();
            mvc.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Dit veld is verplicht.");
            mvc.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((waarde, _) => $"De waarde '{waarde}' is ongeldig.");
            mvc.ModelBindingMessageProvider.SetValueIsInvalidAccessor(waarde => $"De waarde '{waarde}' is ongeldig.");
            mvc.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(veld => $"{veld} ontbreekt.");
            mvc.ModelBindingMessageProvider.SetMissingKeyOrValueAccessor(() => "Dit veld is verplicht.");
            mvc.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(veld => $"De waarde voor {veld} is ongeldig.");
            mvc.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(veld => $"{veld} moet een getal zijn.");
            mvc.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(waarde => $"De waarde '{waarde}' is ongeldig.");
            mvc.ModelBindingMessageProvider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De waarde is ongeldig.");
            mvc.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "Dit veld moet een getal zijn.");
            mvc.ModelBindingMessageProvider.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        }).AddViewOptions(o =>
        {
            // Validation is on the server (FluentValidation, Dutch); no client validation script is loaded, so the
            // data-val-* attributes only carried the framework's English default messages ("The X field is required.").
            o.HtmlHelperOptions.ClientValidationEnabled = false;
        });

        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Nederlands);
            o.SupportedCultures = [Nederlands];
            o.SupportedUICultures = [Nederlands];
            o.RequestCultureProviders.Clear();
        });

        // Dutch text (é, ë, ĳ) is written as is, not as numeric entities; HTML-significant characters stay encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddHealthChecks().AddDbContextCheck<WmoDbContext>("database");
        services.AddScoped<DossierToegang>();
        services.AddScoped<Wmo.Web.Models.Intake.InwonerZoeker>();
        services.AddScoped<Wmo.Infrastructure.Avg.InzageExport>();
        services.AddScoped<Wmo.Infrastructure.Avg.Bewaartermijn>();
        services.AddHostedService<OpschoonDienst>();

        // The chain check in the background: one per process, stopped with the host (before the database goes away).
        services.AddSingleton<KetencontroleDienst>();
        services.AddHostedService(sp => sp.GetRequiredService<KetencontroleDienst>());
        services.AddBrieven(configuration);
        services.AddScoped<RoleSeeder>();
        services.AddScoped<DemoSeeder>();
        return builder;
    }

    /// <summary>Whether a validator's only constructor takes nothing, so one instance can serve every request.</summary>
    internal static bool ZonderAfhankelijkheden(AssemblyScanner.AssemblyScanResult validator) =>
        validator.ValidatorType.GetConstructors().All(c => c.GetParameters().Length == 0);
}
