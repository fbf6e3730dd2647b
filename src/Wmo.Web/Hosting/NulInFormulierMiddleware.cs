namespace Wmo.Web.Hosting;

/// <summary>
/// ASP.NET Core's form reader refuses a NUL character (%00) outright: the whole form, antiforgery token included,
/// becomes unreadable and the user gets a bare 400. This turns NUL into another control character (U+0001) so the
/// form is read as usual and the field check (<see cref="FluentValidationFilter"/>) names the field that holds it.
/// Same length, so Content-Length stays true.
/// </summary>
public sealed class NulInFormulierMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.HasFormContentType
            && context.Request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var inhoud = buffer.ToArray();
            VervangNul(inhoud);
            context.Request.Body = new MemoryStream(inhoud, writable: false);
        }

        await next(context);
    }

    private static void VervangNul(byte[] inhoud)
    {
        for (var i = 0; i < inhoud.Length; i++)
        {
            if (inhoud[i] == 0)
            {
                inhoud[i] = 1;
            }
            else if (inhoud[i] == (byte)'%' && i + 2 < inhoud.Length && inhoud[i + 1] == (byte)'0' && inhoud[i + 2] == (byte)'0')
            {
                inhoud[i + 2] = (byte)'1';
            }
        }
    }
}
