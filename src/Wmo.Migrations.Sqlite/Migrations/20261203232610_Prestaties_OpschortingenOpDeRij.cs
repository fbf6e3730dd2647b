using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_OpschortingenOpDeRij : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BeslistermijnOpgeschortSinds",
                table: "Ondersteuningsvragen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BeslistermijnOpgeschorteDagen",
                table: "Ondersteuningsvragen",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OnderzoekOpgeschortSinds",
                table: "Ondersteuningsvragen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OnderzoekOpgeschorteDagen",
                table: "Ondersteuningsvragen",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Each term's opschortingen summarised on the vraag's row (Ondersteuningsvraag.WerkLopendeTermijnBij writes them from now
            // on): the days of the ended ones and the first day of the running one. Only vragen with an opschorting differ from the defaults.
            migrationBuilder.Sql("UPDATE \"Ondersteuningsvragen\" SET \"OnderzoekOpgeschorteDagen\" = COALESCE((SELECT SUM(CAST(julianday(o.\"TotEnMet\") - julianday('0001-01-01') AS INTEGER) - CAST(julianday(o.\"Van\") - julianday('0001-01-01') AS INTEGER) + 1) FROM \"Opschortingen\" AS o WHERE o.\"OndersteuningsvraagId\" = \"Ondersteuningsvragen\".\"Id\" AND o.\"TotEnMet\" IS NOT NULL), 0), \"OnderzoekOpgeschortSinds\" = (SELECT MIN(CAST(julianday(o.\"Van\") - julianday('0001-01-01') AS INTEGER)) FROM \"Opschortingen\" AS o WHERE o.\"OndersteuningsvraagId\" = \"Ondersteuningsvragen\".\"Id\" AND o.\"TotEnMet\" IS NULL), \"BeslistermijnOpgeschorteDagen\" = COALESCE((SELECT SUM(CAST(julianday(o.\"TotEnMet\") - julianday('0001-01-01') AS INTEGER) - CAST(julianday(o.\"Van\") - julianday('0001-01-01') AS INTEGER) + 1) FROM \"BeslistermijnOpschortingen\" AS o WHERE o.\"OndersteuningsvraagId\" = \"Ondersteuningsvragen\".\"Id\" AND o.\"TotEnMet\" IS NOT NULL), 0), \"BeslistermijnOpgeschortSinds\" = (SELECT MIN(CAST(julianday(o.\"Van\") - julianday('0001-01-01') AS INTEGER)) FROM \"BeslistermijnOpschortingen\" AS o WHERE o.\"OndersteuningsvraagId\" = \"Ondersteuningsvragen\".\"Id\" AND o.\"TotEnMet\" IS NULL) WHERE EXISTS (SELECT 1 FROM \"Opschortingen\" AS o WHERE o.\"OndersteuningsvraagId\" = \"Ondersteuningsvragen\".\"Id\") OR EXISTS (SELECT 1 FROM \"BeslistermijnOpschortingen\" AS o WHERE o.\"OndersteuningsvraagId\" = \"Ondersteuningsvragen\".\"Id\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BeslistermijnOpgeschortSinds",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "BeslistermijnOpgeschorteDagen",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "OnderzoekOpgeschortSinds",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "OnderzoekOpgeschorteDagen",
                table: "Ondersteuningsvragen");
        }
    }
}
