using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Bsn = table.Column<string>(type: "nchar(9)", fixedLength: true, maxLength: 9, nullable: false),
                    Voornamen = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Achternaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Relatie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Vanaf = table.Column<DateOnly>(type: "date", nullable: false),
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VrijgevendHuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AangemeldDoorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AangemeldDoorNaam = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    AangemeldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    BeslistDoorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BeslistOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Adres_Huisnummer = table.Column<int>(type: "int", nullable: false),
                    Adres_Postcode = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: false),
                    Adres_Straat = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Adres_Toevoeging = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Adres_Woonplaats = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
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
