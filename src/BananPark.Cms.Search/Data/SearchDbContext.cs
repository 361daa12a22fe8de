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

    /// <summary>The table of facet values.</summary>
    public const string FacetValuesTable = "SearchFacetValues";

    public DbSet<SearchDocumentRecord> Documents => Set<SearchDocumentRecord>();

    public DbSet<FacetValueRecord> FacetValues => Set<FacetValueRecord>();

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
            // A type's list page (the directory) filters by type; its titles are not indexed (a btree entry of PostgreSQL
            // holds at most ~2,700 bytes, less than 1,024 Chinese characters), so a filtered page sorts its matches.
            e.HasIndex(x => x.ContentType);
        });
        modelBuilder.Entity<FacetValueRecord>(e =>
        {
            e.ToTable(FacetValuesTable);
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            e.Property(x => x.Facet).HasMaxLength(FacetValueRecord.FacetLength).IsRequired();
            e.Property(x => x.Value).HasMaxLength(Core.Search.DirectoryFacets.MaxValueLength).IsRequired();
            // Counts group by value within a type's facet, and filters find an item's value: both covered.
            e.HasIndex(x => new { x.ContentType, x.Facet, x.Value, x.ContentItemId }).IsUnique();
            e.HasIndex(x => new { x.ContentItemId, x.Facet, x.Value });
        });
    }
}
