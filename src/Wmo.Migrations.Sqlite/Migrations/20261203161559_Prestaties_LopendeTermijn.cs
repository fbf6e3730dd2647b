using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_LopendeTermijn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_Behandelaar_Werkvoorraad",
                table: "Ondersteuningsvragen");

            migrationBuilder.AddColumn<int>(
                name: "LopendeTermijnOpgeschortSinds",
                table: "Ondersteuningsvragen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LopendeTermijnVanafDag",
                table: "Ondersteuningsvragen",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The running term's facts of the vragen that exist (Ondersteuningsvraag.WerkLopendeTermijnBij writes them from now on):
            // the aanvang (melding, aanvraag) plus the ended opschortingen of that term, or the verdaging; and a running opschorting.
            migrationBuilder.Sql("UPDATE \"Ondersteuningsvragen\" SET \"LopendeTermijnVanafDag\" = CASE WHEN \"Ondersteuningsvragen\".\"Aanvraagdatum\" IS NULL THEN CAST(julianday(\"Ondersteuningsvragen\".\"Meldingsdatum\") - julianday('0001-01-01') AS INTEGER) + COALESCE((SELECT SUM(CAST(julianday(o.\"TotEnMet\") - julianday('0001-01-01') AS INTEGER) - CAST(julianday(o.\"Van\") - julianday('0001-01-01') AS INTEGER) + 1) FROM \"Opschortingen\" AS o WHERE o.\"OndersteuningsvraagId\" = \"Ondersteuningsvragen\".\"Id\" AND o.\"TotEnMet\" IS NOT NULL), 0) WHEN \"Ondersteuningsvragen\".\"VerdaagdTot\" IS NOT NULL THEN CAST(julianday(\"Ondersteuningsvragen\".\"VerdaagdTot\") - julianday('0001-01-01') AS INTEGER) ELSE CAST(julianday(\"Ondersteuningsvragen\".\"Aanvraagdatum\") - julianday('0001-01-01') AS INTEGER) + COALESCE((SELECT SUM(CAST(julianday(o.\"TotEnMet\") - julianday('0001-01-01') AS INTEGER) - CAST(julianday(o.\"Van\") - julianday('0001-01-01') AS INTEGER) + 1) FROM \"BeslistermijnOpschortingen\" AS o WHERE o.\"OndersteuningsvraagId\" = \"Ondersteuningsvragen\".\"Id\" AND o.\"TotEnMet\" IS NOT NULL), 0) END, \"LopendeTermijnOpgeschortSinds\" = CASE WHEN \"Ondersteuningsvragen\".\"Aanvraagdatum\" IS NULL THEN (SELECT MIN(CAST(julianday(o.\"Van\") - julianday('0001-01-01') AS INTEGER)) FROM \"Opschortingen\" AS o WHERE o.\"OndersteuningsvraagId\" = \"Ondersteuningsvragen\".\"Id\" AND o.\"TotEnMet\" IS NULL) WHEN \"Ondersteuningsvragen\".\"VerdaagdTot\" IS NOT NULL THEN NULL ELSE (SELECT MIN(CAST(julianday(o.\"Van\") - julianday('0001-01-01') AS INTEGER)) FROM \"BeslistermijnOpschortingen\" AS o WHERE o.\"OndersteuningsvraagId\" = \"Ondersteuningsvragen\".\"Id\" AND o.\"TotEnMet\" IS NULL) END");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_Behandelaar_Werkvoorraad",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "Status", "HuishoudenAfgeschermd", "HuishoudenId", "IsUrgent", "Meldingsdatum", "Aanvraagdatum", "VerdaagdTot", "LopendeTermijnVanafDag", "LopendeTermijnOpgeschortSinds", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_Behandelaar_Werkvoorraad",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "LopendeTermijnOpgeschortSinds",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "LopendeTermijnVanafDag",
                table: "Ondersteuningsvragen");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_Behandelaar_Werkvoorraad",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "Status", "HuishoudenAfgeschermd", "HuishoudenId", "IsUrgent", "Meldingsdatum", "Aanvraagdatum", "VerdaagdTot", "Id" });
        }
    }
}
