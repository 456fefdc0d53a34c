using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechconnectEvent.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ExhibitionModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Description_En",
                table: "Zones",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Description_Vi",
                table: "Zones",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Zones",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "ContactPerson",
                table: "Organizations",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Organizations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Organizations",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "BlockReason",
                table: "Booths",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HeldForApplicationId",
                table: "Booths",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HeldUntil",
                table: "Booths",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "LockoutEnd",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganizationId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BoothPrices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PriceVnd = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoothPrices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoothPrices_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExhibitorApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    BoothsWanted = table.Column<int>(type: "INTEGER", nullable: false),
                    SizeWanted = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ZonePreference1Id = table.Column<int>(type: "INTEGER", nullable: true),
                    ZonePreference2Id = table.Column<int>(type: "INTEGER", nullable: true),
                    ZonePreference3Id = table.Column<int>(type: "INTEGER", nullable: true),
                    WantsAdjacent = table.Column<bool>(type: "INTEGER", nullable: false),
                    SponsorTier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitorApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExhibitorApplications_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExhibitorApplications_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExhibitorApplications_Zones_ZonePreference1Id",
                        column: x => x.ZonePreference1Id,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ExhibitorApplications_Zones_ZonePreference2Id",
                        column: x => x.ZonePreference2Id,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ExhibitorApplications_Zones_ZonePreference3Id",
                        column: x => x.ZonePreference3Id,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Technologies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReadinessLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title_Vi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Technologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Technologies_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Technologies_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BoothAllocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    BoothId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AllocatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AllocatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoothAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoothAllocations_Booths_BoothId",
                        column: x => x.BoothId,
                        principalTable: "Booths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoothAllocations_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoothAllocations_ExhibitorApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ExhibitorApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoothAllocations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Booths_EditionId_ZoneId",
                table: "Booths",
                columns: new[] { "EditionId", "ZoneId" });

            migrationBuilder.CreateIndex(
                name: "IX_Booths_HeldForApplicationId",
                table: "Booths",
                column: "HeldForApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganizationId",
                table: "AspNetUsers",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_EditionId_At",
                table: "AuditLog",
                columns: new[] { "EditionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_EntityType_EntityId",
                table: "AuditLog",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_BoothAllocations_ApplicationId",
                table: "BoothAllocations",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_BoothAllocations_BoothId",
                table: "BoothAllocations",
                column: "BoothId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoothAllocations_EditionId",
                table: "BoothAllocations",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_BoothAllocations_OrganizationId",
                table: "BoothAllocations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_BoothPrices_EditionId_Size",
                table: "BoothPrices",
                columns: new[] { "EditionId", "Size" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_EditionId_OrganizationId",
                table: "ExhibitorApplications",
                columns: new[] { "EditionId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_OrganizationId",
                table: "ExhibitorApplications",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_ZonePreference1Id",
                table: "ExhibitorApplications",
                column: "ZonePreference1Id");

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_ZonePreference2Id",
                table: "ExhibitorApplications",
                column: "ZonePreference2Id");

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_ZonePreference3Id",
                table: "ExhibitorApplications",
                column: "ZonePreference3Id");

            migrationBuilder.CreateIndex(
                name: "IX_Technologies_EditionId",
                table: "Technologies",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_Technologies_OrganizationId",
                table: "Technologies",
                column: "OrganizationId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Organizations_OrganizationId",
                table: "AspNetUsers",
                column: "OrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Booths_ExhibitorApplications_HeldForApplicationId",
                table: "Booths",
                column: "HeldForApplicationId",
                principalTable: "ExhibitorApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Organizations_OrganizationId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_Booths_ExhibitorApplications_HeldForApplicationId",
                table: "Booths");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "BoothAllocations");

            migrationBuilder.DropTable(
                name: "BoothPrices");

            migrationBuilder.DropTable(
                name: "Technologies");

            migrationBuilder.DropTable(
                name: "ExhibitorApplications");

            migrationBuilder.DropIndex(
                name: "IX_Booths_EditionId_ZoneId",
                table: "Booths");

            migrationBuilder.DropIndex(
                name: "IX_Booths_HeldForApplicationId",
                table: "Booths");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_OrganizationId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Description_En",
                table: "Zones");

            migrationBuilder.DropColumn(
                name: "Description_Vi",
                table: "Zones");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Zones");

            migrationBuilder.DropColumn(
                name: "ContactPerson",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "BlockReason",
                table: "Booths");

            migrationBuilder.DropColumn(
                name: "HeldForApplicationId",
                table: "Booths");

            migrationBuilder.DropColumn(
                name: "HeldUntil",
                table: "Booths");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "AspNetUsers");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "LockoutEnd",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
