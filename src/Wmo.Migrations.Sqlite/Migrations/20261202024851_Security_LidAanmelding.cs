using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Security_LidAanmelding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LidAanmeldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bsn = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 9, nullable: false),
                    Voornamen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Achternaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Relatie = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Vanaf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InwonerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VrijgevendHuishoudenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AangemeldDoorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AangemeldDoorNaam = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AangemeldOp = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BeslistDoorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BeslistOp = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Versie = table.Column<Guid>(type: "TEXT", nullable: false),
                    Adres_Huisnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Adres_Postcode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Adres_Straat = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Adres_Toevoeging = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Adres_Woonplaats = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LidAanmeldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LidAanmeldingen_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LidAanmeldingen_HuishoudenId_Status",
                table: "LidAanmeldingen",
                columns: new[] { "HuishoudenId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_LidAanmeldingen_VrijgevendHuishoudenId_Status",
                table: "LidAanmeldingen",
                columns: new[] { "VrijgevendHuishoudenId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LidAanmeldingen");
        }
    }
}
