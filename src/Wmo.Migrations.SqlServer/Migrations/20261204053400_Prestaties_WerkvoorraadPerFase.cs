using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Prestaties_WerkvoorraadPerFase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_Werkvoorraad_Beschikking",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "IsUrgent", "LopendeTermijnVanafDag", "Id", "Status", "Aanvraagdatum", "VerdaagdTot", "LopendeTermijnOpgeschortSinds" },
                descending: new[] { false, true, false, false, false, false, false, false },
                filter: "Status IN ('Gemeld', 'InVraagverheldering', 'UitkomstVastgelegd', 'AdviesVereist', 'AdviesIngediend', 'AdviesTeruggestuurd', 'Getoetst') AND Aanvraagdatum IS NOT NULL AND VerdaagdTot IS NULL AND LopendeTermijnOpgeschortSinds IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_Werkvoorraad_Onderzoek",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "IsUrgent", "LopendeTermijnVanafDag", "Id", "Status", "Aanvraagdatum", "VerdaagdTot", "LopendeTermijnOpgeschortSinds" },
                descending: new[] { false, true, false, false, false, false, false, false },
                filter: "Status IN ('Gemeld', 'InVraagverheldering', 'UitkomstVastgelegd', 'AdviesVereist', 'AdviesIngediend', 'AdviesTeruggestuurd', 'Getoetst') AND Aanvraagdatum IS NULL AND LopendeTermijnOpgeschortSinds IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_Werkvoorraad_Opgeschort",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "IsUrgent", "LopendeTermijnVanafDag", "Id", "Status", "Aanvraagdatum", "VerdaagdTot", "LopendeTermijnOpgeschortSinds" },
                descending: new[] { false, true, false, false, false, false, false, false },
                filter: "Status IN ('Gemeld', 'InVraagverheldering', 'UitkomstVastgelegd', 'AdviesVereist', 'AdviesIngediend', 'AdviesTeruggestuurd', 'Getoetst') AND LopendeTermijnOpgeschortSinds IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_Werkvoorraad_Verdaagd",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "IsUrgent", "LopendeTermijnVanafDag", "Id", "Status", "Aanvraagdatum", "VerdaagdTot", "LopendeTermijnOpgeschortSinds" },
                descending: new[] { false, true, false, false, false, false, false, false },
                filter: "Status IN ('Gemeld', 'InVraagverheldering', 'UitkomstVastgelegd', 'AdviesVereist', 'AdviesIngediend', 'AdviesTeruggestuurd', 'Getoetst') AND Aanvraagdatum IS NOT NULL AND VerdaagdTot IS NOT NULL AND LopendeTermijnOpgeschortSinds IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_Werkvoorraad_Beschikking",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_Werkvoorraad_Onderzoek",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_Werkvoorraad_Opgeschort",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropIndex(
                name: "IX_Ondersteuningsvragen_Werkvoorraad_Verdaagd",
                table: "Ondersteuningsvragen");
        }
    }
}
