using Microsoft.AspNetCore.Razor.TagHelpers;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Web.Weergave;

namespace Wmo.Web.TagHelpers;

/// <summary>
/// A deadline as colour plus text, never colour alone: <c>&lt;wmo-termijn termijn="..." vandaag="..." /&gt;</c>.
/// "Bijna verlopen" follows the gemeente's setting (<see cref="TermijnInstellingen.BinnenkortWerkdagen"/> of the policy
/// that holds today), the same value the beleid page shows.
/// </summary>
[HtmlTargetElement("wmo-termijn", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TermijnTagHelper(WmoBeleid beleid) : TagHelper
{
    public Termijn? Termijn { get; set; }

    public DateOnly Vandaag { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Termijn is null)
        {
            output.Content.SetContent("–");
            return;
        }

        var (klasse, woord) = Termijn.Status(Vandaag, beleid.Termijnen.BinnenkortWerkdagen) switch
        {
            TermijnStatus.Verlopen => ("label-status--verlopen", "Verlopen"),
            TermijnStatus.BinnenkortVerlopen => ("label-status--binnenkort", "Bijna verlopen"),
            _ => ("label-status--ok", "Op schema"),
        };
        output.Attributes.SetAttribute("class", "label-status " + klasse);
        output.Attributes.SetAttribute("title", "Uiterlijk " + Termijn.Einddatum.Lang());
        output.Content.SetContent($"{woord}: {Termijn.Resterend(Vandaag)} ({Termijn.Einddatum.Kort()})");
    }
}
