using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_AdviesAanvraagdatum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Aanvraagdatum",
                table: "ZwaarwegendeAdviezen",
                type: "TEXT",
                nullable: true);

            // Every submitted advies carries the aanvraagdatum of its vraag (ZwaarwegendAdvies.Aanvraagdatum); the aanvraag cannot
            // change once an advies was submitted, so the vraag's current date is the one taken over at submission.
            migrationBuilder.Sql("UPDATE \"ZwaarwegendeAdviezen\" SET \"Aanvraagdatum\" = (SELECT \"o\".\"Aanvraagdatum\" FROM \"Ondersteuningsvragen\" AS \"o\" WHERE \"o\".\"Id\" = \"ZwaarwegendeAdviezen\".\"VraagId\") WHERE \"Status\" <> 'Concept'");

            migrationBuilder.CreateIndex(
                name: "IX_ZwaarwegendeAdviezen_Status_Aanvraagdatum_Id",
                table: "ZwaarwegendeAdviezen",
                columns: new[] { "Status", "Aanvraagdatum", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ZwaarwegendeAdviezen_Status_Aanvraagdatum_Id",
                table: "ZwaarwegendeAdviezen");

            migrationBuilder.DropColumn(
                name: "Aanvraagdatum",
                table: "ZwaarwegendeAdviezen");
        }
    }
}
