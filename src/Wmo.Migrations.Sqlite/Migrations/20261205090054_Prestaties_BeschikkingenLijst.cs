using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_BeschikkingenLijst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_Soort_Nummer",
                table: "Beschikkingen",
                columns: new[] { "Soort", "Nummer" });

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_Verzenddatum_Nummer",
                table: "Beschikkingen",
                columns: new[] { "Verzenddatum", "Nummer" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Beschikkingen_Soort_Nummer",
                table: "Beschikkingen");

            migrationBuilder.DropIndex(
                name: "IX_Beschikkingen_Verzenddatum_Nummer",
                table: "Beschikkingen");
        }
    }
}
