using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;
using Wmo.Web.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = HostArgumenten.Van(args), EnvironmentName = StartOmgeving.Bepaal() });
builder.AddWmoPortal();
builder.AddProductieEisen();

var app = builder.Build();

// On app.Configuration, after Build: the configuration as it finally is (also WebApplicationFactory's).
app.ControleerProductieEisen();
app.UseProductieEisen();

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler("/Fout");
app.UseStatusCodePagesWithReExecute("/Fout/{0}");
// NUL first: the request limits read the form, and ASP.NET refuses a form with a NUL in it (it must become a field error).
app.UseMiddleware<NulInFormulierMiddleware>();
app.UseMiddleware<VerzoekLimieten>();
// The host's own logger, not the process-wide static one: several hosts in one process (the tests) each log to their own sink.
app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
app.UseRequestLocalization();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health", new HealthCheckOptions()).AllowAnonymous();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so the tests can start the portal with WebApplicationFactory.</summary>
public partial class Program;
