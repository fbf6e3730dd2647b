using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_UrgenteVraag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsUrgent",
                table: "Ondersteuningsvragen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Existing vragen from a first contact with a safety signal are urgent (Ondersteuningsvraag.IsUrgent).
            migrationBuilder.Sql("""
                UPDATE "Ondersteuningsvragen" SET "IsUrgent" = 1 WHERE "EersteContactId" IN (SELECT "Id" FROM "EersteContacten" WHERE "Signaal" IS NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsUrgent",
                table: "Ondersteuningsvragen");
        }
    }
}
