using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BananPark.Cms.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    RoutePath = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    IsHomepage = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContainerId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    ContainedOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Name);
                });

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
                name: "IX_ContentItems_OneLatest",
                table: "ContentItems",
                column: "ContentItemId",
                unique: true,
                filter: "\"Latest\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_PublishedRoute",
                table: "ContentItems",
                column: "RoutePath",
                unique: true,
                filter: "\"Published\" = 1 AND \"RoutePath\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentItems");

            migrationBuilder.DropTable(
                name: "Documents");
        }
    }
}
