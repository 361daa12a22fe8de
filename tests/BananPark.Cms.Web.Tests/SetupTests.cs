using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>First start, restarts and publishing, each on a site of its own.</summary>
public sealed class SetupTests
{
    [Fact]
    public async Task Restart_WhenAlreadySetUp_DoesNotImportTheRecipeAgain()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "banan-web-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = new CmsSiteFactory(dataPath))
            {
                first.CreateClient().Dispose();
                await RenameAsync(first, "groups/jieshi", "Jieshi (renamed)");
            }

            await using var second = new CmsSiteFactory(dataPath);
            var html = await second.CreateClient().GetStringAsync(new Uri("/groups/jieshi", UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Contains("Jieshi (renamed)", html, StringComparison.Ordinal);
            Assert.DoesNotContain(second.Logs, line => line.Contains("Setting up tenant", StringComparison.Ordinal));
        }
        finally
        {
            new CmsSiteFactory(dataPath).DeleteData();
        }
    }

    [Fact]
    public async Task Publish_WhenPageWasCached_ShowsTheChangeAtOnce()
    {
        await using var site = new CmsSiteFactory();
        var client = site.CreateClient();
        var before = await client.GetStringAsync(new Uri("/groups/huaxi", UriKind.Relative), TestContext.Current.CancellationToken);

        await RenameAsync(site, "groups/huaxi", "Huaxi (published change)");
        var after = await client.GetStringAsync(new Uri("/groups/huaxi", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("published change", before, StringComparison.Ordinal);
        Assert.Contains("Huaxi (published change)", after, StringComparison.Ordinal);
        await site.DisposeAsync();
        site.DeleteData();
    }

    [Fact]
    public async Task FirstStart_WhenSetupRecipeIsMissing_StopsTheHostNamingTheRecipe()
    {
        await using var site = new CmsSiteFactory().With("Cms:Setup:Recipe", "no-such-recipe");

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var recipeError = Assert.IsType<RecipeException>(error.GetBaseException() as RecipeException ?? error, exactMatch: false);
        Assert.Contains("no-such-recipe", recipeError.Describe(), StringComparison.Ordinal);
        Assert.True(site.SetupStoppedHost);
        var critical = Assert.Single(site.Logs, line => line.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("no-such-recipe", critical, StringComparison.Ordinal);
        site.DeleteData();
    }

    private static async Task RenameAsync(CmsSiteFactory site, string route, string title)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = (await content.GetByRouteAsync(route))!;
        item.Apply(new TitlePart { Title = title });
        await content.SaveAsync(item, publish: true);
    }
}
