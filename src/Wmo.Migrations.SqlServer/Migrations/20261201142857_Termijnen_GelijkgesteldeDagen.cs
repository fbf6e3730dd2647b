using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Termijnen_GelijkgesteldeDagen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GelijkgesteldeDagen",
                columns: table => new
                {
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Besluit = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GelijkgesteldeDagen", x => x.Datum);
                });

            migrationBuilder.InsertData(
                table: "GelijkgesteldeDagen",
                columns: new[] { "Datum", "Besluit" },
                values: new object[,]
                {
                    { new DateOnly(2023, 4, 28), "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag" },
                    { new DateOnly(2023, 5, 19), "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag" },
                    { new DateOnly(2024, 5, 10), "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag" },
                    { new DateOnly(2024, 12, 27), "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag" },
                    { new DateOnly(2025, 5, 30), "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag" },
                    { new DateOnly(2026, 1, 2), "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag" },
                    { new DateOnly(2026, 5, 15), "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag" },
                    { new DateOnly(2027, 5, 7), "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag" },
                    { new DateOnly(2028, 4, 28), "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag" },
                    { new DateOnly(2028, 5, 26), "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GelijkgesteldeDagen");
        }
    }
}
