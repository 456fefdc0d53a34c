using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechconnectEvent.Web.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Connections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConnectionParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectionParticipants_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConnectionParticipants_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingRounds_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingTables",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    MeetingLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingTables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingTables_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mous",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CeremonySessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    StageOrder = table.Column<int>(type: "INTEGER", nullable: true),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ValueVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Summary_Vi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title_Vi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mous", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mous_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Mous_ForumSessions_CeremonySessionId",
                        column: x => x.CeremonySessionId,
                        principalTable: "ForumSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "TechnologyNeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", nullable: false),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Description_Vi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title_Vi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechnologyNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TechnologyNeeds_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TechnologyNeeds_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TechnologyOffers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TechnologyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OfferType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", nullable: false),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Description_Vi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title_Vi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechnologyOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TechnologyOffers_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TechnologyOffers_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TechnologyOffers_Technologies_TechnologyId",
                        column: x => x.TechnologyId,
                        principalTable: "Technologies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantUnavailability",
                columns: table => new
                {
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantUnavailability", x => new { x.ParticipantId, x.RoundId });
                    table.ForeignKey(
                        name: "FK_ParticipantUnavailability_ConnectionParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "ConnectionParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParticipantUnavailability_MeetingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MeetingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MouDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MouId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MouDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MouDocuments_Mous_MouId",
                        column: x => x.MouId,
                        principalTable: "Mous",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MouItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MouId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text_En = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Text_Vi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MouItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MouItems_Mous_MouId",
                        column: x => x.MouId,
                        principalTable: "Mous",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MouParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MouId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SignatoryName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    SignatoryPosition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MouParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MouParties_Mous_MouId",
                        column: x => x.MouId,
                        principalTable: "Mous",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MouParties_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MouWitnesses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MouId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MouWitnesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MouWitnesses_Mous_MouId",
                        column: x => x.MouId,
                        principalTable: "Mous",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationAId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationBId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactA = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    UserAId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ContactB = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    UserBId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: true),
                    NeedId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsMutual = table.Column<bool>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: true),
                    TableId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Unplaced = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OutcomeNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OutcomeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MouId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedByOrganiser = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduleSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meetings_MeetingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MeetingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_MeetingTables_TableId",
                        column: x => x.TableId,
                        principalTable: "MeetingTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_Mous_MouId",
                        column: x => x.MouId,
                        principalTable: "Mous",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Meetings_Organizations_OrganizationAId",
                        column: x => x.OrganizationAId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meetings_Organizations_OrganizationBId",
                        column: x => x.OrganizationBId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meetings_TechnologyNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "TechnologyNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Meetings_TechnologyOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "TechnologyOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "MeetingRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromOrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToOrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: true),
                    NeedId = table.Column<int>(type: "INTEGER", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FromContactName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    FromUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ToContactName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ToUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedByOrganiser = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_Organizations_FromOrganizationId",
                        column: x => x.FromOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_Organizations_ToOrganizationId",
                        column: x => x.ToOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_TechnologyNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "TechnologyNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_TechnologyOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "TechnologyOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionParticipants_EditionId_OrganizationId",
                table: "ConnectionParticipants",
                columns: new[] { "EditionId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionParticipants_OrganizationId",
                table: "ConnectionParticipants",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_EditionId_FromOrganizationId_Status",
                table: "MeetingRequests",
                columns: new[] { "EditionId", "FromOrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_EditionId_ToOrganizationId_Status",
                table: "MeetingRequests",
                columns: new[] { "EditionId", "ToOrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_FromOrganizationId",
                table: "MeetingRequests",
                column: "FromOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_MeetingId",
                table: "MeetingRequests",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_NeedId",
                table: "MeetingRequests",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_OfferId",
                table: "MeetingRequests",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_ToOrganizationId",
                table: "MeetingRequests",
                column: "ToOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRounds_EditionId_Number",
                table: "MeetingRounds",
                columns: new[] { "EditionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_EditionId_RoundId",
                table: "Meetings",
                columns: new[] { "EditionId", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_MouId",
                table: "Meetings",
                column: "MouId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_NeedId",
                table: "Meetings",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OfferId",
                table: "Meetings",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OrganizationAId_EditionId",
                table: "Meetings",
                columns: new[] { "OrganizationAId", "EditionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OrganizationBId_EditionId",
                table: "Meetings",
                columns: new[] { "OrganizationBId", "EditionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_RoundId_TableId",
                table: "Meetings",
                columns: new[] { "RoundId", "TableId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_TableId",
                table: "Meetings",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingTables_EditionId_Number",
                table: "MeetingTables",
                columns: new[] { "EditionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MouDocuments_MouId",
                table: "MouDocuments",
                column: "MouId");

            migrationBuilder.CreateIndex(
                name: "IX_MouDocuments_StoredName",
                table: "MouDocuments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MouItems_MouId_Number",
                table: "MouItems",
                columns: new[] { "MouId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MouParties_MouId_SortOrder",
                table: "MouParties",
                columns: new[] { "MouId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_MouParties_OrganizationId",
                table: "MouParties",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Mous_CeremonySessionId_StageOrder",
                table: "Mous",
                columns: new[] { "CeremonySessionId", "StageOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_Mous_EditionId_Status",
                table: "Mous",
                columns: new[] { "EditionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MouWitnesses_MouId_SortOrder",
                table: "MouWitnesses",
                columns: new[] { "MouId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantUnavailability_RoundId",
                table: "ParticipantUnavailability",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_TechnologyNeeds_EditionId_Field",
                table: "TechnologyNeeds",
                columns: new[] { "EditionId", "Field" });

            migrationBuilder.CreateIndex(
                name: "IX_TechnologyNeeds_OrganizationId_EditionId",
                table: "TechnologyNeeds",
                columns: new[] { "OrganizationId", "EditionId" });

            migrationBuilder.CreateIndex(
                name: "IX_TechnologyOffers_EditionId_Field",
                table: "TechnologyOffers",
                columns: new[] { "EditionId", "Field" });

            migrationBuilder.CreateIndex(
                name: "IX_TechnologyOffers_EditionId_TechnologyId",
                table: "TechnologyOffers",
                columns: new[] { "EditionId", "TechnologyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TechnologyOffers_OrganizationId_EditionId",
                table: "TechnologyOffers",
                columns: new[] { "OrganizationId", "EditionId" });

            migrationBuilder.CreateIndex(
                name: "IX_TechnologyOffers_TechnologyId",
                table: "TechnologyOffers",
                column: "TechnologyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingRequests");

            migrationBuilder.DropTable(
                name: "MouDocuments");

            migrationBuilder.DropTable(
                name: "MouItems");

            migrationBuilder.DropTable(
                name: "MouParties");

            migrationBuilder.DropTable(
                name: "MouWitnesses");

            migrationBuilder.DropTable(
                name: "ParticipantUnavailability");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "ConnectionParticipants");

            migrationBuilder.DropTable(
                name: "MeetingRounds");

            migrationBuilder.DropTable(
                name: "MeetingTables");

            migrationBuilder.DropTable(
                name: "Mous");

            migrationBuilder.DropTable(
                name: "TechnologyNeeds");

            migrationBuilder.DropTable(
                name: "TechnologyOffers");
        }
    }
}
