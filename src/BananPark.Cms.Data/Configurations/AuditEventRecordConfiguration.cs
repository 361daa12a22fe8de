using BananPark.Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BananPark.Cms.Data.Configurations;

internal sealed class AuditEventRecordConfiguration : IEntityTypeConfiguration<AuditEventRecord>
{
    public void Configure(EntityTypeBuilder<AuditEventRecord> builder)
    {
        builder.ToTable("AuditEvents");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Event).HasMaxLength(32).IsRequired();
        builder.Property(x => x.UserId).HasMaxLength(255);
        builder.Property(x => x.UserName).HasMaxLength(255).IsRequired();
        builder.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.ContentItemVersionId).HasMaxLength(26);
        builder.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        builder.Property(x => x.DisplayText).HasMaxLength(1024);
        builder.Property(x => x.Changes).IsRequired();
        builder.HasIndex(x => x.CreatedUtc);
        builder.HasIndex(x => new { x.UserName, x.CreatedUtc });
        builder.HasIndex(x => new { x.ContentType, x.CreatedUtc });
        builder.HasIndex(x => new { x.ContentItemId, x.CreatedUtc });
    }
}
