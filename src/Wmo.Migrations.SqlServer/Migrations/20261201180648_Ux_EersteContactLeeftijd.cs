using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Ux_EersteContactLeeftijd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Geboortedatum",
                table: "EersteContacten",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LeeftijdBijMelding",
                table: "EersteContacten",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Geboortedatum",
                table: "EersteContacten");

            migrationBuilder.DropColumn(
                name: "LeeftijdBijMelding",
                table: "EersteContacten");
        }
    }
}
