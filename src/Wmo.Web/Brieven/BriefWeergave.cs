using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Wmo.Web.Brieven;

/// <summary>
/// Renders a letter view to a self-contained HTML string for the PDF printer: the letter CSS is inlined in a
/// <c>&lt;style&gt;</c> element here only — the web page itself links the stylesheet (CSP forbids inline styles).
/// </summary>
public sealed class BriefWeergave(IRazorViewEngine views, ITempDataProvider tempData, IModelMetadataProvider metadata, IWebHostEnvironment omgeving)
{
    public const string InlineCssSleutel = "BriefInlineCss";

    public async Task<string> RenderAsync(ControllerContext context, string viewNaam, object model)
    {
        var gevonden = views.FindView(context, viewNaam, isMainPage: true);
        if (gevonden.View is null)
        {
            throw new InvalidOperationException($"Briefweergave '{viewNaam}' niet gevonden.");
        }

        var css = omgeving.WebRootFileProvider.GetFileInfo("css/brief.css");
        await using var stroom = css.CreateReadStream();
        using var lezer = new StreamReader(stroom);
        var viewData = new ViewDataDictionary(metadata, new ModelStateDictionary())
        {
            Model = model,
            [InlineCssSleutel] = await lezer.ReadToEndAsync(),
        };
        await using var schrijver = new StringWriter();
        var viewContext = new ViewContext(context, gevonden.View, viewData, new TempDataDictionary(context.HttpContext, tempData), schrijver, new HtmlHelperOptions());
        await gevonden.View.RenderAsync(viewContext);
        return schrijver.ToString();
    }
}

public static class BriefRegistratie
{
    public static IServiceCollection AddBrieven(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GemeenteGegevens>(configuration.GetSection(GemeenteGegevens.Sectie));
        services.Configure<PdfOpties>(configuration.GetSection(PdfOpties.Sectie));
        services.AddSingleton<ChromiumPdfRenderer>();
        services.AddSingleton<IPdfRenderer>(sp => new BegrensdePdfRenderer(sp.GetRequiredService<ChromiumPdfRenderer>(), sp.GetRequiredService<IOptions<PdfOpties>>()));
        services.AddScoped<BriefWeergave>();
        return services;
    }
}
