using BananPark.Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BananPark.Cms.Data.Configurations;

internal sealed class ContentItemRecordConfiguration : IEntityTypeConfiguration<ContentItemRecord>
{
    public void Configure(EntityTypeBuilder<ContentItemRecord> builder)
    {
        builder.ToTable("ContentItems");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        builder.Property(x => x.DisplayText).HasMaxLength(1024);
        builder.Property(x => x.RoutePath).HasMaxLength(1024);
        builder.Property(x => x.ContainerId).HasMaxLength(26);
        builder.Property(x => x.Owner).HasMaxLength(255);
        builder.Property(x => x.Author).HasMaxLength(255);
        builder.Property(x => x.Json).IsRequired();
        builder.Property(x => x.SearchText).HasMaxLength(ContentItemRecord.SearchTextLength);
        builder.Property(x => x.ConcurrencyStamp).HasMaxLength(32).IsConcurrencyToken();

        builder.HasIndex(x => x.ContentItemVersionId).IsUnique();
        builder.HasIndex(x => new { x.ContentItemId, x.Latest });
        builder.HasIndex(x => new { x.ContentItemId, x.Published });
        builder.HasIndex(x => new { x.ContentType, x.Published, x.DisplayText });
        builder.HasIndex(x => new { x.ContentType, x.Latest, x.ModifiedUtc });
        builder.HasIndex(x => new { x.ContainerId, x.Published, x.ContainedOrder });
        builder.HasIndex(x => new { x.Latest, x.ModifiedUtc });
        builder.HasIndex(x => new { x.Latest, x.DisplayText });
        builder.HasIndex(x => new { x.Owner, x.Latest });
        builder.HasIndex(x => x.ScheduledPublishUtc).HasFilter("\"ScheduledPublishUtc\" IS NOT NULL");

        // At most one published route per path, and one published and one latest version per item:
        // the database enforces what the content manager promises. The filters name the flags bare, as EF
        // writes them in queries ("WHERE Published AND RoutePath = @p"): SQLite uses a partial index only when
        // the query's WHERE implies the index's, term by term, so the route, home-page and route-is-free
        // lookups read these indexes (query-plan tests check it).
        // Named, because EF keeps one unnamed index per column list: two HasIndex(ContentItemId) calls made one.
        builder.HasIndex(x => x.RoutePath, "IX_ContentItems_PublishedRoute").IsUnique().HasFilter("\"Published\" AND \"RoutePath\" IS NOT NULL");
        builder.HasIndex(x => x.ContentItemId, "IX_ContentItems_OnePublished").IsUnique().HasFilter("\"Published\"");
        builder.HasIndex(x => x.ContentItemId, "IX_ContentItems_OneLatest").IsUnique().HasFilter("\"Latest\"");
        builder.HasIndex(x => x.Id, "IX_ContentItems_PublishedHomepage").HasFilter("\"Published\" AND \"IsHomepage\"");
        // The sitemaps: a type's published routes in route order, counted and paged from the index alone.
        builder.HasIndex(x => new { x.ContentType, x.RoutePath }, "IX_ContentItems_PublishedTypeRoute").HasFilter("\"Published\" AND \"RoutePath\" IS NOT NULL");
    }
}
