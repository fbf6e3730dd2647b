using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wmo.Web.TagHelpers;

/// <summary>Previous/next links for a paged list, keeping the current filters: <c>&lt;wmo-paginering nummer="2" aantal="7" /&gt;</c>.</summary>
[HtmlTargetElement("wmo-paginering", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagineringTagHelper : TagHelper
{
    public int Nummer { get; set; }

    public int Aantal { get; set; }

    [HtmlAttributeName("parameter")]
    public string Parameter { get; set; } = "pagina";

    /// <summary>The name of the navigation landmark; a page with two paged lists names each (WCAG 2.4.1, unique landmarks).</summary>
    [HtmlAttributeName("label")]
    public string Label { get; set; } = "Paginering";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Aantal <= 1)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("aria-label", Label);
        var lijst = new TagBuilder("ul");
        lijst.AddCssClass("paginering");
        if (Nummer > 1)
        {
            lijst.InnerHtml.AppendHtml(Item(Link(Nummer - 1, "Vorige pagina")));
        }

        var tekst = new TagBuilder("li");
        tekst.Attributes["aria-current"] = "page";
        tekst.InnerHtml.Append($"Pagina {Nummer} van {Aantal}");
        lijst.InnerHtml.AppendHtml(tekst);
        if (Nummer < Aantal)
        {
            lijst.InnerHtml.AppendHtml(Item(Link(Nummer + 1, "Volgende pagina")));
        }

        output.Content.AppendHtml(lijst);
    }

    private static TagBuilder Item(TagBuilder inhoud)
    {
        var li = new TagBuilder("li");
        li.InnerHtml.AppendHtml(inhoud);
        return li;
    }

    private TagBuilder Link(int pagina, string tekst)
    {
        var request = ViewContext.HttpContext.Request;
        var query = new QueryBuilder(request.Query.Where(q => q.Key != Parameter).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))))
        {
            { Parameter, pagina.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        var a = new TagBuilder("a");
        a.Attributes["href"] = request.PathBase + request.Path + query.ToQueryString();
        a.InnerHtml.Append(tekst);
        return a;
    }
}
