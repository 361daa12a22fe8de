using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Enquiries.Tests;

/// <summary><c>POST /enquiries</c> on the assembled site: antiforgery, the size and rate limits, the form on the park's page.</summary>
public sealed partial class EnquiryEndpointsTests(EnquirySite site) : IClassFixture<EnquirySite>
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Post_FromTheParkPageWithItsToken_IsStoredAndBothMailsAreSent()
    {
        using var client = site.CreateClient();
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<form class=\"enquiry-form\" action=\"/enquiries\" method=\"post\"", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"enquiry-email\">Email <span class=\"required\" aria-hidden=\"true\">*</span></label>", page, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"email\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\" value=\"\"", page, StringComparison.Ordinal);
        Assert.Contains("24 months after it is closed", page, StringComparison.Ordinal);
        var itemId = ItemId().Match(page).Groups[1].Value;

        var response = await PostAsync(client, "10.0.1.1", await FormAsync(client, itemId, "investor@http.test"));

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reference = Reference().Match(html).Value;
        Assert.NotEmpty(reference);
        Assert.Equal(reference, await site.InTenantAsync(db => db.Enquiries.Where(e => e.Email == "investor@http.test").Select(e => e.Reference).SingleAsync()));
        var acknowledgement = Assert.Single(await site.Sink.WaitForAsync("investor@http.test", 1, MailWait));
        Assert.Contains(reference, acknowledgement.Subject, StringComparison.Ordinal);
        Assert.Single(await site.Sink.WaitForAsync(EnquirySite.NotifyAddress, 1, MailWait, subject: reference));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_ShowsTheFormAgainWithWhatWasTypedAndStoresNothing()
    {
        using var client = site.CreateClient();
        var form = await FormAsync(client, await ParkIdAsync(client), "forged@http.test");
        form.Remove("__RequestVerificationToken");

        var response = await PostAsync(client, "10.0.1.2", form);

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("value=\"forged@http.test\"", html, StringComparison.Ordinal);
        Assert.Contains("Please check your details and send the form again.", html, StringComparison.Ordinal);
        Assert.Matches("name=\"__RequestVerificationToken\" value=\"[^\"]+\"", html);
        Assert.Equal(0, await site.InTenantAsync(db => db.Enquiries.CountAsync(e => e.Email == "forged@http.test")));
    }

    [Fact]
    public async Task Post_OneMegabyteMessage_IsRefusedWith413AndNothingIsStored()
    {
        using var client = site.CreateClient();
        var form = await FormAsync(client, await ParkIdAsync(client), "large@http.test");
        form["message"] = new string('x', 1024 * 1024);

        var response = await PostAsync(client, "10.0.1.3", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Nothing was stored.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, await site.InTenantAsync(db => db.Enquiries.CountAsync(e => e.Email == "large@http.test")));
    }

    [Fact]
    public async Task Post_MoreThanFiveAMinuteFromOneAddress_Answers429AndKeepsEveryOneBelowTheLimit()
    {
        using var client = site.CreateClient();
        var itemId = await ParkIdAsync(client);
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 7; i++)
        {
            using var response = await PostAsync(client, "10.0.1.4", await FormAsync(client, itemId, $"burst{i}@http.test"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var stored = await site.InTenantAsync(db => db.Enquiries.Where(e => e.Email.StartsWith("burst")).Select(e => e.Email).ToListAsync());
        Assert.Equal(["burst1@http.test", "burst2@http.test", "burst3@http.test", "burst4@http.test", "burst5@http.test"], stored.Order().ToList());
    }

    private static async Task<string> ParkIdAsync(HttpClient client)
        => ItemId().Match(await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken)).Groups[1].Value;

    /// <summary>A complete form with the token and stamp the page's script would fetch.</summary>
    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, string itemId, string email)
    {
        var token = await client.GetFromJsonAsync<TokenAnswer>(new Uri("/enquiries/token", UriKind.Relative), TestContext.Current.CancellationToken);
        return new Dictionary<string, string>
        {
            [token!.Field] = token.Token,
            ["stamp"] = token.Stamp,
            ["item"] = itemId,
            ["name"] = "Kim Lee",
            ["country"] = "KR",
            ["email"] = email,
            ["phone"] = "+82 2 312 3456",
            ["language"] = "en",
            ["message"] = "A plant for electric motorcycle batteries.",
            ["consent"] = "on",
        };
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string address, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/enquiries", UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(EnquirySite.ClientHeader, address);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private sealed record TokenAnswer(string Field, string Token, string Stamp);

    [GeneratedRegex("name=\"item\" value=\"([^\"]+)\"")]
    private static partial Regex ItemId();

    [GeneratedRegex("BP-[0-9]{4}-[0-9]{6}")]
    private static partial Regex Reference();
}
