using System.Globalization;
using BananPark.Cms.Identity.Components.Admin;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests;

public sealed class SecurityLogPageTests : TenantComponentTest
{
    [Fact]
    public async Task Render_WhenEventsWereWritten_ListsThemNewestFirst()
    {
        await WriteAsync(
            (SecurityEventKinds.SignInSucceeded, "ann", null, null),
            (SecurityEventKinds.UserCreated, "ann", "bob", "roles: Editor"),
            (SecurityEventKinds.SignInFailed, "bob", null, "unknown user"));

        var cut = RenderAs<SecurityLogPage>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("3 events", cut.Find("p[role=status]").TextContent));
        Assert.Equal([SecurityEventKinds.SignInFailed, SecurityEventKinds.UserCreated, SecurityEventKinds.SignInSucceeded],
            cut.FindAll("tbody tr").Select(tr => tr.Children[1].TextContent));
        Assert.Equal(["ann", "bob", "", "roles: Editor"], cut.FindAll("tbody tr")[1].Children.Skip(2).Select(td => td.TextContent));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", cut.Find("tbody tr td").TextContent);
    }

    [Fact]
    public async Task Render_WhenOneEvent_SaysEventInTheSingular()
    {
        await WriteAsync((SecurityEventKinds.SignedOut, "ann", null, null));

        var cut = RenderAs<SecurityLogPage>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("1 event", cut.Find("p[role=status]").TextContent));
        Assert.Single(cut.FindAll("tbody tr"));
    }

    [Fact]
    public async Task Render_WhenQueryHasKind_ListsOnlyThatKindAndSelectsIt()
    {
        await WriteAsync(
            (SecurityEventKinds.SignInSucceeded, "ann", null, null),
            (SecurityEventKinds.UserCreated, "ann", "bob", null),
            (SecurityEventKinds.SignInSucceeded, "bob", null, null));
        NavigateTo("/admin/security-log?kind=UserCreated");

        var cut = RenderAs<SecurityLogPage>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("1 event", cut.Find("p[role=status]").TextContent));
        Assert.Equal(SecurityEventKinds.UserCreated, cut.Find("tbody tr td:nth-child(2)").TextContent);
        Assert.Equal(["UserCreated"], cut.FindAll("select#kind option[selected]").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task Render_WhenQueryHasUser_ListsEventsByOrOnThatUser()
    {
        await WriteAsync(
            (SecurityEventKinds.SignInSucceeded, "ann", null, null),
            (SecurityEventKinds.UserCreated, "ann", "bob", null),
            (SecurityEventKinds.SignInSucceeded, "bob", null, null),
            (SecurityEventKinds.SignInSucceeded, "cyd", null, null));
        NavigateTo("/admin/security-log?user=bob");

        var cut = RenderAs<SecurityLogPage>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("2 events", cut.Find("p[role=status]").TextContent));
        Assert.Equal(["bob", "ann"], cut.FindAll("tbody tr td:nth-child(3)").Select(td => td.TextContent));
        Assert.Equal("bob", cut.Find("input#user").GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WhenQueryHasADateRange_ListsEventsOfThoseDaysIncludingTheLast()
    {
        await Tenant.RunAsync<CmsIdentityDbContext>(db =>
        {
            db.SecurityEvents.AddRange(
                new SecurityEvent { Kind = SecurityEventKinds.SignedOut, Actor = "before", OccurredUtc = new DateTime(2026, 1, 14, 23, 59, 59, DateTimeKind.Utc) },
                new SecurityEvent { Kind = SecurityEventKinds.SignedOut, Actor = "first-day", OccurredUtc = new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc) },
                new SecurityEvent { Kind = SecurityEventKinds.SignedOut, Actor = "last-day", OccurredUtc = new DateTime(2026, 1, 31, 23, 59, 0, DateTimeKind.Utc) },
                new SecurityEvent { Kind = SecurityEventKinds.SignedOut, Actor = "after", OccurredUtc = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc) });
            return db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        });
        NavigateTo("/admin/security-log?from=2026-01-15&to=2026-01-31");

        var cut = RenderAs<SecurityLogPage>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("2 events", cut.Find("p[role=status]").TextContent));
        Assert.Equal(["last-day", "first-day"], cut.FindAll("tbody tr td:nth-child(3)").Select(td => td.TextContent));
        Assert.Equal("2026-01-15", cut.Find("input#from").GetAttribute("value"));
        Assert.Equal("2026-01-31", cut.Find("input#to").GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WhenQueryValuesAreMalformed_IgnoresThemAndSaysWhichDatesWereNot()
    {
        await WriteAsync((SecurityEventKinds.SignInSucceeded, "ann", null, null), (SecurityEventKinds.SignedOut, "ann", null, null));
        NavigateTo("/admin/security-log?from=9641&to=2026-13-45&page=abc");

        var cut = RenderAs<SecurityLogPage>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("2 events", cut.Find("p[role=status]").TextContent));
        Assert.Equal("Enter dates as YYYY-MM-DD.", cut.Find("[role=alert]").TextContent);
        Assert.Null(cut.Find("input#from").GetAttribute("value"));
        Assert.Null(cut.Find("input#to").GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WhenMoreEventsThanFitOnAPage_ShowsThePager()
    {
        await WriteAsync(Enumerable.Range(0, 51).Select(i => (SecurityEventKinds.SignInFailed, (string?)$"user{i}", (string?)null, (string?)null)).ToArray());

        var cut = RenderAs<SecurityLogPage>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("51 events", cut.Find("p[role=status]").TextContent));
        Assert.Equal(50, cut.FindAll("tbody tr").Count);
        Assert.Equal("Page 1 of 2", cut.Find("nav.pager span").TextContent);
        Assert.Equal("?page=2", cut.Find("nav.pager a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public async Task Render_WhenDateFilterSpansSeveralPagesUnderAnotherCalendar_KeepsIsoDatesInThePagerLinks()
    {
        await Tenant.RunAsync<CmsIdentityDbContext>(db =>
        {
            db.SecurityEvents.AddRange(Enumerable.Range(0, 51).Select(i =>
                new SecurityEvent { Kind = SecurityEventKinds.SignInFailed, Actor = $"user{i}", OccurredUtc = new DateTime(2026, 1, 20, 0, i, 0, DateTimeKind.Utc) }));
            return db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        });
        NavigateTo("/admin/security-log?from=2026-01-15&to=2026-01-31");
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // The Thai culture counts years in the Buddhist era: 2026 is 2569 there.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("th-TH");

            var cut = RenderAs<SecurityLogPage>(Administrator);

            cut.WaitForAssertion(() => Assert.Equal("51 events", cut.Find("p[role=status]").TextContent));
            Assert.Equal("?from=2026-01-15&to=2026-01-31&page=2", cut.Find("nav.pager a[rel=next]").GetAttribute("href"));
            Assert.Equal("2026-01-20 00:50:00", cut.Find("tbody tr td").TextContent);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Render_WhenShown_OffersEveryEventKindAsAFilter()
    {
        var cut = RenderAs<SecurityLogPage>(Administrator);

        var options = cut.FindAll("select#kind option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal("", options[0]);
        Assert.Equal(typeof(SecurityEventKinds).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal), options.Skip(1));
        Assert.Equal("search", cut.Find("form.filters").GetAttribute("role"));
        Assert.Equal("get", cut.Find("form.filters").GetAttribute("method"));
    }

    private async Task WriteAsync(params (string Kind, string? Actor, string? Subject, string? Detail)[] events)
    {
        await using var scope = Tenant.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<SecurityLog>();
        foreach (var e in events)
        {
            await log.WriteAsync(e.Kind, e.Actor, e.Subject, e.Detail, Xunit.TestContext.Current.CancellationToken);
        }
    }
}
