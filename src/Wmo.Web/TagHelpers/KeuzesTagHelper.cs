using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wmo.Web.TagHelpers;

/// <summary>
/// A radio group in a fieldset with legend, its error linked with aria-describedby:
/// <c>&lt;wmo-keuzes naam="Locatie" legend="Waar?" asp-items="..." waarde="Thuis" /&gt;</c>.
/// </summary>
[HtmlTargetElement("wmo-keuzes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class KeuzesTagHelper : TagHelper
{
    public string Naam { get; set; } = string.Empty;

    public string Legend { get; set; } = string.Empty;

    public string? Hint { get; set; }

    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public string? Waarde { get; set; }

    public bool Verplicht { get; set; }

    /// <summary>Side by side (e.g. ja/nee) instead of one per line.</summary>
    public bool Naast { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = TagBuilder.CreateSanitizedId(Naam, "_");
        var fouten = ViewContext.ViewData.ModelState.TryGetValue(Naam, out var staat) ? staat.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var beschrijving = new List<string>();
        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", id);
        output.Attributes.SetAttribute("class", "veld keuzes" + (Naast ? " keuzes--naast" : string.Empty) + (fouten.Count > 0 ? " veld--fout" : string.Empty));

        var legend = new TagBuilder("legend");
        legend.InnerHtml.Append(Legend);
        if (Verplicht)
        {
            legend.InnerHtml.AppendHtml(" <span class=\"verplicht\">(verplicht)</span>");
        }

        output.Content.AppendHtml(legend);
        if (Hint is not null)
        {
            beschrijving.Add(id + "-hint");
            var hint = new TagBuilder("span");
            hint.Attributes["id"] = id + "-hint";
            hint.AddCssClass("veld__hint");
            hint.InnerHtml.Append(Hint);
            output.Content.AppendHtml(hint);
        }

        if (fouten.Count > 0)
        {
            beschrijving.Add(id + "-fout");
            var fout = new TagBuilder("span");
            fout.Attributes["id"] = id + "-fout";
            fout.AddCssClass("veld__fout");
            fout.InnerHtml.AppendHtml("<span class=\"visueel-verborgen\">Fout: </span>");
            fout.InnerHtml.Append(string.Join(" ", fouten));
            output.Content.AppendHtml(fout);
        }

        if (beschrijving.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(" ", beschrijving));
        }

        var gepost = staat?.AttemptedValue;
        foreach (var (item, i) in Items.Select((item, i) => (item, i)))
        {
            var keuze = new TagBuilder("div");
            keuze.AddCssClass("keuze");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.Attributes["type"] = "radio";
            input.Attributes["id"] = $"{id}-{i}";
            input.Attributes["name"] = Naam;
            input.Attributes["value"] = item.Value;
            if (string.Equals(gepost ?? Waarde, item.Value, StringComparison.Ordinal))
            {
                input.Attributes["checked"] = "checked";
            }

            var label = new TagBuilder("label");
            label.Attributes["for"] = $"{id}-{i}";
            label.InnerHtml.Append(item.Text);
            keuze.InnerHtml.AppendHtml(input);
            keuze.InnerHtml.AppendHtml(label);
            output.Content.AppendHtml(keuze);
        }
    }
}
