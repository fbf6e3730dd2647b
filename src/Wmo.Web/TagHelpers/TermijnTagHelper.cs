using Microsoft.AspNetCore.Razor.TagHelpers;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Web.Weergave;

namespace Wmo.Web.TagHelpers;

/// <summary>
/// A deadline as colour plus text, never colour alone: <c>&lt;wmo-termijn termijn="..." vandaag="..." /&gt;</c> writes the label of
/// <see cref="TermijnLabels"/> (the rule and its markup live there), with the policy that holds today. For a single term on a
/// page; a list of rows takes a <see cref="TermijnLabels"/> once per view instead (issue 15). The element takes no other attributes.
/// </summary>
[HtmlTargetElement("wmo-termijn", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TermijnTagHelper(WmoBeleid beleid) : TagHelper
{
    public Termijn? Termijn { get; set; }

    public DateOnly Vandaag { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // No element of its own: the label is the whole output.
        output.TagName = null;
        output.Content.SetHtmlContent(new TermijnLabels(Vandaag, beleid).Van(Termijn));
    }
}
