using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Search.Data;

/// <summary>The search index's rows, in the tenant's database with migrations of their own.</summary>
public sealed class SearchDbContext(DbContextOptions<SearchDbContext> options) : DbContext(options)
{
    /// <summary>The migrations-history table of this context.</summary>
    public const string MigrationsTable = "__SearchMigrationsHistory";

    /// <summary>The table of indexed text.</summary>
    public const string DocumentsTable = "SearchDocuments";

    /// <summary>SQLite only: the FTS5 table (trigram tokenizer) over <see cref="DocumentsTable"/>, made by the migration.</summary>
    public const string FtsTable = "SearchFts";

    public DbSet<SearchDocumentRecord> Documents => Set<SearchDocumentRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SearchDocumentRecord>(e =>
        {
            e.ToTable(DocumentsTable);
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            e.Property(x => x.Culture).HasMaxLength(SearchDocumentRecord.CultureLength).IsRequired();
            e.Property(x => x.Title).HasMaxLength(SearchDocumentRecord.TitleLength).IsRequired();
            e.Property(x => x.Route).HasMaxLength(SearchDocumentRecord.RouteLength).IsRequired();
            e.Property(x => x.Body).IsRequired();
            // One row per item and culture; an item's rows are replaced or removed by its id.
            e.HasIndex(x => new { x.ContentItemId, x.Culture }).IsUnique();
            e.HasIndex(x => x.Culture);
        });
    }
}
