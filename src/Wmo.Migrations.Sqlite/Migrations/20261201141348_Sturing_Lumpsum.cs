using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sturing_Lumpsum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Begrotingsjaren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Totaal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Versie = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Begrotingsjaren", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LumpsumContracten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AanbiederId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Perceel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Einde = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BegrotingsjaarId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LumpsumContracten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LumpsumContracten_Begrotingsjaren_BegrotingsjaarId",
                        column: x => x.BegrotingsjaarId,
                        principalTable: "Begrotingsjaren",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LumpsumContracten_Organisaties_AanbiederId",
                        column: x => x.AanbiederId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LumpsumHerverdelingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Van = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Naar = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Bedrag = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PartijBasisondersteuningId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartijAanvullendId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientenBasisondersteuning = table.Column<int>(type: "INTEGER", nullable: false),
                    ClientenAanvullendeOndersteuning = table.Column<int>(type: "INTEGER", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AangevraagdOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BesluitDoorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BesluitOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Motivering = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BegrotingsjaarId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LumpsumHerverdelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LumpsumHerverdelingen_Begrotingsjaren_BegrotingsjaarId",
                        column: x => x.BegrotingsjaarId,
                        principalTable: "Begrotingsjaren",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LumpsumHerverdelingen_Organisaties_PartijAanvullendId",
                        column: x => x.PartijAanvullendId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LumpsumHerverdelingen_Organisaties_PartijBasisondersteuningId",
                        column: x => x.PartijBasisondersteuningId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LumpsumPercelen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Perceel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InitieelBedrag = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Bedrag = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AantalGelijkeDelen = table.Column<int>(type: "INTEGER", nullable: false),
                    BegrotingsjaarId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LumpsumPercelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LumpsumPercelen_Begrotingsjaren_BegrotingsjaarId",
                        column: x => x.BegrotingsjaarId,
                        principalTable: "Begrotingsjaren",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LumpsumUitgaven",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AanbiederId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Perceel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Maand = table.Column<int>(type: "INTEGER", nullable: false),
                    Bedrag = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BegrotingsjaarId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LumpsumUitgaven", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LumpsumUitgaven_Begrotingsjaren_BegrotingsjaarId",
                        column: x => x.BegrotingsjaarId,
                        principalTable: "Begrotingsjaren",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LumpsumUitgaven_Organisaties_AanbiederId",
                        column: x => x.AanbiederId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Begrotingsjaren_Jaar",
                table: "Begrotingsjaren",
                column: "Jaar",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LumpsumContracten_AanbiederId",
                table: "LumpsumContracten",
                column: "AanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_LumpsumContracten_BegrotingsjaarId_Perceel_AanbiederId",
                table: "LumpsumContracten",
                columns: new[] { "BegrotingsjaarId", "Perceel", "AanbiederId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LumpsumHerverdelingen_BegrotingsjaarId",
                table: "LumpsumHerverdelingen",
                column: "BegrotingsjaarId");

            migrationBuilder.CreateIndex(
                name: "IX_LumpsumHerverdelingen_PartijAanvullendId",
                table: "LumpsumHerverdelingen",
                column: "PartijAanvullendId");

            migrationBuilder.CreateIndex(
                name: "IX_LumpsumHerverdelingen_PartijBasisondersteuningId",
                table: "LumpsumHerverdelingen",
                column: "PartijBasisondersteuningId");

            migrationBuilder.CreateIndex(
                name: "IX_LumpsumPercelen_BegrotingsjaarId_Perceel",
                table: "LumpsumPercelen",
                columns: new[] { "BegrotingsjaarId", "Perceel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LumpsumUitgaven_AanbiederId",
                table: "LumpsumUitgaven",
                column: "AanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_LumpsumUitgaven_BegrotingsjaarId_Perceel_Maand_AanbiederId",
                table: "LumpsumUitgaven",
                columns: new[] { "BegrotingsjaarId", "Perceel", "Maand", "AanbiederId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LumpsumContracten");

            migrationBuilder.DropTable(
                name: "LumpsumHerverdelingen");

            migrationBuilder.DropTable(
                name: "LumpsumPercelen");

            migrationBuilder.DropTable(
                name: "LumpsumUitgaven");

            migrationBuilder.DropTable(
                name: "Begrotingsjaren");
        }
    }
}
