using BananPark.Cms.Enquiries.Email;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Enquiries.Tests;

/// <summary>The MailKit sender refuses header injection before it connects anywhere.</summary>
public sealed class MailKitEmailSenderTests
{
    private static readonly MailKitEmailSender Sender = new(Options.Create(new EmailOptions
    {
        From = "invest@banan.test",
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = SmtpSink.FreePort(), StartTls = false, TimeoutSeconds = 2 },
    }));

    [Theory]
    [InlineData("victim@elsewhere.test", "Eve\r\nBcc: victim@elsewhere.test")]
    [InlineData("eve@banan.test\r\nBcc: victim@elsewhere.test", null)]
    [InlineData("eve@banan.test\nBcc: victim@elsewhere.test", "Eve")]
    public async Task SendAsync_LineBreakInNameOrAddress_IsRefused(string address, string? name)
    {
        var error = await Assert.ThrowsAsync<EmailException>(() => Sender.SendAsync(new EmailMessage(address, name, "Subject", "Text", "<p>Text</p>"), TestContext.Current.CancellationToken));

        Assert.Contains("line break", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleLine_ReplacesControlCharactersInASubject()
        => Assert.Equal("New enquiry  Bcc: x", MailHeaders.SingleLine("New enquiry\r\nBcc: x"));
}
