using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Wmo.Infrastructure.Audit;

/// <summary>One read in the journal: its number, the moment it was read, who read it and what.</summary>
public sealed record JournaalRegel(long Nummer, DateTimeOffset Moment, AuditActeur Acteur, AuditGebeurtenis Gebeurtenis);

/// <summary>
/// The portal's journal of reads on SQLite (issue 15, docs/performance.md, twenty-fourth round; the contract in
/// docs/privacy-en-beveiliging.md, "Inzage vastleggen"): a folder of append-only files of one JSON line per read, each
/// numbered. A request's read is acknowledged once its line is written to the file (as durable as a commit with SQLite's
/// <c>synchronous = NORMAL</c> in WAL mode: it survives a crash of the portal, not necessarily of the machine);
/// <see cref="GebundeldeAuditSchrijver"/> appends the lines to the audit trail every few seconds and then deletes
/// their files.
/// <list type="bullet">
/// <item>A file is never appended to after a restart: each writer starts a new one, named after its first number.</item>
/// <item>The files that are full are not written to again (<see cref="Wissel"/>); they are deleted only after their lines
/// are in the trail, and the last file always stays, so the numbering goes on after a restart.</item>
/// <item>One writer at a time: the folder is locked for as long as the journal is open.</item>
/// </list>
/// </summary>
public sealed class InzageJournaal : IDisposable
{
    private const string Extensie = ".jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private readonly string _map;
    private readonly FileStream _slot;
    private readonly List<(string Pad, long Laatste)> _vol = [];
    private FileStream _huidig;
    private string _huidigPad;
    private long _huidigLaatste;

    private InzageJournaal(string map, FileStream slot, long volgende, IEnumerable<(string Pad, long Laatste)> vol)
    {
        _map = map;
        _slot = slot;
        _vol.AddRange(vol);
        Volgende = volgende;
        (_huidigPad, _huidig) = NieuwBestand(volgende);
    }

    /// <summary>The number the next line gets.</summary>
    public long Volgende { get; private set; }

    /// <summary>
    /// Opens the journal in <paramref name="map"/> (created when missing) and returns it with the lines not yet in the
    /// trail: those after <paramref name="inDeTrail"/> (<see cref="AuditKop.JournaalVolgnummer"/>), in order. A last line
    /// that was only half written (the portal stopped while writing it) was never acknowledged and is left out; any other
    /// unreadable line stops the start (<see cref="InvalidDataException"/>): the journal is evidence and is not skipped.
    /// Throws <see cref="IOException"/> when another writer holds the folder.
    /// </summary>
    public static (InzageJournaal Journaal, List<JournaalRegel> Open) Open(string map, long inDeTrail)
    {
        Directory.CreateDirectory(map);
        var slot = new FileStream(Path.Combine(map, "schrijver.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        try
        {
            var open = new List<JournaalRegel>();
            var vol = new List<(string, long)>();
            var hoogste = inDeTrail;
            foreach (var (pad, eerste) in Bestanden(map))
            {
                hoogste = Math.Max(hoogste, eerste - 1);
                var regels = Lees(pad);
                foreach (var regel in regels)
                {
                    hoogste = Math.Max(hoogste, regel.Nummer);
                    if (regel.Nummer > inDeTrail)
                    {
                        open.Add(regel);
                    }
                }

                // A file without a whole line, or with only lines already in the trail, is done with; the new file made
                // below keeps the numbering.
                if (regels.Count == 0 || regels[^1].Nummer <= inDeTrail)
                {
                    File.Delete(pad);
                }
                else
                {
                    vol.Add((pad, regels[^1].Nummer));
                }
            }

            open.Sort((a, b) => a.Nummer.CompareTo(b.Nummer));
            return (new InzageJournaal(map, slot, hoogste + 1, vol), open);
        }
        catch
        {
            slot.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes <paramref name="regels"/> (numbered from <see cref="Volgende"/> on, returned with their numbers) to the current
    /// file and hands them to the operating system before returning: from then on they survive a crash of the portal.
    /// </summary>
    public List<JournaalRegel> Schrijf(IEnumerable<(DateTimeOffset Moment, AuditActeur Acteur, AuditGebeurtenis Gebeurtenis)> regels)
    {
        ArgumentNullException.ThrowIfNull(regels);
        var geschreven = new List<JournaalRegel>();
        var tekst = new StringBuilder();
        foreach (var (moment, acteur, gebeurtenis) in regels)
        {
            var regel = new JournaalRegel(Volgende + geschreven.Count, moment, acteur, gebeurtenis);
            tekst.Append(JsonSerializer.Serialize(regel, Json)).Append('\n');
            geschreven.Add(regel);
        }

        if (geschreven.Count == 0)
        {
            return geschreven;
        }

        _huidig.Write(Encoding.UTF8.GetBytes(tekst.ToString()));
        _huidig.Flush();
        Volgende += geschreven.Count;
        _huidigLaatste = geschreven[^1].Nummer;
        return geschreven;
    }

    /// <summary>
    /// Closes the current file when it holds lines and starts the next: what is written from now on goes to a file of its
    /// own, so the lines taken to the trail now can be deleted with their files once they are there.
    /// </summary>
    public void Wissel()
    {
        if (_huidigLaatste == 0)
        {
            return;
        }

        _huidig.Dispose();
        _vol.Add((_huidigPad, _huidigLaatste));
        _huidigLaatste = 0;
        (_huidigPad, _huidig) = NieuwBestand(Volgende);
    }

    /// <summary>Deletes the full files whose lines are all in the trail (up to and including <paramref name="inDeTrail"/>).</summary>
    public void Ruim(long inDeTrail)
    {
        foreach (var bestand in _vol.Where(v => v.Laatste <= inDeTrail).ToList())
        {
            File.Delete(bestand.Pad);
            _vol.Remove(bestand);
        }
    }

    public void Dispose()
    {
        _huidig.Dispose();
        _slot.Dispose();
    }

    /// <summary>The lines of one file; a last line without its line end is left out (it was being written).</summary>
    public static List<JournaalRegel> Lees(string pad)
    {
        var tekst = File.ReadAllText(pad, Encoding.UTF8);
        var regels = new List<JournaalRegel>();
        var begin = 0;
        var regelnummer = 0;
        while (begin < tekst.Length)
        {
            var einde = tekst.IndexOf('\n', begin);
            if (einde < 0)
            {
                break;
            }

            regelnummer++;
            var regel = tekst[begin..einde];
            begin = einde + 1;
            try
            {
                regels.Add(JsonSerializer.Deserialize<JournaalRegel>(regel, Json) ?? throw new JsonException("leeg"));
            }
            catch (JsonException fout)
            {
                throw new InvalidDataException($"Regel {regelnummer} van het inzagejournaal {pad} is onleesbaar; het portaal start niet zonder dat die inzage is vastgelegd.", fout);
            }
        }

        return regels;
    }

    /// <summary>The journal's files in <paramref name="map"/> with the number of their first line, in order.</summary>
    public static IEnumerable<(string Pad, long Eerste)> Bestanden(string map) =>
        Directory.Exists(map)
            ? Directory.EnumerateFiles(map, "*" + Extensie)
                .Select(p => (Pad: p, Eerste: long.TryParse(Path.GetFileNameWithoutExtension(p), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1))
                .Where(b => b.Eerste > 0)
                .OrderBy(b => b.Eerste)
            : [];

    private (string Pad, FileStream Bestand) NieuwBestand(long eerste)
    {
        var pad = Path.Combine(_map, eerste.ToString("D19", CultureInfo.InvariantCulture) + Extensie);
        return (pad, new FileStream(pad, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 1));
    }
}
