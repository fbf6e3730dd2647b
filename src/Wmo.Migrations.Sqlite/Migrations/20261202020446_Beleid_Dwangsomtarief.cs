using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Beleid_Dwangsomtarief : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Dwangsom_Bron",
                table: "Beleidsversies",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "Dwangsom_DaarnaPerDag",
                table: "Beleidsversies",
                type: "TEXT",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Dwangsom_EersteVeertienDagenPerDag",
                table: "Beleidsversies",
                type: "TEXT",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "Dwangsom_MaximumDagen",
                table: "Beleidsversies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "Dwangsom_VolgendeVeertienDagenPerDag",
                table: "Beleidsversies",
                type: "TEXT",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            // Existing versions get the statutory amounts (Awb 4:17 lid 1 en 2), as DwangsomTarief.Awb holds them.
            migrationBuilder.Sql(
                "UPDATE Beleidsversies SET Dwangsom_EersteVeertienDagenPerDag = 23, Dwangsom_VolgendeVeertienDagenPerDag = 35, " +
                "Dwangsom_DaarnaPerDag = 45, Dwangsom_MaximumDagen = 42, " +
                "Dwangsom_Bron = 'Awb art. 4:17 lid 1 en 2 (Wet dwangsom en beroep bij niet tijdig beslissen, sinds 1 oktober 2009)'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Dwangsom_Bron",
                table: "Beleidsversies");

            migrationBuilder.DropColumn(
                name: "Dwangsom_DaarnaPerDag",
                table: "Beleidsversies");

            migrationBuilder.DropColumn(
                name: "Dwangsom_EersteVeertienDagenPerDag",
                table: "Beleidsversies");

            migrationBuilder.DropColumn(
                name: "Dwangsom_MaximumDagen",
                table: "Beleidsversies");

            migrationBuilder.DropColumn(
                name: "Dwangsom_VolgendeVeertienDagenPerDag",
                table: "Beleidsversies");
        }
    }
}
