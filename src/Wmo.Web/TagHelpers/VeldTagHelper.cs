using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wmo.Web.TagHelpers;

/// <summary>
/// One accessible form field: label, optional hint, the error message (linked with aria-describedby,
/// aria-invalid) and the control. <c>&lt;wmo-veld asp-for="Naam" label="Naam" hint="..." /&gt;</c>.
/// Types: text (default), textarea, date, number, select, password, email, tel, checkbox.
/// </summary>
[HtmlTargetElement("wmo-veld", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class VeldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    [HtmlAttributeName("lege-keuze")]
    public string? LegeKeuze { get; set; } = "— kies —";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("verplicht")]
    public bool Verplicht { get; set; }

    [HtmlAttributeName("kort")]
    public bool Kort { get; set; }

    [HtmlAttributeName("rijen")]
    public int Rijen { get; set; } = 5;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var naam = For.Name;
        var id = TagBuilder.CreateSanitizedId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(naam), "_");
        var fouten = ViewContext.ViewData.ModelState.TryGetValue(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(naam), out var staat)
            ? staat.Errors.Select(e => e.ErrorMessage).ToList()
            : [];
        var heeftFout = fouten.Count > 0;
        var beschrijving = new List<string>();
        if (Hint is not null)
        {
            beschrijving.Add(id + "-hint");
        }

        if (heeftFout)
        {
            beschrijving.Add(id + "-fout");
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", heeftFout ? "veld veld--fout" : "veld");

        var isKeuzevakje = Type == "checkbox";
        var control = MaakControl(id, heeftFout, beschrijving);
        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        if (Verplicht)
        {
            label.InnerHtml.AppendHtml(" <span class=\"verplicht\">(verplicht)</span>");
        }

        if (isKeuzevakje)
        {
            output.Attributes.SetAttribute("class", heeftFout ? "veld veld--fout keuze" : "veld keuze");
            output.Content.AppendHtml(control);
            output.Content.AppendHtml(label);
        }
        else
        {
            output.Content.AppendHtml(label);
        }

        if (Hint is not null)
        {
            var hint = new TagBuilder("span");
            hint.Attributes["id"] = id + "-hint";
            hint.AddCssClass("veld__hint");
            hint.InnerHtml.Append(Hint);
            output.Content.AppendHtml(hint);
        }

        if (heeftFout)
        {
            var fout = new TagBuilder("span");
            fout.Attributes["id"] = id + "-fout";
            fout.AddCssClass("veld__fout");
            fout.InnerHtml.AppendHtml("<span class=\"visueel-verborgen\">Fout: </span>");
            fout.InnerHtml.Append(string.Join(" ", fouten));
            output.Content.AppendHtml(fout);
        }

        if (!isKeuzevakje)
        {
            output.Content.AppendHtml(control);
        }
    }

    private TagBuilder MaakControl(string id, bool heeftFout, List<string> beschrijving)
    {
        var attributen = new Dictionary<string, object?>();
        if (heeftFout)
        {
            attributen["aria-invalid"] = "true";
        }

        if (beschrijving.Count > 0)
        {
            attributen["aria-describedby"] = string.Join(" ", beschrijving);
        }

        if (Autocomplete is not null)
        {
            attributen["autocomplete"] = Autocomplete;
        }

        if (Verplicht)
        {
            attributen["aria-required"] = "true";
        }

        if (Kort)
        {
            attributen["class"] = "kort";
        }

        TagBuilder control = Type switch
        {
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, Rijen, 60, attributen),
            "select" => generator.GenerateSelect(ViewContext, For.ModelExplorer, LegeKeuze, For.Name, Items ?? [], allowMultiple: false, attributen),
            "checkbox" => GenerateCheckBox(attributen),
            "password" => generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, value: null, attributen),
            _ => GenerateInput(attributen),
        };
        control.Attributes["id"] = id;
        return control;
    }

    private TagBuilder GenerateCheckBox(Dictionary<string, object?> attributen)
    {
        // A tampered value ("niet-waar") stays in ModelState and makes the framework's checkbox generator throw (a 500).
        // Show the box unchecked; the binding error is already in ModelState and shown at the field.
        var naam = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.TryGetValue(naam, out var staat) && staat.AttemptedValue is { } poging
            && !bool.TryParse(poging.Split(',')[0], out _))
        {
            ViewContext.ViewData.ModelState.SetModelValue(naam, rawValue: false, attemptedValue: poging);
        }

        return generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, For.Model as bool?, attributen);
    }

    private TagBuilder GenerateInput(Dictionary<string, object?> attributen)
    {
        attributen["type"] = Type;
        var waarde = For.Model switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            // In the culture the form binds with (nl-NL: "23,00"): an invariant "23.0" came back as 230 (the dot is the thousands separator).
            decimal m => m.ToString(System.Globalization.CultureInfo.CurrentCulture),
            null => null,
            var v => v.ToString(),
        };

        // Keep what the user typed when the value did not bind (e.g. an impossible date), so nothing is lost.
        var poging = ViewContext.ViewData.ModelState.TryGetValue(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name), out var staat)
            ? staat.AttemptedValue
            : null;
        return generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, poging ?? waarde, format: null, attributen);
    }
}
