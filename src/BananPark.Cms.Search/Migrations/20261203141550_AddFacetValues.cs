using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BananPark.Cms.Search.Migrations
{
    /// <inheritdoc />
    public partial class AddFacetValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchFacetValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Facet = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchFacetValues", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_ContentType",
                table: "SearchDocuments",
                column: "ContentType");

            migrationBuilder.CreateIndex(
                name: "IX_SearchFacetValues_ContentItemId_Facet_Value",
                table: "SearchFacetValues",
                columns: new[] { "ContentItemId", "Facet", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchFacetValues_ContentType_Facet_Value_ContentItemId",
                table: "SearchFacetValues",
                columns: new[] { "ContentType", "Facet", "Value", "ContentItemId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchFacetValues");

            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_ContentType",
                table: "SearchDocuments");
        }
    }
}
