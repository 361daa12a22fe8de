using System.Security.Claims;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Identity.Services.Sessions;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests;

public sealed class ActiveSessionsTests : TenantComponentTest
{
    [Fact]
    public async Task Render_ListsTheUsersLiveSessionsWithTheirDetailsAndMarksThisOne()
    {
        var ann = await CreateUserAsync("ann");
        var bob = await CreateUserAsync("bob");
        var here = await Tenant.RunAsync<SessionStore, string>(s => s.StartAsync(ann, null));
        var elsewhere = await Tenant.RunAsync<SessionStore, string>(s => s.StartAsync(ann, null));
        await Tenant.RunAsync<SessionStore, string>(s => s.StartAsync(bob, null));

        var cut = RenderAs<ActiveSessions>(InSession(ann, here));

        Assert.Equal(2, cut.FindAll("tr.session-row").Count);
        Assert.Single(cut.FindAll("tr.session-current"));
        Assert.Equal("This session", cut.Find("tr.session-current .badge").TextContent);
        Assert.All(cut.FindAll("tr.session-row"), row => Assert.Equal(["unknown", "unknown"], row.QuerySelectorAll("td").Skip(2).Take(2).Select(td => td.TextContent)));
        Assert.NotEqual(here, elsewhere);
        Assert.DoesNotContain(here, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OffersBothSignOutFormsWithAntiforgeryTokens()
    {
        var ann = await CreateUserAsync("ann");
        var here = await Tenant.RunAsync<SessionStore, string>(s => s.StartAsync(ann, null));

        var cut = RenderAs<ActiveSessions>(InSession(ann, here));

        Assert.Equal(["Sign out everywhere else", "Sign out everywhere"], cut.FindAll("form button[type=submit]").Select(b => b.TextContent));
        Assert.All(cut.FindAll("form[method=post]"), form =>
        {
            Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[name={AntiforgeryField}]")?.GetAttribute("value"));
            Assert.Equal("password", form.QuerySelector($"input[name={Reauthentication.FieldName}]")?.GetAttribute("type"));
        });
    }

    private static ClaimsPrincipal InSession(CmsUser user, string session)
    {
        var principal = SignedIn(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(AccountClaims.SessionId, session));
        return principal;
    }
}
