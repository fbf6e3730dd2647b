using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Beleid_Referentietabellen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Abonnementstarieven",
                columns: table => new
                {
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Bedrag = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Abonnementstarieven", x => x.Jaar);
                });

            migrationBuilder.CreateTable(
                name: "Beleidsversies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ingangsdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TransitieGesprekkenUiterlijkVoor = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Versie = table.Column<Guid>(type: "TEXT", nullable: false),
                    Duur_LeeftijdVoorVerlenging = table.Column<int>(type: "INTEGER", nullable: false),
                    Duur_StandaardMaanden = table.Column<int>(type: "INTEGER", nullable: false),
                    Duur_VerlengdMaanden = table.Column<int>(type: "INTEGER", nullable: false),
                    Termijnen_BeschikkingDagen = table.Column<int>(type: "INTEGER", nullable: false),
                    Termijnen_BeslissingOpBezwaarDagen = table.Column<int>(type: "INTEGER", nullable: false),
                    Termijnen_BezwaarDagen = table.Column<int>(type: "INTEGER", nullable: false),
                    Termijnen_BinnenkortWerkdagen = table.Column<int>(type: "INTEGER", nullable: false),
                    Termijnen_OnderzoekDagen = table.Column<int>(type: "INTEGER", nullable: false),
                    Termijnen_PersoonlijkPlanDagen = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beleidsversies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Catalogus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Pijler = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Perceel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProductCategorie = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Productcode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    BeschikkingNodig = table.Column<bool>(type: "INTEGER", nullable: false),
                    AbonnementstariefVanToepassing = table.Column<bool>(type: "INTEGER", nullable: false),
                    Doelsoort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    BeleidsversieId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Catalogus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Catalogus_Beleidsversies_BeleidsversieId",
                        column: x => x.BeleidsversieId,
                        principalTable: "Beleidsversies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Percelen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Perceel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AantalGelijkeDelen = table.Column<int>(type: "INTEGER", nullable: false),
                    BeleidsversieId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Percelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Percelen_Beleidsversies_BeleidsversieId",
                        column: x => x.BeleidsversieId,
                        principalTable: "Beleidsversies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Beleidsversies_Ingangsdatum",
                table: "Beleidsversies",
                column: "Ingangsdatum",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Catalogus_BeleidsversieId_Code",
                table: "Catalogus",
                columns: new[] { "BeleidsversieId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Percelen_BeleidsversieId_Perceel",
                table: "Percelen",
                columns: new[] { "BeleidsversieId", "Perceel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Abonnementstarieven");

            migrationBuilder.DropTable(
                name: "Catalogus");

            migrationBuilder.DropTable(
                name: "Percelen");

            migrationBuilder.DropTable(
                name: "Beleidsversies");
        }
    }
}
