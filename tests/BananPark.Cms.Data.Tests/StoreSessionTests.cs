using System.Text.Json.Nodes;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Data.Tests;

/// <summary>The unit of work: nested transactions are savepoints, and the identity store writes into its transactions.</summary>
public sealed class StoreSessionTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync() => _tenant = await TestTenant.CreateAsync();

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task BeginTransactionAsync_WhenNestedRollsBack_UndoesOnlyItsOwnWork()
    {
        var events = new List<string>();
        await _tenant.RunScopeAsync(async services =>
        {
            var session = services.GetRequiredService<IStoreSession>();
            var documents = services.GetRequiredService<IDocumentStore>();
            await using var outer = await session.BeginTransactionAsync();
            await documents.SaveAsync("Outer", []);
            await using (await session.BeginTransactionAsync())
            {
                await documents.SaveAsync("Nested", []);
                session.AfterRollback(() => events.Add("nested rolled back"));
                await session.AfterCommitAsync(_ => Add(events, "nested committed"));
            }

            Assert.True(session.InTransaction);
            await outer.CommitAsync();
            return true;
        });

        Assert.NotNull(await GetAsync("Outer"));
        Assert.Null(await GetAsync("Nested"));
        Assert.Equal(["nested rolled back"], events);
    }

    [Fact]
    public async Task BeginTransactionAsync_WhenNestedCommitsAndOuterRollsBack_KeepsNothingAndRunsItsRollbackActions()
    {
        var events = new List<string>();
        await _tenant.RunScopeAsync(async services =>
        {
            var session = services.GetRequiredService<IStoreSession>();
            await using var outer = await session.BeginTransactionAsync();
            session.AfterRollback(() => events.Add("outer rolled back"));
            await using (var nested = await session.BeginTransactionAsync())
            {
                await services.GetRequiredService<IDocumentStore>().SaveAsync("Nested", []);
                session.AfterRollback(() => events.Add("nested rolled back"));
                await session.AfterCommitAsync(_ => Add(events, "nested committed"));
                await nested.CommitAsync();
            }

            Assert.Empty(events);
            return true;
        });

        Assert.Null(await GetAsync("Nested"));
        Assert.Equal(["nested rolled back", "outer rolled back"], events);
    }

    [Fact]
    public async Task BeginTransactionAsync_WhenAnAccountIsCreatedAndTheTransactionRollsBack_KeepsNoAccount()
    {
        await _tenant.RunScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<CmsUser>>();
            await using (await services.GetRequiredService<IStoreSession>().BeginTransactionAsync())
            {
                Check(await users.CreateAsync(NewUser("ghost"), "a long enough password"));
                Assert.NotNull(await users.FindByNameAsync("ghost"));
            }

            // The identity store left the ended transaction: it writes on its own again.
            Check(await users.CreateAsync(NewUser("after"), "a long enough password"));
            return true;
        });

        Assert.Null(await FindUserAsync("ghost"));
        Assert.NotNull(await FindUserAsync("after"));
    }

    [Fact]
    public async Task BeginTransactionAsync_WhenOneCommittedBefore_EnlistsTheIdentityStoreInTheNextToo()
    {
        await _tenant.RunScopeAsync(async services =>
        {
            var session = services.GetRequiredService<IStoreSession>();
            var users = services.GetRequiredService<UserManager<CmsUser>>();
            await using (var first = await session.BeginTransactionAsync())
            {
                Check(await users.CreateAsync(NewUser("kept"), "a long enough password"));
                await first.CommitAsync();
            }

            await using (await session.BeginTransactionAsync())
            {
                Check(await users.CreateAsync(NewUser("dropped"), "a long enough password"));
            }

            return true;
        });

        Assert.NotNull(await FindUserAsync("kept"));
        Assert.Null(await FindUserAsync("dropped"));
    }

    [Fact]
    public async Task AfterRollback_WhenSeveralAreRegistered_RunsTheLastFirst()
    {
        var order = new List<int>();
        await _tenant.RunScopeAsync(async services =>
        {
            var session = services.GetRequiredService<IStoreSession>();
            await using var transaction = await session.BeginTransactionAsync();
            session.AfterRollback(() => order.Add(1));
            session.AfterRollback(() => order.Add(2));
            return true;
        });

        Assert.Equal([2, 1], order);
    }

    private static Task Add(List<string> events, string text)
    {
        events.Add(text);
        return Task.CompletedTask;
    }

    private static CmsUser NewUser(string name) => new() { UserName = name, CreatedUtc = DateTime.UtcNow };

    private static void Check(IdentityResult result) => Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));

    private Task<JsonObject?> GetAsync(string document) => _tenant.RunAsync<IDocumentStore, JsonObject?>(d => d.GetAsync(document));

    private Task<CmsUser?> FindUserAsync(string name) => _tenant.RunAsync<UserManager<CmsUser>, CmsUser?>(u => u.FindByNameAsync(name));
}
