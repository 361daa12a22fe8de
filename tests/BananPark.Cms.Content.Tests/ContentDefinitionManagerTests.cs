using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Content.Tests;

public sealed class ContentDefinitionManagerTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync() => _tenant = await TestTenant.CreateAsync();

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task SaveAsync_WhenTransactionRollsBack_OtherScopesNeverSeeTheChange()
    {
        await _tenant.RunScopeAsync(async services =>
        {
            var session = services.GetRequiredService<IStoreSession>();
            var definitions = services.GetRequiredService<IContentDefinitionManager>();
            await using var transaction = await session.BeginTransactionAsync();
            await definitions.SaveAsync(new ContentDefinition { Types = [new ContentTypeDefinition { Name = "Ghost" }] });
            Assert.NotNull(await definitions.GetTypeAsync("Ghost"));
            return true;
        });

        Assert.Null(await _tenant.RunAsync<IContentDefinitionManager, ContentTypeDefinition?>(d => d.GetTypeAsync("Ghost")));
    }

    [Fact]
    public async Task SaveAsync_WhenCommitted_NextScopeSeesTheChangeFromTheCache()
    {
        await _tenant.RunAsync<IContentDefinitionManager>(d => d.SaveAsync(new ContentDefinition { Types = [new ContentTypeDefinition { Name = "Park" }] }));

        var type = await _tenant.RunAsync<IContentDefinitionManager, ContentTypeDefinition?>(d => d.GetTypeAsync("Park"));

        Assert.NotNull(type);
    }

    [Fact]
    public async Task GetAsync_WhenCalledTwice_ReturnsTheCachedInstance()
    {
        await _tenant.RunAsync<IContentDefinitionManager>(d => d.SaveAsync(new ContentDefinition { Types = [new ContentTypeDefinition { Name = "Park" }] }));

        var first = await _tenant.RunAsync<IContentDefinitionManager, ContentDefinition>(d => d.GetAsync());
        var second = await _tenant.RunAsync<IContentDefinitionManager, ContentDefinition>(d => d.GetAsync());

        Assert.Same(first, second);
    }

    [Fact]
    public async Task GetAsync_WhenTheFirstReadFails_ReadsAgainOnTheNextCall()
    {
        var faults = new FlakyDocumentStore.Faults("ContentDefinition");
        await using var tenant = await TestTenant.CreateAsync(services => FlakyDocumentStore.Install(services, faults));
        await tenant.RunAsync<IContentDefinitionManager>(d => d.SaveAsync(new ContentDefinition { Types = [new ContentTypeDefinition { Name = "Park" }] }));
        faults.FailNext(1);

        await Assert.ThrowsAsync<IOException>(() => tenant.RunAsync<IContentDefinitionManager, ContentDefinition>(d => d.GetAsync()));
        var type = await tenant.RunAsync<IContentDefinitionManager, ContentTypeDefinition?>(d => d.GetTypeAsync("Park"));
        var again = await tenant.RunAsync<IContentDefinitionManager, ContentTypeDefinition?>(d => d.GetTypeAsync("Park"));

        Assert.NotNull(type);
        Assert.Same(type, again);
        Assert.Equal(2, faults.Reads);
    }
}
