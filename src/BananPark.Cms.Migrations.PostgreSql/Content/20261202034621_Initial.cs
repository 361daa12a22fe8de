using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BananPark.Cms.Migrations.PostgreSql.Content
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Event = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    UserName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    Changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    Latest = table.Column<bool>(type: "boolean", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    RoutePath = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    IsHomepage = table.Column<bool>(type: "boolean", nullable: false),
                    ContainerId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: true),
                    ContainedOrder = table.Column<int>(type: "integer", nullable: false),
                    Owner = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Author = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Json = table.Column<string>(type: "text", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ScheduledPublishUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Name);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContainerId_Published_ContainedOrder",
                table: "ContentItems",
                columns: new[] { "ContainerId", "Published", "ContainedOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentItemId_Latest",
                table: "ContentItems",
                columns: new[] { "ContentItemId", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentItemId_Published",
                table: "ContentItems",
                columns: new[] { "ContentItemId", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentItemVersionId",
                table: "ContentItems",
                column: "ContentItemVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Latest_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "Latest", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Published_DisplayText",
                table: "ContentItems",
                columns: new[] { "ContentType", "Published", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_DisplayText",
                table: "ContentItems",
                columns: new[] { "Latest", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "Latest", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_OneLatest",
                table: "ContentItems",
                column: "ContentItemId",
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_OnePublished",
                table: "ContentItems",
                column: "ContentItemId",
                unique: true,
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Owner_Latest",
                table: "ContentItems",
                columns: new[] { "Owner", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_PublishedHomepage",
                table: "ContentItems",
                column: "Id",
                filter: "\"Published\" AND \"IsHomepage\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_PublishedRoute",
                table: "ContentItems",
                column: "RoutePath",
                unique: true,
                filter: "\"Published\" AND \"RoutePath\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ScheduledPublishUtc",
                table: "ContentItems",
                column: "ScheduledPublishUtc",
                filter: "\"ScheduledPublishUtc\" IS NOT NULL");

            // The admin search (SearchText LIKE '%word%') reads a trigram index: pg_trgm is made ready with the
            // tenant's schema (PostgreSqlSchema) and found on its search path. Not in the model: EF has no provider-neutral way.
            migrationBuilder.Sql("CREATE INDEX \"IX_ContentItems_SearchText_Trigram\" ON \"ContentItems\" USING gin (\"SearchText\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "ContentItems");

            migrationBuilder.DropTable(
                name: "Documents");
        }
    }
}
