using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_UitgaandPerAanbieder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Toewijzingen_MoetVerstuurdWorden_AanbiederId",
                table: "Toewijzingen");

            migrationBuilder.DropIndex(
                name: "IX_IwmoBerichten_AanbiederId_Richting_Moment",
                table: "IwmoBerichten");

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_MoetVerstuurdWorden_AanbiederId",
                table: "Toewijzingen",
                columns: new[] { "MoetVerstuurdWorden", "AanbiederId" },
                filter: "[MoetVerstuurdWorden] = 1");

            migrationBuilder.CreateIndex(
                name: "IX_IwmoBerichten_AanbiederId_Richting_Dagtekening_Identificatie",
                table: "IwmoBerichten",
                columns: new[] { "AanbiederId", "Richting", "Dagtekening", "Identificatie" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Toewijzingen_MoetVerstuurdWorden_AanbiederId",
                table: "Toewijzingen");

            migrationBuilder.DropIndex(
                name: "IX_IwmoBerichten_AanbiederId_Richting_Dagtekening_Identificatie",
                table: "IwmoBerichten");

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_MoetVerstuurdWorden_AanbiederId",
                table: "Toewijzingen",
                columns: new[] { "MoetVerstuurdWorden", "AanbiederId" });

            migrationBuilder.CreateIndex(
                name: "IX_IwmoBerichten_AanbiederId_Richting_Moment",
                table: "IwmoBerichten",
                columns: new[] { "AanbiederId", "Richting", "Moment" });
        }
    }
}
