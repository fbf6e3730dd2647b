using Microsoft.EntityFrameworkCore.Migrations;
using Wmo.Infrastructure.Persistence;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_CaseloadLegacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MetLegacyBeschikking",
                table: "CaseloadHuishoudens",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // The households that already have a legacy beschikking (issue 15); from here on CaseloadOnderhoud keeps the mark.
            migrationBuilder.Sql(CaseloadSql.MarkeerLegacyBeschikkingen(sqlServer: false));

            migrationBuilder.CreateIndex(
                name: "IX_CaseloadHuishoudens_MetLegacyBeschikking",
                table: "CaseloadHuishoudens",
                columns: new[] { "SleutelId", "HuishoudenId", "MetLegacyBeschikking" },
                filter: "\"MetLegacyBeschikking\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseloadHuishoudens_MetLegacyBeschikking",
                table: "CaseloadHuishoudens");

            migrationBuilder.DropColumn(
                name: "MetLegacyBeschikking",
                table: "CaseloadHuishoudens");
        }
    }
}
