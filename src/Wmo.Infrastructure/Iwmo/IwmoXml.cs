using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Wmo.Infrastructure.Iwmo;

/// <summary>How iWmo messages are written: UTF-8 with declaration, indented, as the aanbieders' systems expect.</summary>
public static class IwmoXml
{
    public static string AlsTekst(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var schrijver = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(schrijver, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            document.Save(xml);
        }

        return schrijver.ToString();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
