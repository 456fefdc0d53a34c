using Microsoft.EntityFrameworkCore.Migrations;
using TechconnectEvent.Web.Features.CheckIns;

#nullable disable

namespace TechconnectEvent.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class CheckInsDevicesAndScanPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RetiredBadgeCodes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetiredBadgeCodes", x => x.Code);
                    table.ForeignKey(
                        name: "FK_RetiredBadgeCodes_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScanPointId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeviceId = table.Column<int>(type: "INTEGER", nullable: true),
                    StaffUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CheckInId = table.Column<long>(type: "INTEGER", nullable: true),
                    NonceKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanLog_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanPoints_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Devices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    DefaultScanPointId = table.Column<int>(type: "INTEGER", nullable: true),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyHint = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Devices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Devices_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Devices_ScanPoints_DefaultScanPointId",
                        column: x => x.DefaultScanPointId,
                        principalTable: "ScanPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ScanPointId = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    DayIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    DeviceId = table.Column<int>(type: "INTEGER", nullable: true),
                    StaffUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckIns_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CheckIns_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckIns_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckIns_ScanPoints_ScanPointId",
                        column: x => x.ScanPointId,
                        principalTable: "ScanPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_DeviceId",
                table: "CheckIns",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_EditionId_At",
                table: "CheckIns",
                columns: new[] { "EditionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_EditionId_ScanPointId",
                table: "CheckIns",
                columns: new[] { "EditionId", "ScanPointId" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_RegistrationId_Scope_DayIndex",
                table: "CheckIns",
                columns: new[] { "RegistrationId", "Scope", "DayIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_ScanPointId",
                table: "CheckIns",
                column: "ScanPointId");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_DefaultScanPointId",
                table: "Devices",
                column: "DefaultScanPointId");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_EditionId",
                table: "Devices",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_KeyHash",
                table: "Devices",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RetiredBadgeCodes_RegistrationId",
                table: "RetiredBadgeCodes",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScanLog_EditionId_At",
                table: "ScanLog",
                columns: new[] { "EditionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ScanLog_NonceKey",
                table: "ScanLog",
                column: "NonceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanPoints_EditionId_Code",
                table: "ScanPoints",
                columns: new[] { "EditionId", "Code" },
                unique: true);

            // Editions made before check-in existed get the main gate, as a new edition does.
            migrationBuilder.Sql(
                "INSERT INTO ScanPoints (EditionId, Kind, Code, Name, Location, SortOrder, IsClosed, Version) " +
                $"SELECT Id, 'Gate', '{ScanPointDefaults.MainGateCode}', '{ScanPointDefaults.MainGateName}', NULL, 0, FALSE, 0 FROM Editions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropTable(
                name: "RetiredBadgeCodes");

            migrationBuilder.DropTable(
                name: "ScanLog");

            migrationBuilder.DropTable(
                name: "Devices");

            migrationBuilder.DropTable(
                name: "ScanPoints");
        }
    }
}
