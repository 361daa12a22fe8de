using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services.Sessions;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Identity.Tests;

/// <summary>The server-side sessions' lifetimes, on a clock the test moves: sliding (idle, 2 h here) and absolute (12 h).</summary>
public sealed class SessionStoreTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
        => _tenant = await TestTenant.CreateAsync(services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.Configure<CmsIdentityOptions>(o => (o.SessionAbsoluteLifetime, o.SessionIdleTimeout) = (TimeSpan.FromHours(12), TimeSpan.FromHours(2)));
        });

    public async ValueTask DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task CheckAsync_WhenUsedEveryHour_EndsAtTheAbsoluteLifetime()
    {
        var (user, session) = await SignedInAsync("busy");

        var alive = new List<bool>();
        for (var hour = 1; hour <= 13; hour++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            alive.Add(await CheckAsync(session, user));
        }

        Assert.Equal([.. Enumerable.Repeat(true, 11), false, false], alive);
    }

    [Fact]
    public async Task CheckAsync_AfterTheIdleTimeoutWithoutUse_Fails()
    {
        var (user, session) = await SignedInAsync("idle");

        _clock.Advance(TimeSpan.FromHours(1.9));
        var justBefore = await CheckAsync(session, user);
        _clock.Advance(TimeSpan.FromHours(1.9));
        var stillUsed = await CheckAsync(session, user);
        _clock.Advance(TimeSpan.FromHours(2.1));

        Assert.True(justBefore);
        Assert.False(await CheckAsync(session, user), "Idle for 2.1 hours (of 2 allowed): the session is over.");
        Assert.True(stillUsed);
    }

    [Fact]
    public async Task CheckAsync_ForAnotherUsersSessionId_Fails()
    {
        var (_, session) = await SignedInAsync("owner");
        var (other, _) = await SignedInAsync("other");

        Assert.False(await CheckAsync(session, other));
    }

    [Fact]
    public async Task EndAllAsync_KeepingOne_EndsTheOthersAndListsOnlyTheKeptOne()
    {
        var (user, first) = await SignedInAsync("many");
        var second = await _tenant.RunAsync<SessionStore, string>(s => s.StartAsync(user, null));

        var ended = await _tenant.RunAsync<SessionStore, int>(s => s.EndAllAsync(user.Id, keep: second));
        var active = await _tenant.RunAsync<SessionStore, IReadOnlyList<UserSession>>(s => s.ActiveAsync(user.Id));

        Assert.Equal(1, ended);
        Assert.Equal([second], active.Select(s => s.Id));
        Assert.False(await CheckAsync(first, user));
    }

    private async Task<(CmsUser User, string Session)> SignedInAsync(string name)
    {
        var user = await _tenant.RunScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<CmsUser>>();
            var created = new CmsUser { UserName = name, CreatedUtc = _clock.UtcNow };
            Services.RoleService.Check(await users.CreateAsync(created, "a long enough password"), name);
            return created;
        });
        return (user, await _tenant.RunAsync<SessionStore, string>(s => s.StartAsync(user, null)));
    }

    private Task<bool> CheckAsync(string session, CmsUser user) => _tenant.RunAsync<SessionStore, bool>(s => s.CheckAsync(session, user.Id));
}
