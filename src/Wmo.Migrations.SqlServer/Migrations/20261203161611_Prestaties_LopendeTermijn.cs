using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LopendeTermijnVanafDag",
                table: "Ondersteuningsvragen",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // The running term's facts of the vragen that exist (Ondersteuningsvraag.WerkLopendeTermijnBij writes them from now on):
            // the aanvang (melding, aanvraag) plus the ended opschortingen of that term, or the verdaging; and a running opschorting.
            migrationBuilder.Sql("UPDATE [Ondersteuningsvragen] SET [LopendeTermijnVanafDag] = CASE WHEN [Ondersteuningsvragen].[Aanvraagdatum] IS NULL THEN DATEDIFF(day, CAST('0001-01-01' AS date), [Ondersteuningsvragen].[Meldingsdatum]) + COALESCE((SELECT SUM(DATEDIFF(day, CAST('0001-01-01' AS date), o.[TotEnMet]) - DATEDIFF(day, CAST('0001-01-01' AS date), o.[Van]) + 1) FROM [Opschortingen] AS o WHERE o.[OndersteuningsvraagId] = [Ondersteuningsvragen].[Id] AND o.[TotEnMet] IS NOT NULL), 0) WHEN [Ondersteuningsvragen].[VerdaagdTot] IS NOT NULL THEN DATEDIFF(day, CAST('0001-01-01' AS date), [Ondersteuningsvragen].[VerdaagdTot]) ELSE DATEDIFF(day, CAST('0001-01-01' AS date), [Ondersteuningsvragen].[Aanvraagdatum]) + COALESCE((SELECT SUM(DATEDIFF(day, CAST('0001-01-01' AS date), o.[TotEnMet]) - DATEDIFF(day, CAST('0001-01-01' AS date), o.[Van]) + 1) FROM [BeslistermijnOpschortingen] AS o WHERE o.[OndersteuningsvraagId] = [Ondersteuningsvragen].[Id] AND o.[TotEnMet] IS NOT NULL), 0) END, [LopendeTermijnOpgeschortSinds] = CASE WHEN [Ondersteuningsvragen].[Aanvraagdatum] IS NULL THEN (SELECT MIN(DATEDIFF(day, CAST('0001-01-01' AS date), o.[Van])) FROM [Opschortingen] AS o WHERE o.[OndersteuningsvraagId] = [Ondersteuningsvragen].[Id] AND o.[TotEnMet] IS NULL) WHEN [Ondersteuningsvragen].[VerdaagdTot] IS NOT NULL THEN NULL ELSE (SELECT MIN(DATEDIFF(day, CAST('0001-01-01' AS date), o.[Van])) FROM [BeslistermijnOpschortingen] AS o WHERE o.[OndersteuningsvraagId] = [Ondersteuningsvragen].[Id] AND o.[TotEnMet] IS NULL) END");

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
