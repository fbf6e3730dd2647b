using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Juridisch_OnderzoekEnWlz : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientondersteunerOrganisatie",
                table: "Ondersteuningsvragen",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "GewezenOpPersoonlijkPlanOp",
                table: "Ondersteuningsvragen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerslagVerstrektOp",
                table: "Ondersteuningsvragen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WlzBesluitOp",
                table: "Ondersteuningsvragen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WaaromNietToereikend",
                table: "Afwegingsstappen",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClientondersteunerOrganisatie",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "GewezenOpPersoonlijkPlanOp",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "VerslagVerstrektOp",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "WlzBesluitOp",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "WaaromNietToereikend",
                table: "Afwegingsstappen");
        }
    }
}
