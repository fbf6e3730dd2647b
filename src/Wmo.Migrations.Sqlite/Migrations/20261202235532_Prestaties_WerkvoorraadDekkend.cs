using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_WerkvoorraadDekkend : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_BehandelaarId_Status_HuishoudenAfgeschermd_HuishoudenId",
                table: "Ondersteuningsvragen");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_Behandelaar_Werkvoorraad",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "Status", "HuishoudenAfgeschermd", "HuishoudenId", "IsUrgent", "Meldingsdatum", "Aanvraagdatum", "VerdaagdTot", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_Behandelaar_Werkvoorraad",
                table: "Ondersteuningsvragen");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_BehandelaarId_Status_HuishoudenAfgeschermd_HuishoudenId",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "Status", "HuishoudenAfgeschermd", "HuishoudenId" });
        }
    }
}
