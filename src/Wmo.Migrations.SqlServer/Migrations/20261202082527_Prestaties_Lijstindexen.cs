using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_Lijstindexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Lidmaatschappen_InwonerId",
                table: "Lidmaatschappen");

            migrationBuilder.DropIndex(
                name: "IX_Inwoners_ZoekAchternaam",
                table: "Inwoners");

            migrationBuilder.DropIndex(
                name: "IX_EersteContacten_AuteurId_VastgelegdOp",
                table: "EersteContacten");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_HuishoudenId_HuishoudenAfgeschermd_BuurtkamerId_BehandelaarId",
                table: "Ondersteuningsvragen",
                columns: new[] { "HuishoudenId", "HuishoudenAfgeschermd", "BuurtkamerId", "BehandelaarId" });

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_InwonerId_Tot_HuishoudenId",
                table: "Lidmaatschappen",
                columns: new[] { "InwonerId", "Tot", "HuishoudenId" });

            migrationBuilder.CreateIndex(
                name: "IX_Inwoners_ZoekAchternaam_Voornamen_Id",
                table: "Inwoners",
                columns: new[] { "ZoekAchternaam", "Voornamen", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EersteContacten_AuteurId_Meldingsdatum_Id",
                table: "EersteContacten",
                columns: new[] { "AuteurId", "Meldingsdatum", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_HuishoudenId_HuishoudenAfgeschermd_BuurtkamerId_BehandelaarId",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropIndex(
                name: "IX_Lidmaatschappen_InwonerId_Tot_HuishoudenId",
                table: "Lidmaatschappen");

            migrationBuilder.DropIndex(
                name: "IX_Inwoners_ZoekAchternaam_Voornamen_Id",
                table: "Inwoners");

            migrationBuilder.DropIndex(
                name: "IX_EersteContacten_AuteurId_Meldingsdatum_Id",
                table: "EersteContacten");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_InwonerId",
                table: "Lidmaatschappen",
                column: "InwonerId");

            migrationBuilder.CreateIndex(
                name: "IX_Inwoners_ZoekAchternaam",
                table: "Inwoners",
                column: "ZoekAchternaam");

            migrationBuilder.CreateIndex(
                name: "IX_EersteContacten_AuteurId_VastgelegdOp",
                table: "EersteContacten",
                columns: new[] { "AuteurId", "VastgelegdOp" });
        }
    }
}
