using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sturing_MonitoringIndexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_Begindatum",
                table: "Toewijzingen",
                column: "Begindatum");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_Meldingsdatum",
                table: "Ondersteuningsvragen",
                column: "Meldingsdatum");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_UitkomstDatum_InwonerId",
                table: "Ondersteuningsvragen",
                columns: new[] { "UitkomstDatum", "InwonerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Toewijzingen_Begindatum",
                table: "Toewijzingen");

            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_Meldingsdatum",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_UitkomstDatum_InwonerId",
                table: "Ondersteuningsvragen");
        }
    }
}
