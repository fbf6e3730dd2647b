using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_AuditBetrokkenen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Betrokkenen",
                table: "AuditTrail",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditBetrokkenen",
                columns: table => new
                {
                    InwonerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Volgnummer = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditBetrokkenen", x => new { x.InwonerId, x.Volgnummer });
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditBetrokkenen_Volgnummer",
                table: "AuditBetrokkenen",
                column: "Volgnummer");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditBetrokkenen");

            migrationBuilder.DropColumn(
                name: "Betrokkenen",
                table: "AuditTrail");
        }
    }
}
