using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Audit;

/// <summary>
/// Writes audit entries without the change tracker (which sends one translated command per added row): a few entries with
/// one multi-row INSERT that also moves the chain's head (issue 15). More than <see cref="RijenPerCommando"/> entries (a page of search results, a bundle of reads, a CAK delivery) go through one prepared
/// single-row statement (<see cref="AggregaatSchrijver"/>) on the same connection and transaction.
/// Values and parameter types come from EF's own mapping, and the command goes through EF (its interceptors and the
/// current transaction), so the rows are exactly what SaveChanges would have written, in the same transaction.
/// </summary>
internal static class AuditInvoeging
{
    // One command for a few rows (a single read, an ordinary save). Not more: EF and Microsoft.Data.Sqlite look each parameter
    // up by name in a list, so binding costs grow with the square of the parameters per command, and SQLite prepares the long
    // statement anew each time; at 500 rows that was 70% of exporting 10,000 WMO301's (issue 14). Twelfth round (issue 15):
    // a bundle of searches (20 rows each, up to 100 per command) spent a third of a name search's CPU in binding and
    // preparing; from 9 rows on, one prepared single-row statement is cheaper (docs/performance.md).
    private const int RijenPerCommando = 8;

    /// <summary>
    /// Inserts <paramref name="regels"/> (and the index rows <paramref name="betrokkenen"/> of their inwoners) and moves the chain's head (<see cref="AuditKop"/>) to the last of them: for up to
    /// <see cref="RijenPerCommando"/> rows (a read, an ordinary save) one command for both, so one audited read
    /// costs one command after reading the head, not an INSERT through the change tracker and a translated UPDATE (issue 15,
    /// docs/performance.md, ninth round).
    /// </summary>
    public static async Task VoegInAsync(WmoDbContext db, IReadOnlyList<AuditRegel> regels, IReadOnlyList<AuditBetrokkene> betrokkenen, long kopVolgnummer, string kopHash, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(typeof(AuditRegel)) ?? throw new InvalidOperationException("AuditRegel ontbreekt in het model.");
        var kop = db.Model.FindEntityType(typeof(AuditKop)) ?? throw new InvalidOperationException("AuditKop ontbreekt in het model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var kopTabel = StoreObjectIdentifier.Table(kop.GetTableName()!, kop.GetSchema());
        string KopKolom(string property) => sql.DelimitIdentifier(kop.FindProperty(property)!.GetColumnName(kopTabel)!);
        var kopBijwerken = "UPDATE " + sql.DelimitIdentifier(kopTabel.Name, kopTabel.Schema) + " SET " + KopKolom(nameof(AuditKop.LaatsteVolgnummer)) + " = @kv, "
            + KopKolom(nameof(AuditKop.LaatsteHash)) + " = @kh WHERE " + KopKolom(nameof(AuditKop.Id)) + " = " + AuditKop.EnigeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        DbParameter[] KopParameters(DbCommand fabriek) =>
        [
            ((RelationalTypeMapping)kop.FindProperty(nameof(AuditKop.LaatsteVolgnummer))!.GetTypeMapping()).CreateParameter(fabriek, "@kv", kopVolgnummer, nullable: false),
            ((RelationalTypeMapping)kop.FindProperty(nameof(AuditKop.LaatsteHash))!.GetTypeMapping()).CreateParameter(fabriek, "@kh", kopHash, nullable: false),
        ];

        if (regels.Count > RijenPerCommando || betrokkenen.Count > 0)
        {
            // More than a few rows (a page of search results, a bundle of reads, a CAK delivery's regels): one prepared
            // single-row statement per row. In blocks of 100 rows, binding 1,500 parameters by name took 4 s per 10,000 rows (issue 15).
            var transactie = db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("Auditregels in bulk schrijven kan alleen binnen een transactie.");
            using var schrijver = new AggregaatSchrijver(db, transactie.Connection!, Guid.NewGuid) { Transactie = transactie };
            foreach (var regel in regels)
            {
                await schrijver.SchrijfAsync(regel, null, cancellationToken);
            }

            // The per-inwoner index of a page of search results: one short row per person shown.
            if (db.Database.IsSqlite())
            {
                await VoegBetrokkenenInSqliteAsync(db, betrokkenen, cancellationToken);
            }
            else
            {
                foreach (var betrokkene in betrokkenen)
                {
                    await schrijver.SchrijfAsync(betrokkene, null, cancellationToken);
                }
            }

            await using var losseFabriek = db.Database.GetDbConnection().CreateCommand();
            await db.Database.ExecuteSqlRawAsync(kopBijwerken, KopParameters(losseFabriek), cancellationToken);
            return;
        }

        var tabel = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = type.GetProperties().ToList();
        var kolommen = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(tabel)!)));
        await using var fabriek = db.Database.GetDbConnection().CreateCommand();
        foreach (var blok in regels.Chunk(RijenPerCommando))
        {
            var parameters = new List<DbParameter>(blok.Length * properties.Count);
            var rijen = new List<string>(blok.Length);
            for (var r = 0; r < blok.Length; r++)
            {
                var namen = new List<string>(properties.Count);
                for (var k = 0; k < properties.Count; k++)
                {
                    var naam = $"@a{r}_{k}";
                    namen.Add(naam);
                    var mapping = (RelationalTypeMapping)properties[k].GetTypeMapping();
                    parameters.Add(mapping.CreateParameter(fabriek, naam, properties[k].GetGetter().GetClrValue(blok[r]), properties[k].IsNullable));
                }

                rijen.Add("(" + string.Join(", ", namen) + ")");
            }

            var opdracht = "INSERT INTO " + sql.DelimitIdentifier(tabel.Name, tabel.Schema) + " (" + kolommen + ") VALUES " + string.Join(", ", rijen);

            // With at most RijenPerCommando rows (the only path here) this is the one and last block: the head moves with it.
            parameters.AddRange(KopParameters(fabriek));
            opdracht += "; " + kopBijwerken;
            await db.Database.ExecuteSqlRawAsync(opdracht, parameters, cancellationToken);
        }
    }

    /// <summary>
    /// SQLite: all <paramref name="betrokkenen"/> in one command with one parameter, a JSON array of [inwoner, volgnummer]
    /// pairs that SQLite unpacks itself (json_each), in the given order. A bundle of name searches writes tens of thousands of
    /// these two-column rows per journal round; one prepared single-row statement per row cost 15–24 µs a row in .NET
    /// against 3–4 µs in SQLite (issue 15, docs/performance.md, twenty-sixth and twenty-seventh round). The SQL text does
    /// not depend on the number of rows, so the connection keeps it prepared.
    /// </summary>
    private static async Task VoegBetrokkenenInSqliteAsync(WmoDbContext db, IReadOnlyList<AuditBetrokkene> betrokkenen, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(typeof(AuditBetrokkene)) ?? throw new InvalidOperationException("AuditBetrokkene ontbreekt in het model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var tabel = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        string Kolom(string property) => sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName(tabel)!);
        var opdracht = "INSERT INTO " + sql.DelimitIdentifier(tabel.Name, tabel.Schema) + " (" + Kolom(nameof(AuditBetrokkene.InwonerId)) + ", "
            + Kolom(nameof(AuditBetrokkene.Volgnummer)) + ") SELECT json_extract(\"value\", '$[0]'), json_extract(\"value\", '$[1]') FROM json_each(@rijen) ORDER BY \"key\"";

        var json = new System.Text.StringBuilder(betrokkenen.Count * 48).Append('[');
        foreach (var betrokkene in betrokkenen)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            // The text SQLite holds for a Guid column: upper case, as Microsoft.Data.Sqlite binds a Guid parameter.
            json.Append("[\"").Append(betrokkene.InwonerId.ToString("D").ToUpperInvariant()).Append("\",")
                .Append(betrokkene.Volgnummer.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
        }

        json.Append(']');
        await db.Database.ExecuteSqlRawAsync(opdracht, [new Microsoft.Data.Sqlite.SqliteParameter("@rijen", json.ToString())], cancellationToken);
    }
}
