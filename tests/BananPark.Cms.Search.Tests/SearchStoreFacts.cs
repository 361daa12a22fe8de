using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Search.Tests;

/// <summary>How the index shares the store's transactions and arrives on an existing site, on every provider.</summary>
public abstract class SearchStoreFacts
{
    protected abstract TestStore Store { get; }

    [Fact]
    public async Task Publish_ThatRollsBack_LeavesNothingInTheIndex()
    {
        await using var tenant = await SearchTenant.CreateAsync(Store);

        await tenant.RunScopeAsync(async services =>
        {
            await using var transaction = await services.GetRequiredService<IStoreSession>().BeginTransactionAsync(TestContext.Current.CancellationToken);
            await services.GetRequiredService<IContentManager>().SaveAsync(SearchTenant.Page("Rolled back", "rolled", "<p>Vanishing text.</p>"), publish: true, TestContext.Current.CancellationToken);
            var inside = await services.GetRequiredService<Core.Search.ISearchIndex>().QueryAsync(new Core.Search.SearchQuery { Text = "vanishing" }, TestContext.Current.CancellationToken);
            Assert.Single(inside.Hits);
            return true;
        });

        Assert.Empty(await tenant.RoutesAsync("vanishing"));
        Assert.Empty(await tenant.RoutesAsync("rolled back"));
    }

    [Fact]
    public async Task ExistingSite_GetsItsIndexOnItsFirstStartWithSearch()
    {
        await using var before = await TestTenant.CreateAsync(_ => { }, new Dictionary<string, string?>(), Store);
        await before.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe, TestContext.Current.CancellationToken));
        var configuration = new ConfigurationBuilder().Build();

        await using var after = await TestTenant.CreateAsync(services => services.AddCmsSearch(configuration), before.StoreSettings, Store);

        Assert.Equal(["/enterprises/chang-an-suzuki"], await after.RoutesAsync("suzuki"));
    }
}

/// <summary>The store facts on SQLite.</summary>
public sealed class SqliteSearchStoreFacts : SearchStoreFacts
{
    protected override TestStore Store => TestStore.Sqlite;
}

/// <summary>The store facts on PostgreSQL (skipped without CMS_TEST_POSTGRES, failing when CMS_REQUIRE_POSTGRES=1).</summary>
public sealed class PostgreSqlSearchStoreFacts : SearchStoreFacts
{
    protected override TestStore Store => TestStore.PostgreSql;
}
