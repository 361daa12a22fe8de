using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Enquiries.Endpoints;
using BananPark.Cms.Enquiries.Outbox;
using BananPark.Cms.Enquiries.Services;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BananPark.Cms.Enquiries.Tests;

/// <summary>
/// A test tenant made from the Banan recipe with enquiries wired as the host wires them, a clock the tests move and an
/// SMTP sink. Shared by a test class: each test uses addresses of its own and looks only at its own rows and mails.
/// </summary>
public sealed class EnquiryTenant : IAsyncLifetime
{
    public const string NotifyAddress = "desk@banan.test";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));

    public TestTenant Tenant { get; private set; } = null!;

    public SmtpSink Sink { get; private set; } = null!;

    public string ParkId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        Tenant = await TestTenant.CreateAsync(services =>
        {
            services.AddCmsEnquiries(Configuration(Sink.Port));
            services.AddSingleton<TimeProvider>(Clock);
        });
        await Tenant.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe));
        ParkId = (await Tenant.RunAsync<IPublishedContent, ContentItemSnapshot?>(p => p.GetHomepageAsync()))!.ContentItemId;
    }

    /// <summary>Takes the mail server down: nothing listens on its port until <see cref="StartSinkAgainAsync"/>.</summary>
    public Task StopSinkAsync() => Sink.DisposeAsync().AsTask();

    /// <summary>The mail server back on the port the settings name.</summary>
    public async Task StartSinkAgainAsync() => Sink = await SmtpSink.StartAsync(Sink.Port);

    /// <summary>A complete, valid submission from the Park page, its form shown <paramref name="shownAgo"/> ago (30 s by default).</summary>
    public Task<EnquiryInput> ValidInputAsync(string email, Func<EnquiryInput, EnquiryInput>? change = null, TimeSpan? shownAgo = null)
        => Tenant.RunAsync<FormStamp, EnquiryInput>(stamps =>
        {
            var input = new EnquiryInput
            {
                ItemId = ParkId,
                Name = "Li Wei",
                Organisation = "Example Motors",
                Country = "CN",
                Email = email,
                Phone = "139 1234 5678",
                Language = "zh-CN",
                Land = "50",
                LandUnit = "mu",
                Investment = "CNY 200 million",
                Timeline = "6-12m",
                Message = "We plan an assembly plant for motorcycle parts.",
                Consent = true,
                Stamp = stamps.Issue(shownAgo ?? TimeSpan.FromSeconds(30)),
            };
            return Task.FromResult(change?.Invoke(input) ?? input);
        });

    public Task<IntakeResult> ReceiveAsync(EnquiryInput input, bool antiforgeryValid = true)
        => Tenant.RunAsync<EnquiryIntake, IntakeResult>(intake => intake.ReceiveAsync(input, antiforgeryValid, "test-address"));

    /// <summary>One outbox pass at the clock's time.</summary>
    public Task<int> RunOutboxAsync() => Tenant.RunAsync<OutboxDispatcher, int>(o => o.RunOnceAsync());

    /// <summary>The enquiries sent with <paramref name="email"/>, with their events.</summary>
    public Task<List<Enquiry>> EnquiriesOfAsync(string email)
        => Tenant.RunAsync<EnquiriesDbContext, List<Enquiry>>(db => db.Enquiries.AsNoTracking().Include(e => e.Events).Where(e => e.Email == email).ToListAsync());

    public Task<List<OutboxMessage>> OutboxOfAsync(long enquiryId)
        => Tenant.RunAsync<EnquiriesDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking().Where(m => m.EnquiryId == enquiryId).OrderBy(m => m.Id).ToListAsync());

    public Task<int> CountAsync() => Tenant.RunAsync<EnquiriesDbContext, int>(db => db.Enquiries.CountAsync());

    public async ValueTask DisposeAsync()
    {
        await Tenant.DisposeAsync();
        await Sink.DisposeAsync();
    }

    private static IConfiguration Configuration(int port) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:Email:From"] = "invest@banan.test",
            ["Cms:Email:Smtp:Host"] = "127.0.0.1",
            ["Cms:Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cms:Email:Smtp:StartTls"] = "false",
            ["Cms:Email:Smtp:TimeoutSeconds"] = "5",
            ["Cms:Enquiries:NotifyAddress"] = NotifyAddress,
        })
        .Build();
}
