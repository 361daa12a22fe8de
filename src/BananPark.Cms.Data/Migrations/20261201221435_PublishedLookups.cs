using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BananPark.Cms.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublishedLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_OneLatest",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_PublishedRoute",
                table: "ContentItems");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_OneLatest",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_OnePublished",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_PublishedHomepage",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_PublishedRoute",
                table: "ContentItems");

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
    }
}
