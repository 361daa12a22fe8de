using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BananPark.Cms.Migrations.PostgreSql.Search
{
    /// <inheritdoc />
    public partial class InitialSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Route = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_ContentItemId_Culture",
                table: "SearchDocuments",
                columns: new[] { "ContentItemId", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Culture",
                table: "SearchDocuments",
                column: "Culture");

            // Added by hand: the words of each document ('simple': no stemming, no stop words, the same in every
            // language; the title weighted A) in a generated column with a GIN index, and trigram GIN indexes
            // (pg_trgm, made ready in the extension schema with the content store) for ILIKE '%word%' substrings.
            migrationBuilder.Sql("ALTER TABLE \"SearchDocuments\" ADD COLUMN \"Vector\" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', \"Title\"), 'A') || setweight(to_tsvector('simple', \"Body\"), 'B')) STORED;");
            migrationBuilder.Sql("CREATE INDEX \"IX_SearchDocuments_Vector\" ON \"SearchDocuments\" USING gin (\"Vector\");");
            migrationBuilder.Sql("CREATE INDEX \"IX_SearchDocuments_Title_Trigram\" ON \"SearchDocuments\" USING gin (\"Title\" gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX \"IX_SearchDocuments_Body_Trigram\" ON \"SearchDocuments\" USING gin (\"Body\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
