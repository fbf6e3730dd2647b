using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Termijnen_Beslistermijn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ToestemmingInwoner",
                table: "Opschortingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IngebrekestellingOntvangenOp",
                table: "Ondersteuningsvragen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerdaagdTot",
                table: "Ondersteuningsvragen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerdagingBerichtOp",
                table: "Ondersteuningsvragen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerdagingReden",
                table: "Ondersteuningsvragen",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PoststempelOp",
                table: "Bezwaren",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BeslistermijnOpschortingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Van = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotEnMet = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Grond = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OndersteuningsvraagId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BeslistermijnOpschortingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BeslistermijnOpschortingen_Ondersteuningsvragen_OndersteuningsvraagId",
                        column: x => x.OndersteuningsvraagId,
                        principalTable: "Ondersteuningsvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BeslistermijnOpschortingen_OndersteuningsvraagId",
                table: "BeslistermijnOpschortingen",
                column: "OndersteuningsvraagId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BeslistermijnOpschortingen");

            migrationBuilder.DropColumn(
                name: "ToestemmingInwoner",
                table: "Opschortingen");

            migrationBuilder.DropColumn(
                name: "IngebrekestellingOntvangenOp",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "VerdaagdTot",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "VerdagingBerichtOp",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "VerdagingReden",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "PoststempelOp",
                table: "Bezwaren");
        }
    }
}
