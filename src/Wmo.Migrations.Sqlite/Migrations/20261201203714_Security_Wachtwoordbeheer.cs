using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Security_Wachtwoordbeheer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "InrichtingscodeGeldigTot",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InrichtingscodeHash",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MoetWachtwoordWijzigen",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InrichtingscodeGeldigTot",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "InrichtingscodeHash",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MoetWachtwoordWijzigen",
                table: "AspNetUsers");
        }
    }
}
