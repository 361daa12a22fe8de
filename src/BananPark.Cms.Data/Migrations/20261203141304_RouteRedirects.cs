using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BananPark.Cms.Data.Migrations
{
    /// <inheritdoc />
    public partial class RouteRedirects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RouteRedirects",
                columns: table => new
                {
                    Path = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    MovedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RouteRedirects", x => x.Path);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_PublishedTypeRoute",
                table: "ContentItems",
                columns: new[] { "ContentType", "RoutePath" },
                filter: "\"Published\" AND \"RoutePath\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RouteRedirects_ContentItemId",
                table: "RouteRedirects",
                column: "ContentItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RouteRedirects");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_PublishedTypeRoute",
                table: "ContentItems");
        }
    }
}
