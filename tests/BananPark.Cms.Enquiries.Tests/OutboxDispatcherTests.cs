using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Enquiries.Outbox;

namespace BananPark.Cms.Enquiries.Tests;

/// <summary>The outbox (<see cref="OutboxDispatcher"/>) against an SMTP server that goes down and comes back.</summary>
public sealed class OutboxDispatcherTests(EnquiryTenant site) : IClassFixture<EnquiryTenant>
{
    [Fact]
    public async Task RunOnceAsync_WhileTheServerIsDown_KeepsTheEnquiryAndRetriesWithBackoffUntilItIsBack()
    {
        await site.ReceiveAsync(await site.ValidInputAsync("down@valid.test"));
        var enquiry = Assert.Single(await site.EnquiriesOfAsync("down@valid.test"));
        await site.StopSinkAsync();
        try
        {
            var start = site.Clock.GetUtcNow().UtcDateTime;
            Assert.Equal(0, await site.RunOutboxAsync());
            var failed = await site.OutboxOfAsync(enquiry.Id);
            Assert.Equal(2, failed.Count);
            Assert.All(failed, m =>
            {
                Assert.Equal(1, m.Attempts);
                Assert.Null(m.SentUtc);
                Assert.False(string.IsNullOrEmpty(m.LastError));
                Assert.Equal(start.AddMinutes(1), m.NextAttemptUtc);
            });
            Assert.Equal(2, (await site.EnquiriesOfAsync("down@valid.test")).Single().Events.Count(e => e.Kind == EnquiryEventKind.EmailFailed));

            // Not due yet: no attempt. Then the second attempt, a minute later, waits two more.
            await site.RunOutboxAsync();
            Assert.All(await site.OutboxOfAsync(enquiry.Id), m => Assert.Equal(1, m.Attempts));
            site.Clock.Advance(TimeSpan.FromMinutes(1));
            await site.RunOutboxAsync();
            Assert.All(await site.OutboxOfAsync(enquiry.Id), m =>
            {
                Assert.Equal(2, m.Attempts);
                Assert.Equal(start.AddMinutes(3), m.NextAttemptUtc);
            });
        }
        finally
        {
            await site.StartSinkAgainAsync();
        }

        site.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(2, await site.RunOutboxAsync());

        Assert.All(await site.OutboxOfAsync(enquiry.Id), m =>
        {
            Assert.Equal(3, m.Attempts);
            Assert.NotNull(m.SentUtc);
            Assert.Null(m.NextAttemptUtc);
        });
        Assert.Contains(enquiry.Reference, Assert.Single(site.Sink.To("down@valid.test")).Subject, StringComparison.Ordinal);
        Assert.Single((await site.EnquiriesOfAsync("down@valid.test")).Single().Events, e => e.Kind == EnquiryEventKind.Created);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(7, 64)]
    public void Backoff_DoublesFromTheFirstRetry(int attempts, int minutes)
        => Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxDispatcher.Backoff(new OutboxOptions { FirstRetryMinutes = 1 }, attempts));
}
