using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Enquiries.Endpoints;
using BananPark.Cms.Enquiries.Services;
using BananPark.Cms.Theming.Services;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Enquiries.Tests;

/// <summary>What becomes of a submission (<see cref="EnquiryIntake"/>), with the store, the outbox and a real SMTP sink.</summary>
public sealed class EnquiryIntakeTests(EnquiryTenant site) : IClassFixture<EnquiryTenant>
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ReceiveAsync_ValidSubmission_StoresItAndBothMailsReachTheSink()
    {
        var input = await site.ValidInputAsync("li.wei@valid.test");

        var result = await site.ReceiveAsync(input);
        var sent = await site.RunOutboxAsync();

        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
        var stored = Assert.Single(await site.EnquiriesOfAsync("li.wei@valid.test"));
        Assert.Matches("^BP-2026-[0-9]{6}$", stored.Reference);
        Assert.False(stored.IsSpam);
        Assert.Equal(EnquiryStatus.New, stored.Status);
        Assert.Equal("+8613912345678", stored.Phone);
        Assert.Equal(50m, stored.LandNeeded);
        Assert.Equal(LandUnit.Mu, stored.LandUnit);
        Assert.Equal(site.ParkId, stored.SourceItemId);
        Assert.Equal("Park", stored.SourceContentType);
        Assert.StartsWith("1-24m", stored.PrivacyNoticeVersion, StringComparison.Ordinal);
        Assert.True(sent >= 2);
        var acknowledgement = Assert.Single(site.Sink.To("li.wei@valid.test"));
        Assert.Contains(stored.Reference, acknowledgement.Subject, StringComparison.Ordinal);
        Assert.Contains(stored.Reference, acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Contains("您好", acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Equal("invest@banan.test", acknowledgement.From.Mailboxes.Single().Address);
        var notification = Assert.Single(site.Sink.To(EnquiryTenant.NotifyAddress), m => (m.Subject ?? "").Contains(stored.Reference, StringComparison.Ordinal));
        Assert.Contains("li.wei@valid.test", notification.TextBody, StringComparison.Ordinal);
        Assert.Contains("We plan an assembly plant", notification.TextBody, StringComparison.Ordinal);
        var kinds = (await site.EnquiriesOfAsync("li.wei@valid.test")).Single().Events.Select(e => e.Kind).Order().ToList();
        Assert.Equal([EnquiryEventKind.Created, EnquiryEventKind.EmailQueued, EnquiryEventKind.EmailQueued, EnquiryEventKind.EmailSent, EnquiryEventKind.EmailSent], kinds);
        Assert.All(await site.OutboxOfAsync(stored.Id), m => Assert.NotNull(m.SentUtc));
    }

    [Fact]
    public async Task ReceiveAsync_TheSameEnquirySentAgain_IsAnsweredWithTheStoredOneAndMailedOnce()
    {
        var input = await site.ValidInputAsync("resent@valid.test");

        var first = await site.ReceiveAsync(input);
        var again = await site.ReceiveAsync(input);
        await site.RunOutboxAsync();

        Assert.Equal((IntakeOutcome.Stored, IntakeOutcome.Stored), (first.Outcome, again.Outcome));
        var stored = Assert.Single(await site.EnquiriesOfAsync("resent@valid.test"));
        Assert.Equal(stored.Reference, first.Enquiry!.Reference);
        Assert.Equal(stored.Reference, again.Enquiry!.Reference);
        Assert.Single(site.Sink.To("resent@valid.test"));
    }

    [Fact]
    public async Task ReceiveAsync_MissingFields_ShowsTheFormAgainWithWhatWasTypedAndWhatIsMissing()
    {
        var input = await site.ValidInputAsync("", i => new EnquiryInput
        {
            ItemId = i.ItemId,
            Stamp = i.Stamp,
            Name = "Zhang <b>San</b>",
            Country = "CN",
            Language = "en",
            Message = "Two hundred mu, please.",
        });

        var result = await site.ReceiveAsync(input);

        Assert.Equal(IntakeOutcome.Invalid, result.Outcome);
        Assert.Equal(["consent", "email"], result.Form!.Errors!.Keys.Order().ToList());
        var html = await site.Tenant.RunScopeAsync(services => services.GetRequiredService<ContentRenderer>()
            .RenderNamedAsync(EnquiryFormPartial.TemplateName, EnquiryFormModel.Build(result.Form)));
        Assert.Contains("value=\"Zhang &lt;b&gt;San&lt;/b&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains(">Two hundred mu, please.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"enquiry-email-error\">Enter your email address.</p>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"enquiry-consent-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"CN\" selected>", html, StringComparison.Ordinal);
        Assert.Empty(await site.EnquiriesOfAsync(""));
    }

    [Theory]
    [InlineData("Eve\r\nBcc: victim@elsewhere.test", "eve@inject.test", "name")]
    [InlineData("Eve", "eve@inject.test\r\nBcc: victim@elsewhere.test", "email")]
    [InlineData("Eve", "Eve <eve@inject.test>, victim@elsewhere.test", "email")]
    public async Task ReceiveAsync_LineBreakInNameOrEmail_IsRefusedAndNothingIsStoredOrSent(string name, string email, string field)
    {
        var before = await site.CountAsync();
        var input = await site.ValidInputAsync(email, i => new EnquiryInput
        {
            ItemId = i.ItemId,
            Stamp = i.Stamp,
            Name = name,
            Country = "CN",
            Email = email,
            Language = "en",
            Message = "Hello",
            Consent = true,
        });

        var result = await site.ReceiveAsync(input);
        await site.RunOutboxAsync();

        Assert.Equal(IntakeOutcome.Invalid, result.Outcome);
        Assert.Contains(field, result.Form!.Errors!.Keys);
        Assert.Equal(before, await site.CountAsync());
        Assert.Empty(site.Sink.To("victim@elsewhere.test"));
    }

    [Fact]
    public async Task ReceiveAsync_HtmlInFields_IsStoredAsTextAndEncodedInTheMail()
    {
        var input = await site.ValidInputAsync("html@valid.test", i => new EnquiryInput
        {
            ItemId = i.ItemId,
            Stamp = i.Stamp,
            Name = "<script>alert(1)</script>",
            Organisation = "<b>Acme</b>",
            Country = "DE",
            Email = "html@valid.test",
            Language = "en",
            Message = "<img src=x onerror=alert(2)>",
            Consent = true,
        });

        await site.ReceiveAsync(input);
        await site.RunOutboxAsync();

        var stored = Assert.Single(await site.EnquiriesOfAsync("html@valid.test"));
        Assert.Equal("<script>alert(1)</script>", stored.Name);
        Assert.Equal("<img src=x onerror=alert(2)>", stored.Message);
        var notification = Assert.Single(site.Sink.To(EnquiryTenant.NotifyAddress), m => (m.Subject ?? "").Contains(stored.Reference, StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", notification.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", notification.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", notification.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", Assert.Single(site.Sink.To("html@valid.test")).HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveAsync_HoneypotFilled_IsStoredAsSpamAndNoMailIsQueued()
    {
        var input = await site.ValidInputAsync("robot@spam.test", i => new EnquiryInput
        {
            ItemId = i.ItemId,
            Stamp = i.Stamp,
            Name = "Robot",
            Email = "robot@spam.test",
            Message = "Buy",
            Honeypot = "http://spam.test",
        });

        var result = await site.ReceiveAsync(input);
        await site.RunOutboxAsync();

        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
        var stored = Assert.Single(await site.EnquiriesOfAsync("robot@spam.test"));
        Assert.True(stored.IsSpam);
        Assert.Contains(stored.Events, e => e.Kind == EnquiryEventKind.MarkedSpam);
        Assert.Empty(await site.OutboxOfAsync(stored.Id));
        Assert.Empty(site.Sink.To("robot@spam.test"));
    }

    [Fact]
    public async Task ReceiveAsync_SentFasterThanAPersonCould_IsStoredAsSpamWithoutMail()
    {
        var input = await site.ValidInputAsync("fast@spam.test", shownAgo: TimeSpan.FromSeconds(1));

        var result = await site.ReceiveAsync(input);

        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
        var stored = Assert.Single(await site.EnquiriesOfAsync("fast@spam.test"));
        Assert.True(stored.IsSpam);
        Assert.Empty(await site.OutboxOfAsync(stored.Id));
    }

    [Theory]
    [InlineData(false, "stamp")]
    [InlineData(true, "none")]
    [InlineData(true, "forged")]
    [InlineData(true, "stale")]
    public async Task ReceiveAsync_WithoutValidTokenOrStamp_AsksToSendAgainAndStoresNothing(bool antiforgeryValid, string stamp)
    {
        var input = await site.ValidInputAsync("again@valid.test", i => stamp switch
        {
            "none" => Copy(i, ""),
            "forged" => Copy(i, "CfDJ8" + new string('A', 80)),
            _ => i,
        }, shownAgo: stamp == "stale" ? TimeSpan.FromHours(25) : null);

        var result = await site.ReceiveAsync(input, antiforgeryValid);

        Assert.Equal(IntakeOutcome.SendAgain, result.Outcome);
        Assert.Equal("Li Wei", result.Form!.Input!.Name);
        Assert.Empty(await site.EnquiriesOfAsync("again@valid.test"));
    }

    private static EnquiryInput Copy(EnquiryInput i, string stamp) => new()
    {
        ItemId = i.ItemId,
        Name = i.Name,
        Country = i.Country,
        Email = i.Email,
        Language = i.Language,
        Message = i.Message,
        Consent = i.Consent,
        Stamp = stamp,
    };
}
