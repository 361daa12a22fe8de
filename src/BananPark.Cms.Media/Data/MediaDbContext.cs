using BananPark.Cms.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Media.Data;

/// <summary>The media library's rows, in the tenant's database with migrations of their own.</summary>
public sealed class MediaDbContext(DbContextOptions<MediaDbContext> options) : DbContext(options)
{
    /// <summary>The migrations-history table of this context.</summary>
    public const string MigrationsTable = "__MediaMigrationsHistory";

    public DbSet<MediaAssetRecord> Assets => Set<MediaAssetRecord>();

    public DbSet<MediaFolderRecord> Folders => Set<MediaFolderRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MediaAssetRecord>(e =>
        {
            e.ToTable("MediaAssets");
            e.HasKey(x => x.Id);
            e.Property(x => x.Path).HasMaxLength(MediaAssetRecord.PathLength).IsRequired();
            e.Property(x => x.Folder).HasMaxLength(MediaAssetRecord.PathLength).IsRequired();
            e.Property(x => x.FileName).HasMaxLength(MediaAssetRecord.FileNameLength).IsRequired();
            e.Property(x => x.ContentHash).HasMaxLength(64).IsRequired();
            e.Property(x => x.MimeType).HasMaxLength(64).IsRequired();
            e.Property(x => x.AltTexts).IsRequired();
            e.Property(x => x.SearchText).HasMaxLength(MediaAssetRecord.SearchTextLength).IsRequired();
            e.Property(x => x.Caption).HasMaxLength(1024);
            e.Property(x => x.Credit).HasMaxLength(512);
            e.Property(x => x.UploadedBy).HasMaxLength(450);
            e.Property(x => x.ConcurrencyStamp).HasMaxLength(32).IsConcurrencyToken();
            e.HasIndex(x => x.Path).IsUnique();
            // A folder's page, ordered by name; and the owner's files.
            e.HasIndex(x => new { x.Folder, x.FileName });
            e.HasIndex(x => new { x.UploadedBy, x.Folder });
            // Whether other rows still use the same bytes (a delete keeps shared files).
            e.HasIndex(x => x.ContentHash);
        });
        modelBuilder.Entity<MediaFolderRecord>(e =>
        {
            e.ToTable("MediaFolders");
            e.HasKey(x => x.Id);
            e.Property(x => x.Path).HasMaxLength(MediaAssetRecord.PathLength).IsRequired();
            e.Property(x => x.Parent).HasMaxLength(MediaAssetRecord.PathLength).IsRequired();
            e.HasIndex(x => x.Path).IsUnique();
            e.HasIndex(x => x.Parent);
        });
    }
}
