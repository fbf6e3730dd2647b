using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Iwmo_Berichten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IwmoBerichten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Berichtsoort = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Richting = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Identificatie = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Dagtekening = table.Column<DateOnly>(type: "date", nullable: false),
                    AanbiederId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgbCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Moment = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Bestandsnaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Inhoud = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Geaccepteerd = table.Column<bool>(type: "bit", nullable: false),
                    RetourBerichtsoort = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    RetourIdentificatie = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    RetourInhoud = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Rapport = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IwmoBerichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IwmoBerichten_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IwmoBerichten_Inwoners_InwonerId",
                        column: x => x.InwonerId,
                        principalTable: "Inwoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IwmoBerichten_Organisaties_AanbiederId",
                        column: x => x.AanbiederId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VerzoekenOmToewijzing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AanbiederId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegievoerderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BuurtkamerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReferentieAanbieder = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: false),
                    ProductCategorie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Productcode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    GewensteIngangsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    GewensteEinddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Commentaar = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OntvangenOp = table.Column<DateOnly>(type: "date", nullable: false),
                    AfgehandeldOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AfgehandeldDoorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Afhandeling = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Omvang_Eenheid = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Omvang_Frequentie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Omvang_Volume = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerzoekenOmToewijzing", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VerzoekenOmToewijzing_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VerzoekenOmToewijzing_Inwoners_InwonerId",
                        column: x => x.InwonerId,
                        principalTable: "Inwoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VerzoekenOmToewijzing_Organisaties_AanbiederId",
                        column: x => x.AanbiederId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IwmoBerichten_AanbiederId_Richting_Moment",
                table: "IwmoBerichten",
                columns: new[] { "AanbiederId", "Richting", "Moment" });

            migrationBuilder.CreateIndex(
                name: "IX_IwmoBerichten_BatchId",
                table: "IwmoBerichten",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_IwmoBerichten_HuishoudenId",
                table: "IwmoBerichten",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_IwmoBerichten_InwonerId",
                table: "IwmoBerichten",
                column: "InwonerId");

            migrationBuilder.CreateIndex(
                name: "IX_IwmoBerichten_Richting_Berichtsoort_AgbCode_Identificatie",
                table: "IwmoBerichten",
                columns: new[] { "Richting", "Berichtsoort", "AgbCode", "Identificatie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VerzoekenOmToewijzing_AanbiederId",
                table: "VerzoekenOmToewijzing",
                column: "AanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_VerzoekenOmToewijzing_AfgehandeldOp_BuurtkamerId",
                table: "VerzoekenOmToewijzing",
                columns: new[] { "AfgehandeldOp", "BuurtkamerId" });

            migrationBuilder.CreateIndex(
                name: "IX_VerzoekenOmToewijzing_AfgehandeldOp_RegievoerderId",
                table: "VerzoekenOmToewijzing",
                columns: new[] { "AfgehandeldOp", "RegievoerderId" });

            migrationBuilder.CreateIndex(
                name: "IX_VerzoekenOmToewijzing_HuishoudenId",
                table: "VerzoekenOmToewijzing",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_VerzoekenOmToewijzing_InwonerId",
                table: "VerzoekenOmToewijzing",
                column: "InwonerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IwmoBerichten");

            migrationBuilder.DropTable(
                name: "VerzoekenOmToewijzing");
        }
    }
}
