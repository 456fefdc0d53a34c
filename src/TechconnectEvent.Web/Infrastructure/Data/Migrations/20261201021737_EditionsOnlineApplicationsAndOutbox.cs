using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechconnectEvent.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class EditionsOnlineApplicationsAndOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TaxCode",
                table: "Organizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ConsentGivenAt",
                table: "ExhibitorApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentVersion",
                table: "ExhibitorApplications",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "ExhibitorApplications",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "ExhibitorApplications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "ExhibitorApplications",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPosition",
                table: "ExhibitorApplications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NeighbourWish",
                table: "ExhibitorApplications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OrganizationToConfirm",
                table: "ExhibitorApplications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SubmittedOnline",
                table: "ExhibitorApplications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedOrganizationName",
                table: "ExhibitorApplications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CopiedFromEditionId",
                table: "Editions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Editions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "PreferredCulture",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkingEditionId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            // The edition statuses took the names the secretariat uses: Planning is Draft, Live is Running.
            migrationBuilder.Sql("UPDATE \"Editions\" SET \"Status\" = 'Draft' WHERE \"Status\" = 'Planning';");
            migrationBuilder.Sql("UPDATE \"Editions\" SET \"Status\" = 'Running' WHERE \"Status\" = 'Live';");

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Template = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ToAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutboxMessageId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxAttachments_Outbox_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "Outbox",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_EditionId_Status",
                table: "ExhibitorApplications",
                columns: new[] { "EditionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Editions_CopiedFromEditionId",
                table: "Editions",
                column: "CopiedFromEditionId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_WorkingEditionId",
                table: "AspNetUsers",
                column: "WorkingEditionId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CreatedAt",
                table: "Outbox",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxAttachments_OutboxMessageId",
                table: "OutboxAttachments",
                column: "OutboxMessageId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Editions_WorkingEditionId",
                table: "AspNetUsers",
                column: "WorkingEditionId",
                principalTable: "Editions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Editions_Editions_CopiedFromEditionId",
                table: "Editions",
                column: "CopiedFromEditionId",
                principalTable: "Editions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"Editions\" SET \"Status\" = 'Planning' WHERE \"Status\" = 'Draft';");
            migrationBuilder.Sql("UPDATE \"Editions\" SET \"Status\" = 'Live' WHERE \"Status\" = 'Running';");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Editions_WorkingEditionId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_Editions_Editions_CopiedFromEditionId",
                table: "Editions");

            migrationBuilder.DropTable(
                name: "OutboxAttachments");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_ExhibitorApplications_EditionId_Status",
                table: "ExhibitorApplications");

            migrationBuilder.DropIndex(
                name: "IX_Editions_CopiedFromEditionId",
                table: "Editions");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_WorkingEditionId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TaxCode",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ConsentGivenAt",
                table: "ExhibitorApplications");

            migrationBuilder.DropColumn(
                name: "ConsentVersion",
                table: "ExhibitorApplications");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "ExhibitorApplications");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "ExhibitorApplications");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "ExhibitorApplications");

            migrationBuilder.DropColumn(
                name: "ContactPosition",
                table: "ExhibitorApplications");

            migrationBuilder.DropColumn(
                name: "NeighbourWish",
                table: "ExhibitorApplications");

            migrationBuilder.DropColumn(
                name: "OrganizationToConfirm",
                table: "ExhibitorApplications");

            migrationBuilder.DropColumn(
                name: "SubmittedOnline",
                table: "ExhibitorApplications");

            migrationBuilder.DropColumn(
                name: "SubmittedOrganizationName",
                table: "ExhibitorApplications");

            migrationBuilder.DropColumn(
                name: "CopiedFromEditionId",
                table: "Editions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Editions");

            migrationBuilder.DropColumn(
                name: "PreferredCulture",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "WorkingEditionId",
                table: "AspNetUsers");
        }
    }
}
