using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Jaar = table.Column<int>(type: "int", nullable: false),
                    Maand = table.Column<int>(type: "int", nullable: false),
                    Volgnummer = table.Column<int>(type: "int", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AangemaaktDoorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CakAanleveringen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CakAanleveringRegels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Bedrag = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Stop = table.Column<DateOnly>(type: "date", nullable: true),
                    Reden = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CakAanleveringId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
