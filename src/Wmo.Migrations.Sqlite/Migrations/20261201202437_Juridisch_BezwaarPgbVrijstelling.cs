using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Juridisch_BezwaarPgbVrijstelling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "PgbBedrag",
                table: "ZwaarwegendeAdviezen",
                type: "TEXT",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PgbBeheer",
                table: "ZwaarwegendeAdviezen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PgbBerekening",
                table: "ZwaarwegendeAdviezen",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PgbEigenMotivatie",
                table: "ZwaarwegendeAdviezen",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PgbKwaliteitMotivering",
                table: "ZwaarwegendeAdviezen",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AanvraagVoorOnderzoek",
                table: "Ondersteuningsvragen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Vrijstelling",
                table: "Catalogus",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Geen");

            migrationBuilder.AddColumn<DateOnly>(
                name: "GrondenAangevuldOp",
                table: "Bezwaren",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "GrondenOntbreken",
                table: "Bezwaren",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HerstelVerzochtOp",
                table: "Bezwaren",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HersteltermijnTot",
                table: "Bezwaren",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UitstelInstemming",
                table: "Bezwaren",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UitstelMetInstemmingDagen",
                table: "Bezwaren",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VerschoonbaarMotivering",
                table: "Bezwaren",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PgbBedrag",
                table: "Beschikkingen",
                type: "TEXT",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PgbBeheer",
                table: "Beschikkingen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PgbBerekening",
                table: "Beschikkingen",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PgbEigenMotivatie",
                table: "Beschikkingen",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PgbKwaliteitMotivering",
                table: "Beschikkingen",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            // Uitvoeringsbesluit Wmo 2015 art. 3.8: the exemption follows the law, so existing catalogue rows get their category
            // (rolstoelen; woonvoorzieningen, exempt for a minor; beschermd wonen and opvang). Policy columns stay as they are.
            migrationBuilder.Sql("UPDATE Catalogus SET Vrijstelling = 'Rolstoel' WHERE ProductCategorie = 'Rolstoelen'");
            migrationBuilder.Sql("UPDATE Catalogus SET Vrijstelling = 'WoningaanpassingMinderjarige' WHERE ProductCategorie = 'Woonvoorzieningen'");
            migrationBuilder.Sql("UPDATE Catalogus SET Vrijstelling = 'BeschermdWonenOfOpvang' WHERE ProductCategorie IN ('BeschermdWonen', 'Opvang', 'Spoedopvang', 'OverigeBeschermdWonenEnOpvang')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PgbBedrag",
                table: "ZwaarwegendeAdviezen");

            migrationBuilder.DropColumn(
                name: "PgbBeheer",
                table: "ZwaarwegendeAdviezen");

            migrationBuilder.DropColumn(
                name: "PgbBerekening",
                table: "ZwaarwegendeAdviezen");

            migrationBuilder.DropColumn(
                name: "PgbEigenMotivatie",
                table: "ZwaarwegendeAdviezen");

            migrationBuilder.DropColumn(
                name: "PgbKwaliteitMotivering",
                table: "ZwaarwegendeAdviezen");

            migrationBuilder.DropColumn(
                name: "AanvraagVoorOnderzoek",
                table: "Ondersteuningsvragen");

            migrationBuilder.DropColumn(
                name: "Vrijstelling",
                table: "Catalogus");

            migrationBuilder.DropColumn(
                name: "GrondenAangevuldOp",
                table: "Bezwaren");

            migrationBuilder.DropColumn(
                name: "GrondenOntbreken",
                table: "Bezwaren");

            migrationBuilder.DropColumn(
                name: "HerstelVerzochtOp",
                table: "Bezwaren");

            migrationBuilder.DropColumn(
                name: "HersteltermijnTot",
                table: "Bezwaren");

            migrationBuilder.DropColumn(
                name: "UitstelInstemming",
                table: "Bezwaren");

            migrationBuilder.DropColumn(
                name: "UitstelMetInstemmingDagen",
                table: "Bezwaren");

            migrationBuilder.DropColumn(
                name: "VerschoonbaarMotivering",
                table: "Bezwaren");

            migrationBuilder.DropColumn(
                name: "PgbBedrag",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "PgbBeheer",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "PgbBerekening",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "PgbEigenMotivatie",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "PgbKwaliteitMotivering",
                table: "Beschikkingen");
        }
    }
}
