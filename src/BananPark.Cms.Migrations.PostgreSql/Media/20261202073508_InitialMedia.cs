using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BananPark.Cms.Migrations.PostgreSql.Media
{
    /// <inheritdoc />
    public partial class InitialMedia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MediaAssets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Path = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Folder = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: true),
                    Height = table.Column<int>(type: "integer", nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MimeType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AltTexts = table.Column<string>(type: "text", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Caption = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    Credit = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    FocalX = table.Column<double>(type: "double precision", nullable: true),
                    FocalY = table.Column<double>(type: "double precision", nullable: true),
                    UploadedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaAssets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediaFolders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Path = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Parent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaFolders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_ContentHash",
                table: "MediaAssets",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_Folder_FileName",
                table: "MediaAssets",
                columns: new[] { "Folder", "FileName" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_Path",
                table: "MediaAssets",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_UploadedBy_Folder",
                table: "MediaAssets",
                columns: new[] { "UploadedBy", "Folder" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaFolders_Parent",
                table: "MediaFolders",
                column: "Parent");

            migrationBuilder.CreateIndex(
                name: "IX_MediaFolders_Path",
                table: "MediaFolders",
                column: "Path",
                unique: true);

            // The library's search (SearchText LIKE '%word%') reads a trigram index, as the content search does; pg_trgm is
            // made ready with the tenant's schema (PostgreSqlSchema). Not in the model: EF has no provider-neutral way.
            migrationBuilder.Sql("CREATE INDEX \"IX_MediaAssets_SearchText_Trigram\" ON \"MediaAssets\" USING gin (\"SearchText\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediaAssets");

            migrationBuilder.DropTable(
                name: "MediaFolders");
        }
    }
}
