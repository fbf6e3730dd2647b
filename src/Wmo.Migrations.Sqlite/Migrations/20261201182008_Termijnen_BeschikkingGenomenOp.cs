using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Termijnen_BeschikkingGenomenOp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "GenomenOp",
                table: "Beschikkingen",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GenomenOp",
                table: "Beschikkingen");
        }
    }
}
