using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Wmo.Infrastructure.Persistence;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_Caseloadindex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseloadHuishoudens",
                columns: table => new
                {
                    SleutelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseloadHuishoudens", x => new { x.SleutelId, x.HuishoudenId });
                    table.ForeignKey(
                        name: "FK_CaseloadHuishoudens_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseloadLeden",
                columns: table => new
                {
                    SleutelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InwonerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoekAchternaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Voornamen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseloadLeden", x => new { x.SleutelId, x.HuishoudenId, x.InwonerId });
                    table.ForeignKey(
                        name: "FK_CaseloadLeden_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The rows that existed before the index, with the same rule CaseloadOnderhoud keeps it with from now on (issue 15).
            foreach (var opdracht in CaseloadSql.VulBestaandeRijen(sqlServer: false))
            {
                migrationBuilder.Sql(opdracht);
            }

            migrationBuilder.CreateIndex(
                name: "IX_CaseloadHuishoudens_HuishoudenId",
                table: "CaseloadHuishoudens",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseloadLeden_HuishoudenId",
                table: "CaseloadLeden",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseloadLeden_InwonerId",
                table: "CaseloadLeden",
                column: "InwonerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseloadLeden_SleutelId_ZoekAchternaam_Voornamen_InwonerId",
                table: "CaseloadLeden",
                columns: new[] { "SleutelId", "ZoekAchternaam", "Voornamen", "InwonerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseloadHuishoudens");

            migrationBuilder.DropTable(
                name: "CaseloadLeden");
        }
    }
}
