using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Advies_IngediendOpEnAanbieder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AanbiederId",
                table: "ZwaarwegendeAdviezen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IngediendOp",
                table: "ZwaarwegendeAdviezen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ZwaarwegendeAdviezen_AanbiederId",
                table: "ZwaarwegendeAdviezen",
                column: "AanbiederId");

            migrationBuilder.AddForeignKey(
                name: "FK_ZwaarwegendeAdviezen_Organisaties_AanbiederId",
                table: "ZwaarwegendeAdviezen",
                column: "AanbiederId",
                principalTable: "Organisaties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ZwaarwegendeAdviezen_Organisaties_AanbiederId",
                table: "ZwaarwegendeAdviezen");

            migrationBuilder.DropIndex(
                name: "IX_ZwaarwegendeAdviezen_AanbiederId",
                table: "ZwaarwegendeAdviezen");

            migrationBuilder.DropColumn(
                name: "AanbiederId",
                table: "ZwaarwegendeAdviezen");

            migrationBuilder.DropColumn(
                name: "IngediendOp",
                table: "ZwaarwegendeAdviezen");
        }
    }
}
