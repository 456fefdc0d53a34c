using Microsoft.EntityFrameworkCore.Migrations;
using TechconnectEvent.Web.Features.Forum;

#nullable disable

namespace TechconnectEvent.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Forum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EndsAt",
                table: "ScanPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SessionId",
                table: "ScanPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StartsAt",
                table: "ScanPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Rooms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Name_Vi = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rooms_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Topics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Name_Vi = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Topics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Topics_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ForumSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: true),
                    RoomId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangedAfterPublishAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProposedStartsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProposedEndsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProposalNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Description_Vi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title_Vi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForumSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForumSessions_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ForumSessions_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ForumSessions_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionChairs",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionChairs", x => new { x.SessionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_SessionChairs_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionChairs_ForumSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ForumSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionInterests",
                columns: table => new
                {
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionInterests", x => new { x.RegistrationId, x.SessionId });
                    table.ForeignKey(
                        name: "FK_SessionInterests_ForumSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ForumSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionInterests_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Speakers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    TalkTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Speakers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Speakers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Speakers_ForumSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ForumSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScanPoints_SessionId",
                table: "ScanPoints",
                column: "SessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ForumSessions_EditionId_StartsAt",
                table: "ForumSessions",
                columns: new[] { "EditionId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ForumSessions_RoomId_StartsAt",
                table: "ForumSessions",
                columns: new[] { "RoomId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ForumSessions_TopicId",
                table: "ForumSessions",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_Rooms_EditionId_SortOrder",
                table: "Rooms",
                columns: new[] { "EditionId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionChairs_UserId",
                table: "SessionChairs",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionInterests_SessionId",
                table: "SessionInterests",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Speakers_SessionId_SortOrder",
                table: "Speakers",
                columns: new[] { "SessionId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_Speakers_UserId",
                table: "Speakers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Topics_EditionId_Code",
                table: "Topics",
                columns: new[] { "EditionId", "Code" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ScanPoints_ForumSessions_SessionId",
                table: "ScanPoints",
                column: "SessionId",
                principalTable: "ForumSessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            // Editions made before the forum existed get the usual topics, as a new edition does.
            foreach (var topic in TopicDefaults.For(0))
            {
                migrationBuilder.Sql(
                    "INSERT INTO Topics (EditionId, Code, Colour, SortOrder, Version, Name_En, Name_Vi) " +
                    $"SELECT Id, '{topic.Code}', '{topic.Colour}', {topic.SortOrder}, 0, '{topic.Name.En}', '{topic.Name.Vi}' FROM Editions");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ScanPoints_ForumSessions_SessionId",
                table: "ScanPoints");

            migrationBuilder.DropTable(
                name: "SessionChairs");

            migrationBuilder.DropTable(
                name: "SessionInterests");

            migrationBuilder.DropTable(
                name: "Speakers");

            migrationBuilder.DropTable(
                name: "ForumSessions");

            migrationBuilder.DropTable(
                name: "Rooms");

            migrationBuilder.DropTable(
                name: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_ScanPoints_SessionId",
                table: "ScanPoints");

            migrationBuilder.DropColumn(
                name: "EndsAt",
                table: "ScanPoints");

            migrationBuilder.DropColumn(
                name: "SessionId",
                table: "ScanPoints");

            migrationBuilder.DropColumn(
                name: "StartsAt",
                table: "ScanPoints");
        }
    }
}
