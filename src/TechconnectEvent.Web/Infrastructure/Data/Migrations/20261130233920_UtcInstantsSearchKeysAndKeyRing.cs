using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechconnectEvent.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class UtcInstantsSearchKeysAndKeyRing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the stored instants change encoding, not type, so EF sees no schema change.
            InstantColumns.ToUtcTicks(migrationBuilder);

            migrationBuilder.AddColumn<string>(
                name: "TitleKey",
                table: "Technologies",
                type: "TEXT",
                maxLength: 700,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Organizations",
                type: "TEXT",
                maxLength: 700,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Technologies_TitleKey",
                table: "Technologies",
                column: "TitleKey");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_NameKey",
                table: "Organizations",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_At",
                table: "AuditLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_UserId",
                table: "AuditLog",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropIndex(
                name: "IX_Technologies_TitleKey",
                table: "Technologies");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_NameKey",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_At",
                table: "AuditLog");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_UserId",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "TitleKey",
                table: "Technologies");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Organizations");

            InstantColumns.ToLegacyBinary(migrationBuilder);
        }
    }
}
