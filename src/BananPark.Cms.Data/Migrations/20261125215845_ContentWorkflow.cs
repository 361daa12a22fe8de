using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BananPark.Cms.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContentWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledPublishUtc",
                table: "ContentItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "ContentItems",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_DisplayText",
                table: "ContentItems",
                columns: new[] { "Latest", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "Latest", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Owner_Latest",
                table: "ContentItems",
                columns: new[] { "Owner", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ScheduledPublishUtc",
                table: "ContentItems",
                column: "ScheduledPublishUtc",
                filter: "\"ScheduledPublishUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ContentItemId_CreatedUtc",
                table: "AuditEvents",
                columns: new[] { "ContentItemId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ContentType_CreatedUtc",
                table: "AuditEvents",
                columns: new[] { "ContentType", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_CreatedUtc",
                table: "AuditEvents",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_UserName_CreatedUtc",
                table: "AuditEvents",
                columns: new[] { "UserName", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_DisplayText",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Owner_Latest",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ScheduledPublishUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "ScheduledPublishUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "ContentItems");
        }
    }
}
