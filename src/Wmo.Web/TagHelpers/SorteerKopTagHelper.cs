using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Wmo.Application.Weergave;

namespace Wmo.Web.TagHelpers;

/// <summary>
/// A column header a user sorts the list on, with the keyboard too: the header text becomes a link that sorts on the server
/// (<c>?sorteer=kolom&amp;richting=op|af</c>, the filters kept, back to page 1), and the sorted column carries <c>aria-sort</c>.
/// <c>&lt;th wmo-sorteer="naam" wmo-sortering="@Model.Sortering"&gt;Naam&lt;/th&gt;</c>.
/// </summary>
[HtmlTargetElement("th", Attributes = "wmo-sorteer")]
public sealed class SorteerKopTagHelper : TagHelper
{
    [HtmlAttributeName("wmo-sorteer")]
    public string Kolom { get; set; } = string.Empty;

    [HtmlAttributeName("wmo-sortering")]
    public Sortering? Sortering { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var tekst = (await output.GetChildContentAsync()).GetContent();
        var huidig = Sortering is { } s && s.Is(Kolom) ? s : null;
        if (!output.Attributes.ContainsName("scope"))
        {
            output.Attributes.SetAttribute("scope", "col");
        }

        if (huidig is not null)
        {
            output.Attributes.SetAttribute("aria-sort", huidig.Aflopend ? "descending" : "ascending");
        }

        // A second activation of the sorted column reverses it; any other column starts ascending.
        var volgende = huidig is { Aflopend: false } ? Application.Weergave.Sortering.AflopendWaarde : Application.Weergave.Sortering.Oplopend;
        var request = ViewContext.HttpContext.Request;
        var query = new QueryBuilder(request.Query
            .Where(q => q.Key is not ("pagina" or "sorteer" or "richting"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))))
        {
            { "sorteer", Kolom },
            { "richting", volgende },
        };
        var link = new TagBuilder("a");
        link.AddCssClass("sorteerkop");
        link.Attributes["href"] = request.PathBase + request.Path + query.ToQueryString();
        link.InnerHtml.AppendHtml(tekst);
        var pijl = new TagBuilder("span");
        pijl.AddCssClass("sorteerkop__pijl");
        pijl.Attributes["aria-hidden"] = "true";
        pijl.InnerHtml.Append(huidig is null ? "↕" : huidig.Aflopend ? "▼" : "▲");
        link.InnerHtml.AppendHtml(pijl);
        var uitleg = new TagBuilder("span");
        uitleg.AddCssClass("visueel-verborgen");
        uitleg.InnerHtml.Append(volgende == Application.Weergave.Sortering.AflopendWaarde ? ", sorteer aflopend" : ", sorteer oplopend");
        link.InnerHtml.AppendHtml(uitleg);
        output.Content.SetHtmlContent(link);
    }
}
