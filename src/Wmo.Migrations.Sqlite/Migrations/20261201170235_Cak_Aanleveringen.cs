using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Cak_Aanleveringen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CakAanleveringen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Maand = table.Column<int>(type: "INTEGER", nullable: false),
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AangemaaktDoorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CakAanleveringen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CakAanleveringRegels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HuishoudenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InwonerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bedrag = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stop = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CakAanleveringId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CakAanleveringRegels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CakAanleveringRegels_CakAanleveringen_CakAanleveringId",
                        column: x => x.CakAanleveringId,
                        principalTable: "CakAanleveringen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CakAanleveringRegels_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CakAanleveringRegels_Inwoners_InwonerId",
                        column: x => x.InwonerId,
                        principalTable: "Inwoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CakAanleveringen_Jaar_Maand_Volgnummer",
                table: "CakAanleveringen",
                columns: new[] { "Jaar", "Maand", "Volgnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CakAanleveringRegels_CakAanleveringId_HuishoudenId",
                table: "CakAanleveringRegels",
                columns: new[] { "CakAanleveringId", "HuishoudenId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CakAanleveringRegels_HuishoudenId",
                table: "CakAanleveringRegels",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_CakAanleveringRegels_InwonerId",
                table: "CakAanleveringRegels",
                column: "InwonerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CakAanleveringRegels");

            migrationBuilder.DropTable(
                name: "CakAanleveringen");
        }
    }
}
