using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "GewezenOpPersoonlijkPlanOp",
                table: "Ondersteuningsvragen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerslagVerstrektOp",
                table: "Ondersteuningsvragen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WlzBesluitOp",
                table: "Ondersteuningsvragen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WaaromNietToereikend",
                table: "Afwegingsstappen",
                type: "TEXT",
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
