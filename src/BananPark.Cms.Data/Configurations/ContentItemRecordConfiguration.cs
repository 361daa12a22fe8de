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
        // the database enforces what the content manager promises.
        builder.HasIndex(x => x.RoutePath).IsUnique().HasFilter("\"Published\" = 1 AND \"RoutePath\" IS NOT NULL")
            .HasDatabaseName("IX_ContentItems_PublishedRoute");
        builder.HasIndex(x => x.ContentItemId).IsUnique().HasFilter("\"Published\" = 1")
            .HasDatabaseName("IX_ContentItems_OnePublished");
        builder.HasIndex(x => x.ContentItemId).IsUnique().HasFilter("\"Latest\" = 1")
            .HasDatabaseName("IX_ContentItems_OneLatest");
    }
}
