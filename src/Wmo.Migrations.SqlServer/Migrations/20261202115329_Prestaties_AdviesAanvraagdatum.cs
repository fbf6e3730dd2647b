using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
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
                type: "date",
                nullable: true);

            // Every submitted advies carries the aanvraagdatum of its vraag (ZwaarwegendAdvies.Aanvraagdatum); the aanvraag cannot
            // change once an advies was submitted, so the vraag's current date is the one taken over at submission.
            migrationBuilder.Sql("EXEC(N'UPDATE [a] SET [Aanvraagdatum] = [o].[Aanvraagdatum] FROM [ZwaarwegendeAdviezen] AS [a] INNER JOIN [Ondersteuningsvragen] AS [o] ON [o].[Id] = [a].[VraagId] WHERE [a].[Status] <> N''Concept''')");

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
