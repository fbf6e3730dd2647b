using Microsoft.EntityFrameworkCore.Migrations;
using Wmo.Infrastructure.Persistence;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Zoeken_NaamEnAdresIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ZoekAchternaam",
                table: "Inwoners",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Rows written before this column existed get the same key the domain gives new ones (Zoeknaam.Van).
            foreach (var opdracht in ZoeknaamSql.VulBestaandeRijen(sqlServer: true))
            {
                migrationBuilder.Sql(opdracht);
            }

            // The index is built once, after the rows are filled.
            migrationBuilder.CreateIndex(
                name: "IX_Inwoners_ZoekAchternaam",
                table: "Inwoners",
                column: "ZoekAchternaam");

            // Searching by postcode + huisnummer (issue 15); EF Core 10 cannot declare an index on a complex property.
            migrationBuilder.Sql("CREATE INDEX [IX_Inwoners_BrpAdres_Postcode_BrpAdres_Huisnummer] ON [Inwoners] ([BrpAdres_Postcode], [BrpAdres_Huisnummer]);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX [IX_Inwoners_BrpAdres_Postcode_BrpAdres_Huisnummer] ON [Inwoners];");

            migrationBuilder.DropIndex(
                name: "IX_Inwoners_ZoekAchternaam",
                table: "Inwoners");

            migrationBuilder.DropColumn(
                name: "ZoekAchternaam",
                table: "Inwoners");
        }
    }
}
