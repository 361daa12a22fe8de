using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BananPark.Cms.Migrations.PostgreSql.Search
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Facet = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false)
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
