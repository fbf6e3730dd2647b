using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sturing_EindeBasisondersteuning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Uitkomst_Einddatum",
                table: "Ondersteuningsvragen",
                type: "TEXT",
                nullable: true);

            // Until now the closing of the vraag was the end of a registered basisondersteuning; keep that for existing data.
            migrationBuilder.Sql("UPDATE \"Ondersteuningsvragen\" SET \"Uitkomst_Einddatum\" = \"AfgeslotenOp\" WHERE \"Uitkomst_Soort\" = 'Basisondersteuning' AND \"Status\" = 'Afgesloten'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Uitkomst_Einddatum",
                table: "Ondersteuningsvragen");
        }
    }
}
