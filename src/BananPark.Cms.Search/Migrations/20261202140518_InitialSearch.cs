using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BananPark.Cms.Search.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false)
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

            // Added by hand: the FTS5 index over the rows (trigram tokenizer: any substring of three or more characters,
            // Chinese included), an external-content table kept in step by triggers, so the text is stored once.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"SearchFts\" USING fts5(\"Title\", \"Body\", content='SearchDocuments', content_rowid='Id', tokenize='trigram');");
            migrationBuilder.Sql("CREATE TRIGGER \"SearchDocuments_Inserted\" AFTER INSERT ON \"SearchDocuments\" BEGIN INSERT INTO \"SearchFts\"(rowid, \"Title\", \"Body\") VALUES (new.\"Id\", new.\"Title\", new.\"Body\"); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"SearchDocuments_Deleted\" AFTER DELETE ON \"SearchDocuments\" BEGIN INSERT INTO \"SearchFts\"(\"SearchFts\", rowid, \"Title\", \"Body\") VALUES ('delete', old.\"Id\", old.\"Title\", old.\"Body\"); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"SearchDocuments_Updated\" AFTER UPDATE ON \"SearchDocuments\" BEGIN INSERT INTO \"SearchFts\"(\"SearchFts\", rowid, \"Title\", \"Body\") VALUES ('delete', old.\"Id\", old.\"Title\", old.\"Body\"); INSERT INTO \"SearchFts\"(rowid, \"Title\", \"Body\") VALUES (new.\"Id\", new.\"Title\", new.\"Body\"); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchDocuments_Updated\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchDocuments_Deleted\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchDocuments_Inserted\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchFts\";");
            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
