using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Lumpsum;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Lumpsum;

/// <summary>One refused line of an upload: its line number, what it said, and why.</summary>
public sealed record GeweigerdeRegel(int Regelnummer, string Inhoud, string Melding);

/// <summary>The outcome of an upload: either every line was saved, or nothing was and the report says why.</summary>
public sealed record ImportResultaat(int AantalRegels, IReadOnlyList<GeweigerdeRegel> Geweigerd)
{
    public bool IsOpgeslagen => Geweigerd.Count == 0 && AantalRegels > 0;
}

/// <summary>
/// Realised spend from a CSV file (format in docs/lumpsum-csv.md): every line is validated against the format and the
/// domain's rules; only when all lines are right is anything saved (all-or-nothing), otherwise the report lists
/// every refused line.
/// </summary>
[UseCase]
public sealed partial class RealisatieImporteren(WmoDbContext db)
{
    public const int MaximaalAantalRegels = 10_000;

    public static readonly string[] Kolommen = ["maand", "aanbieder", "perceel", "bedrag"];

    public async Task<ImportResultaat> VoerUitAsync(int jaar, Guid versie, TextReader csv, CancellationToken ct = default)
    {
        var begroting = await LumpsumOpslag.LaadAsync(db, jaar, ct);
        var aanbieders = await db.Organisaties.AsNoTracking().Select(o => new { o.Id, o.Naam, o.AgbCode }).ToListAsync(ct);
        var geweigerd = new List<GeweigerdeRegel>();
        var kop = await csv.ReadLineAsync(ct);
        if (kop is null || !Kolommen.SequenceEqual(kop.Trim().TrimStart('\uFEFF').Split(';').Select(k => k.Trim().ToLowerInvariant())))
        {
            return new ImportResultaat(0, [new GeweigerdeRegel(1, Afgekapt(kop ?? string.Empty), $"De eerste regel moet de kolomnamen bevatten: {string.Join(';', Kolommen)}")]);
        }

        var nummer = 1;
        var aantal = 0;
        var gezien = new HashSet<(Guid, Perceel, int)>();
        while (await csv.ReadLineAsync(ct) is { } regel)
        {
            nummer++;
            if (string.IsNullOrWhiteSpace(regel))
            {
                continue;
            }

            if (++aantal > MaximaalAantalRegels)
            {
                geweigerd.Add(new GeweigerdeRegel(nummer, string.Empty, $"Het bestand heeft meer dan {MaximaalAantalRegels} regels; splits het op."));
                break;
            }

            var velden = regel.Split(';').Select(v => v.Trim()).ToArray();
            string? fout = null;
            if (velden.Length != Kolommen.Length)
            {
                fout = $"Verwacht {Kolommen.Length} kolommen gescheiden door ';', gevonden: {velden.Length}.";
            }
            else if (!MaandPatroon().IsMatch(velden[0]) || int.Parse(velden[0][..4], CultureInfo.InvariantCulture) != jaar)
            {
                fout = $"De maand moet de vorm jjjj-mm hebben en in {jaar} liggen.";
            }
            else if (aanbieders.Where(a => a.AgbCode == velden[1] || string.Equals(a.Naam, velden[1], StringComparison.OrdinalIgnoreCase)).ToList() is not [var aanbieder])
            {
                fout = "Onbekende aanbieder: gebruik de AGB-code of de naam zoals in het portaal.";
            }
            else if (LeesPerceel(velden[2]) is not { } perceel)
            {
                fout = "Onbekend perceel: gebruik BO, TO-DB, HH of KV.";
            }
            else if (!BedragPatroon().IsMatch(velden[3]))
            {
                fout = "Het bedrag is geen geldig bedrag in euro's (bijvoorbeeld 12345,67; geen duizendtallen, niet negatief).";
            }
            else
            {
                var maand = int.Parse(velden[0][5..], CultureInfo.InvariantCulture);
                var bedrag = decimal.Parse(velden[3].Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                if (!gezien.Add((aanbieder.Id, perceel, maand)))
                {
                    fout = "Deze aanbieder, dit perceel en deze maand staan al eerder in het bestand.";
                }
                else
                {
                    try
                    {
                        begroting.RegistreerUitgaven(aanbieder.Id, perceel, maand, bedrag);
                    }
                    catch (DomainException e)
                    {
                        fout = e.Message;
                    }
                }
            }

            if (fout is not null)
            {
                geweigerd.Add(new GeweigerdeRegel(nummer, Afgekapt(regel), fout));
            }
        }

        if (aantal == 0 && geweigerd.Count == 0)
        {
            geweigerd.Add(new GeweigerdeRegel(2, string.Empty, "Het bestand bevat geen regels met realisatie."));
        }

        if (geweigerd.Count > 0)
        {
            // All-or-nothing: the lines that were fine are not saved either.
            db.ChangeTracker.Clear();
            return new ImportResultaat(aantal, geweigerd);
        }

        db.Bewaar(begroting, versie);
        await db.SaveChangesAsync(ct);
        return new ImportResultaat(aantal, []);
    }

    public static Perceel? LeesPerceel(string code) => code.Trim().ToUpperInvariant() switch
    {
        "BO" => Perceel.Basisondersteuning,
        "TO-DB" => Perceel.ThuisondersteuningEnDagbesteding,
        "HH" => Perceel.HulpBijHetHuishouden,
        "KV" => Perceel.KortdurendVerblijf,
        _ => null,
    };

    public static string PerceelCode(Perceel perceel) => perceel switch
    {
        Perceel.Basisondersteuning => "BO",
        Perceel.ThuisondersteuningEnDagbesteding => "TO-DB",
        Perceel.HulpBijHetHuishouden => "HH",
        _ => "KV",
    };

    private static string Afgekapt(string regel) => regel.Length <= 200 ? regel : regel[..200] + "…";

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MaandPatroon();

    [GeneratedRegex(@"^\d{1,12}([.,]\d{1,2})?$")]
    private static partial Regex BedragPatroon();
}
