using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_CaseloadEnBewaartermijn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_BehandelaarId_Status",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_BuurtkamerId_Status",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropIndex(
                name: "IX_LegacyBeschikkingen_Conclusie_Einddatum",
                table: "LegacyBeschikkingen");

            migrationBuilder.DropIndex(
                name: "IX_LegacyBeschikkingen_HuishoudenId",
                table: "LegacyBeschikkingen");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_AfgeslotenOp",
                table: "Ondersteuningsvragen",
                column: "AfgeslotenOp");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_BehandelaarId_Status_HuishoudenAfgeschermd_HuishoudenId",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "Status", "HuishoudenAfgeschermd", "HuishoudenId" });

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_BuurtkamerId_Status_HuishoudenAfgeschermd_HuishoudenId",
                table: "Ondersteuningsvragen",
                columns: new[] { "BuurtkamerId", "Status", "HuishoudenAfgeschermd", "HuishoudenId" });

            migrationBuilder.CreateIndex(
                name: "IX_LegacyBeschikkingen_HuishoudenId_Conclusie_Einddatum",
                table: "LegacyBeschikkingen",
                columns: new[] { "HuishoudenId", "Conclusie", "Einddatum" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_AfgeslotenOp",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_BehandelaarId_Status_HuishoudenAfgeschermd_HuishoudenId",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_BuurtkamerId_Status_HuishoudenAfgeschermd_HuishoudenId",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropIndex(
                name: "IX_LegacyBeschikkingen_HuishoudenId_Conclusie_Einddatum",
                table: "LegacyBeschikkingen");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_BehandelaarId_Status",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_BuurtkamerId_Status",
                table: "Ondersteuningsvragen",
                columns: new[] { "BuurtkamerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_LegacyBeschikkingen_Conclusie_Einddatum",
                table: "LegacyBeschikkingen",
                columns: new[] { "Conclusie", "Einddatum" });

            migrationBuilder.CreateIndex(
                name: "IX_LegacyBeschikkingen_HuishoudenId",
                table: "LegacyBeschikkingen",
                column: "HuishoudenId");
        }
    }
}
