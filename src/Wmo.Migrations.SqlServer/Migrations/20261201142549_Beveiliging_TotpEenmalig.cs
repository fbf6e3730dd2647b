using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Beveiliging_TotpEenmalig : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LaatsteTotpStap",
                table: "AspNetUsers",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LaatsteTotpStap",
                table: "AspNetUsers");
        }
    }
}
