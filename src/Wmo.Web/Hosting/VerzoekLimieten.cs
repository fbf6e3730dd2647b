using Microsoft.AspNetCore.Http.Features;

namespace Wmo.Web.Hosting;

/// <summary>
/// Oversized bodies and forms with thousands of fields get the Dutch 413/400 page, never a 500 (issue 9). The limit is
/// <c>Beveiliging:MaximaleVerzoekgrootteKilobytes</c> (default 1024: the portal has no uploads); the number of form
/// fields is ASP.NET's own <see cref="FormOptions.ValueCountLimit"/> (1024). The one upload of many files, the iWmo
/// messages (<see cref="IwmoUploadPad"/>), has its own limit <c>Iwmo:MaximaleUploadKilobytes</c> (default 20480).
/// </summary>
public sealed class VerzoekLimieten(RequestDelegate next, IConfiguration configuration)
{
    public const string IwmoUploadPad = "/Iwmo/Inlezen";

    private readonly long _maximaal = configuration.GetValue("Beveiliging:MaximaleVerzoekgrootteKilobytes", 1024L) * 1024;
    private readonly long _upload = configuration.GetValue("Iwmo:MaximaleUploadKilobytes", 20_480L) * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        // The Dutch error page itself is a re-execution of the same request: let it through.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        var maximaal = HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(IwmoUploadPad, StringComparison.OrdinalIgnoreCase) ? _upload : _maximaal;
        if (context.Request.ContentLength > maximaal)
        {
            Weiger(context, StatusCodes.Status413PayloadTooLarge);
            return;
        }

        // Also for a body without Content-Length (chunked), where the server supports it.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } grens)
        {
            grens.MaxRequestBodySize = maximaal;
        }

        // Read the form here, once (it is cached for MVC): past its limits it is a 400/413 before any filter sees it.
        if (context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (StatusVan(e) is { } status)
            {
                Weiger(context, status);
                return;
            }
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && StatusVan(e) is { } status)
        {
            context.Response.Clear();
            context.Response.StatusCode = status;
        }
    }

    /// <summary>
    /// The status for the Dutch error page. The error page is a re-execution of this same request: it gets an empty form,
    /// or reading the refused body again would make the error page itself fail.
    /// </summary>
    private static void Weiger(HttpContext context, int status)
    {
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.StatusCode = status;
    }

    /// <summary>
    /// The form reader past its limits (too many fields, a field too long) throws InvalidDataException, the server past the
    /// body limit BadHttpRequestException; MVC may wrap either (ValueProviderException).
    /// </summary>
    private static int? StatusVan(Exception? fout)
    {
        for (; fout is not null; fout = fout.InnerException)
        {
            switch (fout)
            {
                case BadHttpRequestException slecht:
                    return slecht.StatusCode;
                case InvalidDataException:
                    return StatusCodes.Status400BadRequest;
            }
        }

        return null;
    }
}
