using Wmo.Web.Brieven;

namespace Wmo.Web.Tests.Support;

/// <summary>The one PDF fake: remembers the HTML it was given and returns a tiny "PDF" (the real Chromium is tested on its own).</summary>
public sealed class NepPdfRenderer : IPdfRenderer
{
    public static readonly byte[] Inhoud = "%PDF-1.7 nep"u8.ToArray();

    public string? LaatsteHtml { get; private set; }

    public Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        LaatsteHtml = html;
        return Task.FromResult(Inhoud);
    }
}
