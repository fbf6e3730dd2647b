using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initieel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditKop",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    LaatsteVolgnummer = table.Column<long>(type: "bigint", nullable: false),
                    LaatsteHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditKop", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Volgnummer = table.Column<long>(type: "bigint", nullable: false),
                    Moment = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GebruikerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    GebruikerNaam = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Rol = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Actie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Onderwerp = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    OnderwerpId = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    Details = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Geslaagd = table.Column<bool>(type: "bit", nullable: false),
                    VorigeHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Volgnummer);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Huishoudens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RegievoerderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OntvangtProfessioneleOndersteuning = table.Column<bool>(type: "bit", nullable: false),
                    ActiefPlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    JetProcesregie_Contact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    JetProcesregie_Domein = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    JetProcesregie_Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SocialeZakenRegie_Contact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SocialeZakenRegie_Domein = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    SocialeZakenRegie_Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Huishoudens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Inwoners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Bsn = table.Column<string>(type: "nchar(9)", fixedLength: true, maxLength: 9, nullable: false),
                    Voornamen = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Achternaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BrpAdres_Huisnummer = table.Column<int>(type: "int", nullable: false),
                    BrpAdres_Postcode = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: false),
                    BrpAdres_Straat = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BrpAdres_Toevoeging = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    BrpAdres_Woonplaats = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FeitelijkVerblijfsadres_Huisnummer = table.Column<int>(type: "int", nullable: true),
                    FeitelijkVerblijfsadres_Postcode = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: true),
                    FeitelijkVerblijfsadres_Straat = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    FeitelijkVerblijfsadres_Toevoeging = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    FeitelijkVerblijfsadres_Woonplaats = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inwoners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Nummerreeksen",
                columns: table => new
                {
                    Naam = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Jaar = table.Column<int>(type: "int", nullable: false),
                    Laatste = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nummerreeksen", x => new { x.Naam, x.Jaar });
                });

            migrationBuilder.CreateTable(
                name: "Organisaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AgbCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Percelen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    IsActief = table.Column<bool>(type: "bit", nullable: false),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wijken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IsDorp = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InzagesBuitenCaseload",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebruikerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Vanaf = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Tot = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InzagesBuitenCaseload", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InzagesBuitenCaseload_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mantelzorgers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Relatie = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UrenPerWeek = table.Column<decimal>(type: "decimal(5,1)", precision: 5, scale: 1, nullable: false),
                    Belastbaarheid = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mantelzorgers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mantelzorgers_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ondersteuningsplannen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OpstellerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OpgesteldOp = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ActiefVanaf = table.Column<DateOnly>(type: "date", nullable: true),
                    AfgeslotenOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ondersteuningsplannen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ondersteuningsplannen_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Regieoverdrachten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VorigeRegievoerderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    NieuweRegievoerderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    DoorGebruikerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Moment = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regieoverdrachten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Regieoverdrachten_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegacyBeschikkingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Product = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Ingangsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: false),
                    GeplandGesprekOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Conclusie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Motivering = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ConclusieDoorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegacyBeschikkingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegacyBeschikkingen_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegacyBeschikkingen_Inwoners_InwonerId",
                        column: x => x.InwonerId,
                        principalTable: "Inwoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Lidmaatschappen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Relatie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Vanaf = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: true),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lidmaatschappen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Inwoners_InwonerId",
                        column: x => x.InwonerId,
                        principalTable: "Inwoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IsActief = table.Column<bool>(type: "bit", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Klachten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AanbiederId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OntvangenOp = table.Column<DateOnly>(type: "date", nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    GeregistreerdDoorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Klachten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Klachten_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Klachten_Organisaties_AanbiederId",
                        column: x => x.AanbiederId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Buurtkamers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    WijkId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Adres = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IsActief = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Buurtkamers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Buurtkamers_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SocialeKaart",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Organisatie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    WijkId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Wanneer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Waar = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IsActief = table.Column<bool>(type: "bit", nullable: false),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialeKaart", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SocialeKaart_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanActies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DoelId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Uitvoerder = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    UitgevoerdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Financier = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SocialeKaartAanbodId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OndersteuningsplanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanActies_Ondersteuningsplannen_OndersteuningsplanId",
                        column: x => x.OndersteuningsplanId,
                        principalTable: "Ondersteuningsplannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanDoelen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Leefgebied = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Doelsoort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Evaluatiedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Evaluatie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    EvaluatieToelichting = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    LaatsteEvaluatieOp = table.Column<DateOnly>(type: "date", nullable: true),
                    OndersteuningsplanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDoelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanDoelen_Ondersteuningsplannen_OndersteuningsplanId",
                        column: x => x.OndersteuningsplanId,
                        principalTable: "Ondersteuningsplannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KlachtStappen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Niveau = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Vanaf = table.Column<DateOnly>(type: "date", nullable: false),
                    Uitkomst = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Toelichting = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AfgehandeldOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Doorgezet = table.Column<bool>(type: "bit", nullable: false),
                    KlachtId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KlachtStappen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KlachtStappen_Klachten_KlachtId",
                        column: x => x.KlachtId,
                        principalTable: "Klachten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EersteContacten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuteurId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BuurtkamerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Meldingsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    OverWie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    VraagInEigenWoorden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    BeroepskrachtIngeschakeld = table.Column<bool>(type: "bit", nullable: false),
                    Signaal = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    VastgelegdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OndersteuningsvraagId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Melder_Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Melder_Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Melder_Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Melder_Telefoon = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EersteContacten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EersteContacten_Buurtkamers_BuurtkamerId",
                        column: x => x.BuurtkamerId,
                        principalTable: "Buurtkamers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GebruikerBuurtkamers",
                columns: table => new
                {
                    GebruikerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BuurtkamerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GebruikerBuurtkamers", x => new { x.GebruikerId, x.BuurtkamerId });
                    table.ForeignKey(
                        name: "FK_GebruikerBuurtkamers_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GebruikerBuurtkamers_Buurtkamers_BuurtkamerId",
                        column: x => x.BuurtkamerId,
                        principalTable: "Buurtkamers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContactNotities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    AuteurId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Moment = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EersteContactId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactNotities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactNotities_EersteContacten_EersteContactId",
                        column: x => x.EersteContactId,
                        principalTable: "EersteContacten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ondersteuningsvragen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HuishoudenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EersteContactId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BuurtkamerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Meldingsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    BehandelaarId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClientondersteunerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClientondersteunerNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ClientondersteuningAangebodenOp = table.Column<DateOnly>(type: "date", nullable: true),
                    PersoonlijkPlanOntvangenOp = table.Column<DateOnly>(type: "date", nullable: true),
                    VraagAchterDeVraag = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Uitkomst_Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Uitkomst_Toelichting = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Uitkomst_DoorverwezenNaar = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Uitkomst_SocialeKaartAanbodIds = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Uitkomst_SoortOndersteuning = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Uitkomst_Startdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Uitkomst_VoorzieningCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Uitkomst_AanbiederId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Uitkomst_Perceel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    UitkomstVastgelegdDoorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UitkomstDatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Aanvraagdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    AdviesId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BeschikkingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WlzAanvraagSinds = table.Column<DateOnly>(type: "date", nullable: true),
                    WlzToegekend = table.Column<bool>(type: "bit", nullable: false),
                    WlzAfgerond = table.Column<bool>(type: "bit", nullable: false),
                    Afsluitreden = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AfgeslotenOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ondersteuningsvragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ondersteuningsvragen_Buurtkamers_BuurtkamerId",
                        column: x => x.BuurtkamerId,
                        principalTable: "Buurtkamers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ondersteuningsvragen_EersteContacten_EersteContactId",
                        column: x => x.EersteContactId,
                        principalTable: "EersteContacten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ondersteuningsvragen_Huishoudens_HuishoudenId",
                        column: x => x.HuishoudenId,
                        principalTable: "Huishoudens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ondersteuningsvragen_Inwoners_InwonerId",
                        column: x => x.InwonerId,
                        principalTable: "Inwoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Afwegingsstappen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Stap = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    BiedtOplossing = table.Column<bool>(type: "bit", nullable: false),
                    Motivering = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    OndersteuningsvraagId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Afwegingsstappen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Afwegingsstappen_Ondersteuningsvragen_OndersteuningsvraagId",
                        column: x => x.OndersteuningsvraagId,
                        principalTable: "Ondersteuningsvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Beschikkingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Nummer = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    VraagId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InwonerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AdviesId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BeslisserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VoorzieningCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ProductCategorie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Ingangsdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Leveringsvorm = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    PgbVaardigheidMotivering = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Motivering = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    EigenBijdrageVermelding = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Verzenddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    BezwaartermijnEinde = table.Column<DateOnly>(type: "date", nullable: true),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Omvang_Eenheid = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Omvang_Frequentie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Omvang_Volume = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beschikkingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Beschikkingen_Inwoners_InwonerId",
                        column: x => x.InwonerId,
                        principalTable: "Inwoners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Beschikkingen_Ondersteuningsvragen_VraagId",
                        column: x => x.VraagId,
                        principalTable: "Ondersteuningsvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Gesprekken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Locatie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Verslag = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    IsAfgerond = table.Column<bool>(type: "bit", nullable: false),
                    OndersteuningsvraagId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Deelnemers = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gesprekken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gesprekken_Ondersteuningsvragen_OndersteuningsvraagId",
                        column: x => x.OndersteuningsvraagId,
                        principalTable: "Ondersteuningsvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KaderBeoordelingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Vorm = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Suggestie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Keuze = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Motivering = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Redenen = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DoorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OndersteuningsvraagId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KaderBeoordelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KaderBeoordelingen_Ondersteuningsvragen_OndersteuningsvraagId",
                        column: x => x.OndersteuningsvraagId,
                        principalTable: "Ondersteuningsvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LeefgebiedSituaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Leefgebied = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Situatie = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    OndersteuningsvraagId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeefgebiedSituaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeefgebiedSituaties_Ondersteuningsvragen_OndersteuningsvraagId",
                        column: x => x.OndersteuningsvraagId,
                        principalTable: "Ondersteuningsvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Opschortingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    TotEnMet = table.Column<DateOnly>(type: "date", nullable: true),
                    Reden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    OndersteuningsvraagId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opschortingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opschortingen_Ondersteuningsvragen_OndersteuningsvraagId",
                        column: x => x.OndersteuningsvraagId,
                        principalTable: "Ondersteuningsvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ZwaarwegendeAdviezen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VraagId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuteurId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VoorzieningCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Ingangsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Leveringsvorm = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Motivering = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    PgbVaardigheidMotivering = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Omvang_Eenheid = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Omvang_Frequentie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Omvang_Volume = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ZwaarwegendeAdviezen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ZwaarwegendeAdviezen_Ondersteuningsvragen_VraagId",
                        column: x => x.VraagId,
                        principalTable: "Ondersteuningsvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bezwaren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BeschikkingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OntvangenOp = table.Column<DateOnly>(type: "date", nullable: false),
                    BezwaartermijnEinde = table.Column<DateOnly>(type: "date", nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Adviescommissie = table.Column<bool>(type: "bit", nullable: false),
                    GeregistreerdDoorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Beslissing = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    BeslissingToelichting = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    BeslistOp = table.Column<DateOnly>(type: "date", nullable: true),
                    VerdagingDagen = table.Column<int>(type: "int", nullable: false),
                    Versie = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bezwaren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bezwaren_Beschikkingen_BeschikkingId",
                        column: x => x.BeschikkingId,
                        principalTable: "Beschikkingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Toetsingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ToetserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Uitkomst = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Opmerking = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Moment = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ZwaarwegendAdviesId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toetsingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toetsingen_ZwaarwegendeAdviezen_ZwaarwegendAdviesId",
                        column: x => x.ZwaarwegendAdviesId,
                        principalTable: "ZwaarwegendeAdviezen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AuditKop",
                columns: new[] { "Id", "LaatsteHash", "LaatsteVolgnummer" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Afwegingsstappen_OndersteuningsvraagId",
                table: "Afwegingsstappen",
                column: "OndersteuningsvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganisatieId",
                table: "AspNetUsers",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_Actie_Moment",
                table: "AuditTrail",
                columns: new[] { "Actie", "Moment" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_HuishoudenId_Moment",
                table: "AuditTrail",
                columns: new[] { "HuishoudenId", "Moment" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_InwonerId_Moment",
                table: "AuditTrail",
                columns: new[] { "InwonerId", "Moment" });

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_InwonerId",
                table: "Beschikkingen",
                column: "InwonerId");

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_Nummer",
                table: "Beschikkingen",
                column: "Nummer",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_VraagId",
                table: "Beschikkingen",
                column: "VraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_BeschikkingId",
                table: "Bezwaren",
                column: "BeschikkingId");

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_Status_OntvangenOp",
                table: "Bezwaren",
                columns: new[] { "Status", "OntvangenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Buurtkamers_Naam",
                table: "Buurtkamers",
                column: "Naam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Buurtkamers_WijkId",
                table: "Buurtkamers",
                column: "WijkId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactNotities_EersteContactId",
                table: "ContactNotities",
                column: "EersteContactId");

            migrationBuilder.CreateIndex(
                name: "IX_EersteContacten_AuteurId_VastgelegdOp",
                table: "EersteContacten",
                columns: new[] { "AuteurId", "VastgelegdOp" });

            migrationBuilder.CreateIndex(
                name: "IX_EersteContacten_BuurtkamerId_OndersteuningsvraagId_Meldingsdatum",
                table: "EersteContacten",
                columns: new[] { "BuurtkamerId", "OndersteuningsvraagId", "Meldingsdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_GebruikerBuurtkamers_BuurtkamerId",
                table: "GebruikerBuurtkamers",
                column: "BuurtkamerId");

            migrationBuilder.CreateIndex(
                name: "IX_Gesprekken_OndersteuningsvraagId",
                table: "Gesprekken",
                column: "OndersteuningsvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Huishoudens_RegievoerderId",
                table: "Huishoudens",
                column: "RegievoerderId");

            migrationBuilder.CreateIndex(
                name: "IX_Inwoners_Achternaam_Geboortedatum",
                table: "Inwoners",
                columns: new[] { "Achternaam", "Geboortedatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Inwoners_Bsn",
                table: "Inwoners",
                column: "Bsn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InzagesBuitenCaseload_GebruikerId_HuishoudenId_Tot",
                table: "InzagesBuitenCaseload",
                columns: new[] { "GebruikerId", "HuishoudenId", "Tot" });

            migrationBuilder.CreateIndex(
                name: "IX_InzagesBuitenCaseload_HuishoudenId",
                table: "InzagesBuitenCaseload",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_KaderBeoordelingen_OndersteuningsvraagId",
                table: "KaderBeoordelingen",
                column: "OndersteuningsvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Klachten_AanbiederId",
                table: "Klachten",
                column: "AanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Klachten_HuishoudenId",
                table: "Klachten",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_KlachtStappen_KlachtId",
                table: "KlachtStappen",
                column: "KlachtId");

            migrationBuilder.CreateIndex(
                name: "IX_LeefgebiedSituaties_OndersteuningsvraagId",
                table: "LeefgebiedSituaties",
                column: "OndersteuningsvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_LegacyBeschikkingen_Conclusie_Einddatum",
                table: "LegacyBeschikkingen",
                columns: new[] { "Conclusie", "Einddatum" });

            migrationBuilder.CreateIndex(
                name: "IX_LegacyBeschikkingen_HuishoudenId",
                table: "LegacyBeschikkingen",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_LegacyBeschikkingen_InwonerId",
                table: "LegacyBeschikkingen",
                column: "InwonerId");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_HuishoudenId",
                table: "Lidmaatschappen",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_InwonerId",
                table: "Lidmaatschappen",
                column: "InwonerId");

            migrationBuilder.CreateIndex(
                name: "IX_Mantelzorgers_HuishoudenId",
                table: "Mantelzorgers",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsplannen_HuishoudenId_Status",
                table: "Ondersteuningsplannen",
                columns: new[] { "HuishoudenId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_BehandelaarId_Status",
                table: "Ondersteuningsvragen",
                columns: new[] { "BehandelaarId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_BuurtkamerId_Status",
                table: "Ondersteuningsvragen",
                columns: new[] { "BuurtkamerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_EersteContactId",
                table: "Ondersteuningsvragen",
                column: "EersteContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_HuishoudenId_Meldingsdatum",
                table: "Ondersteuningsvragen",
                columns: new[] { "HuishoudenId", "Meldingsdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_InwonerId",
                table: "Ondersteuningsvragen",
                column: "InwonerId");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsvragen_Status_Aanvraagdatum",
                table: "Ondersteuningsvragen",
                columns: new[] { "Status", "Aanvraagdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Opschortingen_OndersteuningsvraagId",
                table: "Opschortingen",
                column: "OndersteuningsvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_Naam",
                table: "Organisaties",
                column: "Naam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActies_OndersteuningsplanId",
                table: "PlanActies",
                column: "OndersteuningsplanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanDoelen_OndersteuningsplanId",
                table: "PlanDoelen",
                column: "OndersteuningsplanId");

            migrationBuilder.CreateIndex(
                name: "IX_Regieoverdrachten_HuishoudenId",
                table: "Regieoverdrachten",
                column: "HuishoudenId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialeKaart_IsActief_WijkId_Soort",
                table: "SocialeKaart",
                columns: new[] { "IsActief", "WijkId", "Soort" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialeKaart_WijkId",
                table: "SocialeKaart",
                column: "WijkId");

            migrationBuilder.CreateIndex(
                name: "IX_Toetsingen_ZwaarwegendAdviesId",
                table: "Toetsingen",
                column: "ZwaarwegendAdviesId");

            migrationBuilder.CreateIndex(
                name: "IX_Wijken_Naam",
                table: "Wijken",
                column: "Naam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ZwaarwegendeAdviezen_Status_AuteurId",
                table: "ZwaarwegendeAdviezen",
                columns: new[] { "Status", "AuteurId" });

            migrationBuilder.CreateIndex(
                name: "IX_ZwaarwegendeAdviezen_VraagId",
                table: "ZwaarwegendeAdviezen",
                column: "VraagId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Afwegingsstappen");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditKop");

            migrationBuilder.DropTable(
                name: "AuditTrail");

            migrationBuilder.DropTable(
                name: "Bezwaren");

            migrationBuilder.DropTable(
                name: "ContactNotities");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "GebruikerBuurtkamers");

            migrationBuilder.DropTable(
                name: "Gesprekken");

            migrationBuilder.DropTable(
                name: "InzagesBuitenCaseload");

            migrationBuilder.DropTable(
                name: "KaderBeoordelingen");

            migrationBuilder.DropTable(
                name: "KlachtStappen");

            migrationBuilder.DropTable(
                name: "LeefgebiedSituaties");

            migrationBuilder.DropTable(
                name: "LegacyBeschikkingen");

            migrationBuilder.DropTable(
                name: "Lidmaatschappen");

            migrationBuilder.DropTable(
                name: "Mantelzorgers");

            migrationBuilder.DropTable(
                name: "Nummerreeksen");

            migrationBuilder.DropTable(
                name: "Opschortingen");

            migrationBuilder.DropTable(
                name: "PlanActies");

            migrationBuilder.DropTable(
                name: "PlanDoelen");

            migrationBuilder.DropTable(
                name: "Regieoverdrachten");

            migrationBuilder.DropTable(
                name: "SocialeKaart");

            migrationBuilder.DropTable(
                name: "Toetsingen");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Beschikkingen");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Klachten");

            migrationBuilder.DropTable(
                name: "Ondersteuningsplannen");

            migrationBuilder.DropTable(
                name: "ZwaarwegendeAdviezen");

            migrationBuilder.DropTable(
                name: "Organisaties");

            migrationBuilder.DropTable(
                name: "Ondersteuningsvragen");

            migrationBuilder.DropTable(
                name: "EersteContacten");

            migrationBuilder.DropTable(
                name: "Huishoudens");

            migrationBuilder.DropTable(
                name: "Inwoners");

            migrationBuilder.DropTable(
                name: "Buurtkamers");

            migrationBuilder.DropTable(
                name: "Wijken");
        }
    }
}
