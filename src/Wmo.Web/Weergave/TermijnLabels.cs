using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;

namespace Wmo.Web.Weergave;

/// <summary>
/// A deadline as colour plus text, never colour alone:
/// <c>&lt;span class="label-status label-status--verlopen" title="Uiterlijk 30 november 2026"&gt;Verlopen: 4 dagen te laat (30-11-2026)&lt;/span&gt;</c>,
/// or <c>&lt;span&gt;–&lt;/span&gt;</c> when there is no term. "Bijna verlopen" follows the gemeente's setting
/// (<see cref="TermijnInstellingen.BinnenkortWerkdagen"/> of the policy that holds today), the same value the beleid page shows.
/// The one place of this rule and its markup: <see cref="TagHelpers.TermijnTagHelper"/> writes it too.
/// </summary>
/// <remarks>
/// A list takes today and the setting once per view and writes a label per row with <see cref="Van"/>: a tag helper per row
/// was activated through DI and built a <c>TagHelperOutput</c> with its attribute lists 50 times per werkvoorraad (issue 15).
/// </remarks>
public sealed class TermijnLabels(DateOnly vandaag, int binnenkortWerkdagen)
{
    private static readonly IHtmlContent Geen = new GeenTermijn();

    public TermijnLabels(DateOnly vandaag, WmoBeleid beleid)
        : this(vandaag, beleid.Termijnen.BinnenkortWerkdagen)
    {
    }

    /// <summary>The label of <paramref name="termijn"/>, written (HTML-encoded) when the view is written.</summary>
    public IHtmlContent Van(Termijn? termijn) => termijn is null ? Geen : new Label(termijn, vandaag, binnenkortWerkdagen);

    private sealed class Label(Termijn termijn, DateOnly vandaag, int binnenkortWerkdagen) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var (klasse, woord) = termijn.Status(vandaag, binnenkortWerkdagen) switch
            {
                TermijnStatus.Verlopen => ("label-status--verlopen", "Verlopen"),
                TermijnStatus.BinnenkortVerlopen => ("label-status--binnenkort", "Bijna verlopen"),
                _ => ("label-status--ok", "Op schema"),
            };
            writer.Write("<span class=\"label-status ");
            writer.Write(klasse);
            writer.Write("\" title=\"");
            encoder.Encode(writer, "Uiterlijk ");
            encoder.Encode(writer, termijn.Einddatum.Lang());
            writer.Write("\">");
            encoder.Encode(writer, woord);
            encoder.Encode(writer, ": ");
            encoder.Encode(writer, termijn.Resterend(vandaag));
            encoder.Encode(writer, " (");
            encoder.Encode(writer, termijn.Einddatum.Kort());
            encoder.Encode(writer, ")");
            writer.Write("</span>");
        }
    }

    private sealed class GeenTermijn : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write("<span>");
            encoder.Encode(writer, "–");
            writer.Write("</span>");
        }
    }
}
