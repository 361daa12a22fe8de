using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Data.Tests.Backup;

/// <summary>
/// The documented backup and restore, one subclass per provider: a tenant with items is backed up while its
/// site is running, restored into a fresh place, and a site on the restored store finds every item.
/// </summary>
public abstract class BackupRestoreTests
{
    protected abstract TestStore Store { get; }

    /// <summary>Backs the running tenant up, and restores it into a fresh place; returns the settings of a tenant there.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> BackUpAndRestoreAsync(TestTenant running);

    [Fact]
    public async Task Restore_OfABackupTakenWhileRunning_FindsEveryItem()
    {
        await using var running = await TestTenant.CreateAsync(Store);
        await running.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe, TestContext.Current.CancellationToken));
        await running.ImportAsync(GeneratedEnterprises.Recipe(200));
        var expected = await IdsAsync(running);

        var restored = await BackUpAndRestoreAsync(running);
        await using var fresh = await TestTenant.CreateAsync(_ => { }, restored, Store);

        Assert.Equal(230, expected.Count);
        Assert.Equal(expected, await IdsAsync(fresh));
        Assert.NotNull(await fresh.RunAsync<IContentManager, ContentItem?>(m => m.GetByRouteAsync(GeneratedEnterprises.Route(199))));
    }

    private static Task<List<string>> IdsAsync(TestTenant tenant) => tenant.RunAsync<IContentManager, List<string>>(async m =>
        (await m.QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Take = 500 })).Select(i => i.ContentItemId).Order(StringComparer.Ordinal).ToList());
}
