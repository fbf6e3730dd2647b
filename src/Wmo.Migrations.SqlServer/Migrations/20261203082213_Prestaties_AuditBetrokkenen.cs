using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
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
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditBetrokkenen",
                columns: table => new
                {
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Volgnummer = table.Column<long>(type: "bigint", nullable: false)
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
