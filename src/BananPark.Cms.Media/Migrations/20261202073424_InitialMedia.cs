using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BananPark.Cms.Media.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Folder = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MimeType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AltTexts = table.Column<string>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Credit = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    FocalX = table.Column<double>(type: "REAL", nullable: true),
                    FocalY = table.Column<double>(type: "REAL", nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaAssets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediaFolders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Parent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
