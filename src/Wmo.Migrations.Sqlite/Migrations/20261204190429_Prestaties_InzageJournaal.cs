using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_InzageJournaal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "JournaalVolgnummer",
                table: "AuditKop",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.UpdateData(
                table: "AuditKop",
                keyColumn: "Id",
                keyValue: 1,
                column: "JournaalVolgnummer",
                value: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "JournaalVolgnummer",
                table: "AuditKop");
        }
    }
}
