using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Two real nodes behind nginx on one PostgreSQL and one Redis (<see cref="TwoNodeSite"/>): a session and a form
/// from node A work on node B, a publish on A reaches B's cached page within a second, a scheduled item is published
/// once, not once per node, and killing one node under load loses nothing nginx could not retry.
/// </summary>
public sealed partial class TwoNodeTests(SharedTwoNodeSite shared) : IClassFixture<SharedTwoNodeSite>
{
    private static readonly TimeSpan ChangeReachesOtherNode = TimeSpan.FromSeconds(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_OnNodeA_KeepsWorkingOnNodeB()
    {
        var site = await shared.SiteAsync();
        var jar = new CookieContainer();
        using var a = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = site.A.BaseAddress };
        var signIn = await Forms.SignInAsync(a, "admin", Forms.AdminPassword);
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect && Forms.Location(signIn) == "/admin", $"Sign-in on A answered {(int)signIn.StatusCode} to {Forms.Location(signIn)}.\n{site.Report()}");
        var id = await ContentAdmin.FindAsync(a, "Ninghui");
        var editPath = ContentAdmin.EditPath(id);
        var stamp = ContentAdmin.Stamp(await a.GetStringAsync(new Uri(editPath, UriKind.Relative), Ct));
        var token = await Forms.TokenAsync(a, editPath);
        using var b = TwoNodeSite.Client(site.B.BaseAddress, jar.GetCookieHeader(site.A.BaseAddress));

        using var admin = await b.GetAsync(new Uri("/admin", UriKind.Relative), Ct);
        var marker = $"Saved on node B {Guid.NewGuid():N}";
        using var form = new FormUrlEncodedContent([new("_handler", ContentAdmin.EditForm), new("__RequestVerificationToken", token), new("action", "save"),
            new("ConcurrencyStamp", stamp), new("HtmlBodyPart.Html", $"<p>{marker}</p>")]);
        using var saved = await b.PostAsync(new Uri(editPath, UriKind.Relative), form, Ct);

        Assert.True(admin.StatusCode == HttpStatusCode.OK, $"B answered {(int)admin.StatusCode} to A's session on /admin ({Forms.Location(admin)}).\n{site.Report()}");
        Assert.Contains("action=\"/logout\"", await admin.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect && Forms.Location(saved) == $"{editPath}?done=saved",
            $"B answered {(int)saved.StatusCode} ({Forms.Location(saved)}) to a form with A's antiforgery token.\n{site.Report()}");
        Assert.Contains(marker, await a.GetStringAsync(new Uri(editPath, UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_OnNodeA_ReachesNodeBsCachedPageWithinOneSecond()
    {
        var site = await shared.SiteAsync();
        const string page = "/enterprises/chang-an-suzuki";
        using var visitorB = TwoNodeSite.Client(site.B.BaseAddress);
        using (await visitorB.GetAsync(new Uri(page, UriKind.Relative), Ct))
        using (var cached = await visitorB.GetAsync(new Uri(page, UriKind.Relative), Ct))
        {
            Assert.True(cached.StatusCode == HttpStatusCode.OK && cached.Headers.Age is not null, $"B's {page} answered {(int)cached.StatusCode}, Age {cached.Headers.Age}: not a cached page.\n{site.Report()}");
        }

        using var a = await SignedInAsync(site.A.BaseAddress);
        var id = await ContentAdmin.FindAsync(a, "Suzuki");
        var marker = $"Published on node A {Guid.NewGuid():N}";
        var published = await ContentAdmin.EditAsync(a, id, "publish", ("HtmlBodyPart.Html", $"<p>{marker}</p>"));
        var since = Stopwatch.StartNew();
        Assert.Equal($"{ContentAdmin.EditPath(id)}?done=published", ContentAdmin.Redirected(published));

        var seenAfter = await SeenAsync(visitorB, page, marker, TimeSpan.FromSeconds(10), since);

        TestContext.Current.TestOutputHelper?.WriteLine($"Seen on B after {seenAfter?.TotalMilliseconds:0} ms.");
        Assert.True(seenAfter is { } seen && seen <= ChangeReachesOtherNode,
            $"A's publish reached B's public page {(seenAfter is { } s ? $"after {s.TotalMilliseconds:0} ms" : "not within 10 s")}; it must within {ChangeReachesOtherNode.TotalSeconds} s.\n{site.Report()}");
    }

    [Fact]
    public async Task ScheduledItem_DueOnBothNodes_IsPublishedExactlyOnce()
    {
        var site = await shared.SiteAsync();
        using var a = await SignedInAsync(site.A.BaseAddress);
        var id = await ContentAdmin.FindAsync(a, "Boshun");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(WebUtility.HtmlDecode(ScheduleZone().Match(await a.GetStringAsync(new Uri(ContentAdmin.EditPath(id), UriKind.Relative), Ct)).Groups[1].Value));
        var before = await PublishedEventsAsync(a, id);
        var marker = $"Scheduled on node A {Guid.NewGuid():N}";
        var due = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddSeconds(4), zone).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

        var scheduled = await ContentAdmin.EditAsync(a, id, "schedule", ("ScheduleAt", due), ("HtmlBodyPart.Html", $"<p>{marker}</p>"));
        Assert.Equal($"{ContentAdmin.EditPath(id)}?done=scheduled", ContentAdmin.Redirected(scheduled));
        using var visitor = TwoNodeSite.Client(site.Proxy.BaseAddress);
        var seen = await SeenAsync(visitor, "/enterprises/boshun", marker, TimeSpan.FromSeconds(30), Stopwatch.StartNew());
        Assert.True(seen is not null, $"The item scheduled for {due} ({zone.Id}) was not published within 30 s.\n{site.Report()}");
        // Both nodes look every second: give each a few more passes in which a second publish would happen.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);

        var publishes = await PublishedEventsAsync(a, id) - before;
        var versions = await a.GetStringAsync(new Uri($"/admin/content/{id}/versions", UriKind.Relative), Ct);
        var logged = new[] { site.A, site.B }.Sum(n => ScheduledLog().Matches(n.Output).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        Assert.True(publishes == 1, $"{publishes} Published events in the audit trail for the scheduled item.\n{site.Report()}");
        Assert.True(PublishedVersion().Count(versions) == 1, $"{PublishedVersion().Count(versions)} published versions.\n{site.Report()}");
        Assert.True(logged == 1, $"The nodes logged {logged} scheduled publishes.\n{site.Report()}");
    }

    [Fact]
    public async Task KillNine_OneNodeDuringSteadyLoad_LosesOnlyItsRequestsInFlightAndTheSurvivorServesNo5xx()
    {
        await using var site = await TwoNodeSite.StartAsync();
        string[] pages = ["/", "/clusters/new-display-industry-cluster", "/enterprises", "/enterprises/chang-an-suzuki"];
        foreach (var node in new[] { site.A, site.B })
        {
            using var warm = TwoNodeSite.Client(node.BaseAddress);
            foreach (var page in pages)
            {
                using var response = await warm.GetAsync(new Uri(page, UriKind.Relative), Ct);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{node.Name} answered {(int)response.StatusCode} to {page}.\n{site.Report()}");
            }
        }

        var load = new SteadyLoad(site.Proxy.BaseAddress, pages, workers: 8);
        load.Start();
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        var killing = load.Clock.Elapsed;
        await site.B.StopAsync();
        var killed = load.Clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        var outcomes = await load.StopAsync();

        var report = $"{outcomes.Count} requests; the kill took {killing.TotalMilliseconds:0}-{killed.TotalMilliseconds:0} ms.\n{site.Report()}";
        var log = site.Proxy.AccessLog();
        var inFlight = outcomes.Where(o => o.Start < killed && o.End > killing).ToList();
        var lost = outcomes.Where(o => !o.Succeeded).ToList();
        var lostBeyondInFlight = lost.Except(inFlight).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{outcomes.Count} requests through nginx, {lost.Count} lost, {inFlight.Count} in flight during the kill, {log.Count(r => r.Attempts.Count > 1)} retried on the other node.");
        var survivorFailures = log.Where(r => r.Attempts.Any(t => t.Port == site.A.BaseAddress.Port && !t.Status.StartsWith('2'))).ToList();
        Assert.True(log.Any(r => r.Attempts.Any(t => t.Port == site.B.BaseAddress.Port && t.Status == "200")) && log.Any(r => r.Attempts.Any(t => t.Port == site.A.BaseAddress.Port && t.Status == "200")),
            $"nginx did not send the load to both nodes.\n{report}");
        Assert.True(lostBeyondInFlight.Count == 0, $"{lostBeyondInFlight.Count} requests lost that were not in flight at the kill:\n{string.Join('\n', lostBeyondInFlight)}\n{report}");
        Assert.True(lost.Count <= inFlight.Count, $"{lost.Count} requests lost, {inFlight.Count} in flight at the kill.\n{report}");
        Assert.True(survivorFailures.Count == 0, $"The survivor (A) answered nginx with:\n{string.Join('\n', survivorFailures.Take(20))}\n{report}");
        Assert.True(outcomes.Count(o => o.Start > killed && o.Succeeded) >= 20, $"Only {outcomes.Count(o => o.Start > killed && o.Succeeded)} requests served after the kill.\n{report}");
        Assert.True(log.Count >= outcomes.Count, $"nginx logged {log.Count} requests, the load sent {outcomes.Count}.\n{report}");
    }

    private static async Task<HttpClient> SignedInAsync(Uri node)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = node };
        var response = await Forms.SignInAsync(client, "admin", Forms.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>How long after <paramref name="since"/> started <paramref name="path"/> first showed <paramref name="text"/>; null when not within <paramref name="timeout"/>.</summary>
    private static async Task<TimeSpan?> SeenAsync(HttpClient client, string path, string text, TimeSpan timeout, Stopwatch since)
    {
        while (since.Elapsed < timeout)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
            if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync(Ct)).Contains(text, StringComparison.Ordinal))
            {
                return since.Elapsed;
            }

            await Task.Delay(50, Ct);
        }

        return null;
    }

    /// <summary>How many Published events the audit trail holds for the item.</summary>
    private static async Task<int> PublishedEventsAsync(HttpClient client, string id)
    {
        var html = await client.GetStringAsync(new Uri($"/admin/audit-trail?item={id}&event=Published", UriKind.Relative), Ct);
        var match = EventTotal().Match(html);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException("The audit trail shows no total.");
    }

    [GeneratedRegex(@"<label for=""ScheduleAt"">Publish later \(([^)]+)\)</label>")]
    private static partial Regex ScheduleZone();

    [GeneratedRegex(@"role=""status"">(\d+) events?</p>")]
    private static partial Regex EventTotal();

    [GeneratedRegex(@"Published (\d+) scheduled item\(s\) in tenant Default")]
    private static partial Regex ScheduledLog();

    [GeneratedRegex(@"<tr class=""version-published""")]
    private static partial Regex PublishedVersion();
}
