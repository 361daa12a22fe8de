using BananPark.Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BananPark.Cms.Data.Configurations;

internal sealed class RouteRedirectRecordConfiguration : IEntityTypeConfiguration<RouteRedirectRecord>
{
    public void Configure(EntityTypeBuilder<RouteRedirectRecord> builder)
    {
        builder.ToTable("RouteRedirects");
        // The path is the key: the 404 path's lookup is one primary-key read.
        builder.HasKey(x => x.Path);
        builder.Property(x => x.Path).HasMaxLength(1024);
        builder.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        builder.HasIndex(x => x.ContentItemId);
    }
}
