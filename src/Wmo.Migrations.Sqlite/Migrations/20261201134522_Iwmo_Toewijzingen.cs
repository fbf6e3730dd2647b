using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Iwmo_Toewijzingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Toewijzingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InwonerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VraagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BeschikkingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AanbiederId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoorzieningCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProductCategorie = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Productcode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Ingangsdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ToegewezenOp = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Toewijzingsdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RedenWijziging = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Begindatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BeeindigdOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RedenBeeindiging = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MoetVerstuurdWorden = table.Column<bool>(type: "INTEGER", nullable: false),
                    Versie = table.Column<Guid>(type: "TEXT", nullable: false),
                    Omvang_Eenheid = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Omvang_Frequentie = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Omvang_Volume = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toewijzingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toewijzingen_Beschikkingen_BeschikkingId",
                        column: x => x.BeschikkingId,
                        principalTable: "Beschikkingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toewijzingen_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toewijzingen_Inwoners_InwonerId",
                        column: x => x.InwonerId,
                        principalTable: "Inwoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toewijzingen_Ondersteuningsvragen_VraagId",
                        column: x => x.VraagId,
                        principalTable: "Ondersteuningsvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toewijzingen_Organisaties_AanbiederId",
                        column: x => x.AanbiederId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_AanbiederId_InwonerId",
                table: "Toewijzingen",
                columns: new[] { "AanbiederId", "InwonerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_BeschikkingId",
                table: "Toewijzingen",
                column: "BeschikkingId");

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_HuishoudenId",
                table: "Toewijzingen",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_InwonerId",
                table: "Toewijzingen",
                column: "InwonerId");

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_MoetVerstuurdWorden_AanbiederId",
                table: "Toewijzingen",
                columns: new[] { "MoetVerstuurdWorden", "AanbiederId" });

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_Nummer",
                table: "Toewijzingen",
                column: "Nummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_VraagId",
                table: "Toewijzingen",
                column: "VraagId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Toewijzingen");
        }
    }
}
