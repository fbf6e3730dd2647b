using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
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
                type: "date",
                nullable: true);

            // Until now the closing of the vraag was the end of a registered basisondersteuning; keep that for existing data.
            // EXEC: the idempotent script compiles each IF block before the column exists.
            migrationBuilder.Sql("EXEC(N'UPDATE [Ondersteuningsvragen] SET [Uitkomst_Einddatum] = [AfgeslotenOp] WHERE [Uitkomst_Soort] = N''Basisondersteuning'' AND [Status] = N''Afgesloten''')");
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
