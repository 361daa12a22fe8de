using BananPark.Cms.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Enquiries.Data;

/// <summary>Enquiries, their timelines and the mail outbox, in the tenant's database with migrations of their own.</summary>
public sealed class EnquiriesDbContext(DbContextOptions<EnquiriesDbContext> options) : DbContext(options)
{
    /// <summary>The migrations-history table of this context.</summary>
    public const string MigrationsTable = "__EnquiriesMigrationsHistory";

    public DbSet<Enquiry> Enquiries => Set<Enquiry>();

    public DbSet<EnquiryEvent> Events => Set<EnquiryEvent>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Enquiry>(e =>
        {
            e.ToTable("Enquiries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Reference).HasMaxLength(Enquiry.ReferenceLength).IsRequired();
            e.Property(x => x.SourceItemId).HasMaxLength(26).IsRequired();
            e.Property(x => x.SourceContentType).HasMaxLength(255).IsRequired();
            e.Property(x => x.SourceCulture).HasMaxLength(16).IsRequired();
            e.Property(x => x.Name).HasMaxLength(Enquiry.NameLength).IsRequired();
            e.Property(x => x.Organisation).HasMaxLength(Enquiry.OrganisationLength);
            e.Property(x => x.CountryCode).HasMaxLength(2).IsRequired();
            e.Property(x => x.Email).HasMaxLength(Enquiry.EmailLength).IsRequired();
            e.Property(x => x.Phone).HasMaxLength(Enquiry.PhoneLength);
            e.Property(x => x.PreferredLanguage).HasMaxLength(16).IsRequired();
            e.Property(x => x.ClusterItemId).HasMaxLength(26);
            e.Property(x => x.LandNeeded).HasPrecision(18, 2);
            e.Property(x => x.PlannedInvestment).HasMaxLength(Enquiry.InvestmentLength);
            e.Property(x => x.Timeline).HasMaxLength(32);
            e.Property(x => x.Message).HasMaxLength(Enquiry.MessageLength).IsRequired();
            e.Property(x => x.PrivacyNoticeVersion).HasMaxLength(32).IsRequired();
            e.Property(x => x.CloseReason).HasMaxLength(500);
            e.Property(x => x.OwnerUserId).HasMaxLength(450);
            e.Property(x => x.SubmitterAddressHash).HasMaxLength(64).IsRequired();
            e.HasIndex(x => x.Reference).IsUnique();
            // The desk's filters: newest first within a status, an owner's list, one person's enquiries (a PIPL
            // request), a cluster's, a country's, overdue ones; and the rate of one address.
            e.HasIndex(x => new { x.Status, x.CreatedUtc });
            e.HasIndex(x => new { x.OwnerUserId, x.Status });
            e.HasIndex(x => x.CreatedUtc);
            e.HasIndex(x => x.Email);
            e.HasIndex(x => x.ClusterItemId);
            e.HasIndex(x => x.CountryCode);
            e.HasIndex(x => x.DueUtc);
            e.HasIndex(x => x.SubmitterAddressHash);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.EnquiryId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EnquiryEvent>(e =>
        {
            e.ToTable("EnquiryEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.Detail).HasMaxLength(EnquiryEvent.DetailLength);
            e.HasIndex(x => new { x.EnquiryId, x.CreatedUtc });
            e.HasOne(x => x.OutboxMessage).WithMany().HasForeignKey(x => x.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasKey(x => x.Id);
            e.Property(x => x.ToAddress).HasMaxLength(OutboxMessage.AddressLength).IsRequired();
            e.Property(x => x.ToName).HasMaxLength(Enquiry.NameLength);
            e.Property(x => x.Subject).HasMaxLength(OutboxMessage.SubjectLength).IsRequired();
            e.Property(x => x.TextBody).IsRequired();
            e.Property(x => x.HtmlBody).IsRequired();
            e.Property(x => x.LastError).HasMaxLength(OutboxMessage.ErrorLength);
            // The outbox pass reads what is due, oldest first; the desk reads an enquiry's mails.
            e.HasIndex(x => x.NextAttemptUtc);
            e.HasIndex(x => x.EnquiryId);
            e.HasOne(x => x.Enquiry).WithMany().HasForeignKey(x => x.EnquiryId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
