using BananPark.Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BananPark.Cms.Data.Configurations;

internal sealed class DocumentRecordConfiguration : IEntityTypeConfiguration<DocumentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentRecord> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(x => x.Name);
        builder.Property(x => x.Name).HasMaxLength(255);
        builder.Property(x => x.Json).IsRequired();
        builder.Property(x => x.ConcurrencyStamp).HasMaxLength(32).IsConcurrencyToken();
    }
}
