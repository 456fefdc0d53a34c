using Microsoft.EntityFrameworkCore.Migrations;
using TechconnectEvent.Web.Features.Registrations;

#nullable disable

namespace TechconnectEvent.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationsAndCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Directions_En",
                table: "Editions",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Directions_Vi",
                table: "Editions",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "RegistrationCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    RequiresApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    WaitlistWhenFull = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenToPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Ribbon = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name_Vi = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationCategories_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Registrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Honorific = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    OrganizationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    DaysMask = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ConsentGivenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Ribbon = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    BadgeCode = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    BadgeIssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BadgeReissues = table.Column<int>(type: "INTEGER", nullable: false),
                    PrintCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastPrintedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPrintedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ManagementTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeletionRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registrations_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Registrations_RegistrationCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "RegistrationCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationCategories_EditionId_Code",
                table: "RegistrationCategories",
                columns: new[] { "EditionId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_BadgeCode",
                table: "Registrations",
                column: "BadgeCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_CategoryId",
                table: "Registrations",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_EditionId_CategoryId_Status",
                table: "Registrations",
                columns: new[] { "EditionId", "CategoryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_EditionId_EmailKey",
                table: "Registrations",
                columns: new[] { "EditionId", "EmailKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_EditionId_NameKey",
                table: "Registrations",
                columns: new[] { "EditionId", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_EditionId_Status",
                table: "Registrations",
                columns: new[] { "EditionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_ManagementTokenHash",
                table: "Registrations",
                column: "ManagementTokenHash",
                unique: true);

            // Editions made before registration existed get the usual categories, as a new edition does.
            foreach (var category in RegistrationCategoryDefaults.For(0))
            {
                migrationBuilder.Sql(
                    "INSERT INTO RegistrationCategories (EditionId, Code, Name_Vi, Name_En, Colour, RequiresApproval, Capacity, " +
                    "WaitlistWhenFull, OpenToPublic, Ribbon, SortOrder, Version) " +
                    $"SELECT Id, '{category.Code}', '{category.Name.Vi}', '{category.Name.En}', '{category.Colour}', " +
                    $"{(category.RequiresApproval ? "TRUE" : "FALSE")}, NULL, FALSE, TRUE, '{category.Ribbon}', {category.SortOrder}, 0 FROM Editions");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Registrations");

            migrationBuilder.DropTable(
                name: "RegistrationCategories");

            migrationBuilder.DropColumn(
                name: "Directions_En",
                table: "Editions");

            migrationBuilder.DropColumn(
                name: "Directions_Vi",
                table: "Editions");
        }
    }
}
