using QRCoder;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wmo.Web.TagHelpers;

/// <summary>
/// A QR code drawn on the server as SVG (QRCoder), shown as an image from a data: address: no external service sees
/// the secret, and the Content-Security-Policy (img-src 'self' data:) needs no exception for inline styles.
/// <c>&lt;wmo-qr waarde="otpauth://…" alt="…" /&gt;</c>.
/// </summary>
[HtmlTargetElement("wmo-qr", TagStructure = TagStructure.WithoutEndTag)]
public sealed class QrCodeTagHelper : TagHelper
{
    public string Waarde { get; set; } = string.Empty;

    public string Alt { get; set; } = string.Empty;

    public static string Svg(string waarde)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(waarde, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(5);
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "img";
        output.TagMode = TagMode.SelfClosing;
        output.Attributes.SetAttribute("class", "qr");
        output.Attributes.SetAttribute("src", "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Svg(Waarde))));
        output.Attributes.SetAttribute("alt", Alt);
        output.Attributes.SetAttribute("width", "200");
        output.Attributes.SetAttribute("height", "200");
    }
}
