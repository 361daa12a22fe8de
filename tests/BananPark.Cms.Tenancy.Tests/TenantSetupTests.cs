using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Setup;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Tenancy.Tests;

/// <summary>First setup: the first Administrator, the recipe and the tenant state in one transaction, once.</summary>
public sealed class TenantSetupTests : IAsyncDisposable
{
    private static readonly TenantSettings Default = new() { Name = TenantSettings.DefaultName };
    private readonly string _recipes = Path.Combine(Path.GetTempPath(), "banan-tests", "recipes-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _console = new();
    private readonly ProbeStep.Seen _seen = new();

    public TenantSetupTests()
    {
        Directory.CreateDirectory(_recipes);
        WriteBananRecipeEndingWith("failing", ProbeStep.FailingName);
        WriteBananRecipeEndingWith("probed", ProbeStep.PassingName);
    }

    [Fact]
    public async Task EnsureSetUpAsync_WhenTheRecipeFailsInItsLastStep_LeavesNoAccountNoContentAndNoState()
    {
        await using var tenant = await TenantAsync("failing");
        var before = await tenant.SnapshotAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => tenant.RunAsync<TenantSetup>(s => s.EnsureSetUpAsync(Default, CancellationToken.None)));

        Assert.Equal(ProbeStep.FailingName, error.StepName);
        Assert.True(_seen.Users == 1 && _seen.Items > 0, "The failing step ran after the admin and the content were written.");
        Assert.Equal(before, await tenant.SnapshotAsync());
        Assert.Equal((0, 0, 0), await CountAccountsAsync(tenant));
        Assert.Equal("", _console.ToString());
        Assert.False(await tenant.RunAsync<ReadyTenants, bool>(r => Task.FromResult(r.IsReady(Default.Name))));
    }

    [Fact]
    public async Task EnsureSetUpAsync_WhenTheStoreIsFresh_CreatesOneAdministratorImportsTheRecipeAndMarksReady()
    {
        await using var tenant = await TenantAsync("probed");

        await tenant.RunAsync<TenantSetup>(s => s.EnsureSetUpAsync(Default, CancellationToken.None));

        var (users, administrators, roles) = await CountAccountsAsync(tenant);
        Assert.Equal((1, 1), (users, administrators));
        Assert.Equal(SystemRoles.All.Count, roles);
        Assert.Equal(1, _seen.Runs);
        Assert.Single(_console.ToString().Split('\n'), l => l.Contains("Password:", StringComparison.Ordinal));
        Assert.NotNull(await tenant.RunAsync<Core.Data.IDocumentStore, JsonObject?>(d => d.GetAsync("TenantState")));
        Assert.True(await tenant.RunAsync<ReadyTenants, bool>(r => Task.FromResult(r.IsReady(Default.Name))));
    }

    [Fact]
    public async Task EnsureSetUpAsync_WhenAlreadySetUp_DoesNotRunTheRecipeAgain()
    {
        await using var tenant = await TenantAsync("probed");
        await tenant.RunAsync<TenantSetup>(s => s.EnsureSetUpAsync(Default, CancellationToken.None));
        var before = await tenant.SnapshotAsync();

        await tenant.RunAsync<TenantSetup>(s => s.EnsureSetUpAsync(Default, CancellationToken.None));

        Assert.Equal(1, _seen.Runs);
        Assert.Equal(before, await tenant.SnapshotAsync());
        Assert.Equal(1, (await CountAccountsAsync(tenant)).Users);
    }

    [Fact]
    public async Task EnsureSetUpAsync_WhenTwoSitesSetUpOneStoreAtOnce_RunsTheRecipeOnce()
    {
        await using var first = await TenantAsync("probed");
        await using var second = await TenantAsync("probed", first.DataPath);
        _seen.Delay = TimeSpan.FromMilliseconds(500);

        await Task.WhenAll(
            first.RunAsync<TenantSetup>(s => s.EnsureSetUpAsync(Default, CancellationToken.None)),
            second.RunAsync<TenantSetup>(s => s.EnsureSetUpAsync(Default, CancellationToken.None)));

        Assert.Equal(1, _seen.Runs);
        Assert.Equal((1, 1), ((await CountAccountsAsync(first)).Users, (await CountAccountsAsync(second)).Administrators));
        Assert.True(await second.RunAsync<ReadyTenants, bool>(r => Task.FromResult(r.IsReady(Default.Name))));
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_recipes, recursive: true);
        return ValueTask.CompletedTask;
    }

    private Task<TestTenant> TenantAsync(string recipe, string? dataPath = null)
    {
        var settings = new Dictionary<string, string?> { ["Cms:Recipes:Path"] = _recipes, ["Cms:Setup:Recipe"] = recipe };
        if (dataPath is not null)
        {
            settings["Cms:DataPath"] = dataPath;
        }

        return TestTenant.CreateAsync(
            services => services.AddSingleton(new SetupConsole(_console)).AddSingleton(_seen)
                .AddScoped<IRecipeStep>(sp => ActivatorUtilities.CreateInstance<ProbeStep>(sp, ProbeStep.FailingName))
                .AddScoped<IRecipeStep>(sp => ActivatorUtilities.CreateInstance<ProbeStep>(sp, ProbeStep.PassingName)),
            settings);
    }

    private static Task<(int Users, int Administrators, int Roles)> CountAccountsAsync(TestTenant tenant) => tenant.RunScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<CmsUser>>();
        return (await users.Users.CountAsync(), (await users.GetUsersInRoleAsync(SystemRoles.Administrator)).Count,
            await services.GetRequiredService<RoleManager<CmsRole>>().Roles.CountAsync());
    });

    private void WriteBananRecipeEndingWith(string name, string lastStep)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(RepositoryPaths.BananRecipe), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
        recipe["name"] = name;
        recipe["steps"]!.AsArray().Add(new JsonObject { ["name"] = lastStep });
        File.WriteAllText(Path.Combine(_recipes, $"{name}.recipe.json"), recipe.ToJsonString());
    }

    /// <summary>A last step that sees what setup wrote so far, then fails or passes.</summary>
    private sealed class ProbeStep(string name, ProbeStep.Seen seen, CmsDbContext db, UserManager<CmsUser> users) : IRecipeStep
    {
        public const string FailingName = "FailingStep";
        public const string PassingName = "PassingStep";

        public string Name => name;

        public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
        {
            seen.Items = await db.ContentItems.CountAsync(cancellationToken);
            seen.Users = await users.Users.CountAsync(cancellationToken);
            seen.CountRun();
            await Task.Delay(seen.Delay, cancellationToken);
            if (name == FailingName)
            {
                throw context.Error("", "the test's last step fails on purpose.");
            }
        }

        public sealed class Seen
        {
            private int _runs;

            public int Runs => Volatile.Read(ref _runs);

            public int Items { get; set; }

            public int Users { get; set; }

            public TimeSpan Delay { get; set; } = TimeSpan.Zero;

            public void CountRun() => Interlocked.Increment(ref _runs);
        }
    }
}
