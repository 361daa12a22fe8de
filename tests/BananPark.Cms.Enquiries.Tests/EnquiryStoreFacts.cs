using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Enquiries.Services;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BananPark.Cms.Enquiries.Tests;

/// <summary>The enquiry store's facts, run on SQLite and on PostgreSQL (each test its own tenant).</summary>
public abstract class EnquiryStoreFacts(TestStore store)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SubmitAsync_StoresEachEnquiryWithItsEventsAndMailsAndCountsReferencesUpPerYear()
    {
        await using var tenant = await TestTenant.CreateAsync(store, services =>
        {
            services.AddCmsEnquiries(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cms:Enquiries:NotifyAddress"] = "desk@banan.test",
            }).Build());
            services.AddSingleton<TimeProvider>(_clock);
        });

        var first = await SubmitAsync(tenant, "first@store.test");
        var second = await SubmitAsync(tenant, "second@store.test");
        _clock.Advance(TimeSpan.FromDays(30));
        var nextYear = await SubmitAsync(tenant, "third@store.test");

        string[] references = [first, second, nextYear];
        Assert.Equal(["BP-2026-000001", "BP-2026-000002", "BP-2027-000001"], references);
        var stored = await tenant.RunAsync<EnquiriesDbContext, List<Enquiry>>(db => db.Enquiries.AsNoTracking().Include(e => e.Events).OrderBy(e => e.Id).ToListAsync());
        var mails = await tenant.RunAsync<EnquiriesDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(3, stored.Count);
        Assert.Equal(6, mails.Count);
        Assert.All(stored, e =>
        {
            var queued = e.Events.Where(v => v.Kind == EnquiryEventKind.EmailQueued).ToList();
            Assert.Equal(2, queued.Count);
            Assert.All(queued, v => Assert.Contains(mails, m => m.Id == v.OutboxMessageId && m.EnquiryId == e.Id));
            Assert.Equal(DateTimeKind.Utc, e.CreatedUtc.Kind);
        });
        Assert.Equal(["first@store.test", "desk@banan.test"], mails.Where(m => m.EnquiryId == stored[0].Id).Select(m => m.ToAddress).ToList());
    }

    [Fact]
    public async Task Migrations_MatchTheModel()
    {
        await using var tenant = await TestTenant.CreateAsync(store, services => services.AddCmsEnquiries(new ConfigurationBuilder().Build()));

        Assert.False(await tenant.RunAsync<EnquiriesDbContext, bool>(db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }

    private static Task<string> SubmitAsync(TestTenant tenant, string email) => tenant.RunAsync<EnquirySubmissions, string>(async submissions =>
    {
        var enquiry = new Enquiry { Name = "Store Fact", CountryCode = "CN", Email = email, PreferredLanguage = "en", Message = "Facts", Consented = true };
        var origin = new SubmissionOrigin("4parkstorefact000000000000", "Park", "en", "hash", SpamReason: null);
        var stored = await submissions.SubmitAsync(enquiry, origin, PrivacyNotice.For(new()), new EnquiryContext("Banan Park", "Park", "/", null, "China"));
        return stored.Reference;
    });
}

public sealed class SqliteEnquiryStoreFacts() : EnquiryStoreFacts(TestStore.Sqlite);

public sealed class PostgreSqlEnquiryStoreFacts() : EnquiryStoreFacts(TestStore.PostgreSql);
