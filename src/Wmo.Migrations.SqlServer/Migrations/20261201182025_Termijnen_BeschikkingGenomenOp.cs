using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
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
                type: "date",
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
