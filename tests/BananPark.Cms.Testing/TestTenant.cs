using BananPark.Cms.Content;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using BananPark.Cms.Identity;
using BananPark.Cms.Recipes;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Tenancy;
using BananPark.Cms.Theming;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace BananPark.Cms.Testing;

/// <summary>
/// A tenant of its own for one test: a fresh SQLite file in a temporary folder, or (with
/// <see cref="TestStore.PostgreSql"/>) a fresh schema under a prefix of its own in the <see cref="TestServices.Postgres"/>
/// database, the real capabilities wired as the host wires them (without the web server), deleted afterwards
/// (the schema dropped with everything in it).
/// </summary>
public sealed class TestTenant : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestTenant(ServiceProvider services, string dataPath, TestStore store, IReadOnlyDictionary<string, string?> storeSettings)
    {
        _services = services;
        DataPath = dataPath;
        Store = store;
        StoreSettings = storeSettings;
    }

    public string DataPath { get; }

    /// <summary>Which provider the tenant's store is on.</summary>
    public TestStore Store { get; }

    /// <summary>The settings that name this tenant's store: pass them to a second tenant to put it on the same store.</summary>
    public IReadOnlyDictionary<string, string?> StoreSettings { get; }

    /// <summary>The tenant's PostgreSQL schema (null on SQLite).</summary>
    public string? Schema => Store == TestStore.PostgreSql ? StoreSettings["Cms:SchemaPrefix"] + "default" : null;

    /// <summary>The PostgreSQL connection string with the tenant's schema as search path, as the site connects (null on SQLite).</summary>
    public string? SchemaConnectionString => Schema is { } schema
        ? new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema + ",public" }.ConnectionString
        : null;

    /// <summary>The PostgreSQL connection string (null on SQLite).</summary>
    public string? ConnectionString => Store == TestStore.PostgreSql ? StoreSettings["Cms:ConnectionString"] : null;

    public string DatabaseFile => Path.Combine(DataPath, "Sites", "Default", "cms.db");

    public static Task<TestTenant> CreateAsync() => CreateAsync(_ => { });

    /// <summary>A tenant whose services also get what <paramref name="configure"/> adds (e.g. the admin shell).</summary>
    public static Task<TestTenant> CreateAsync(Action<IServiceCollection> configure) => CreateAsync(configure, new Dictionary<string, string?>());

    /// <summary>
    /// As <see cref="CreateAsync(Action{IServiceCollection})"/>, with settings of its own (e.g. <c>Cms:Recipes:Path</c>);
    /// a <c>Cms:DataPath</c> among them puts the tenant there (two tenants on one store).
    /// </summary>
    public static Task<TestTenant> CreateAsync(Action<IServiceCollection> configure, IReadOnlyDictionary<string, string?> settings)
        => CreateAsync(configure, settings, TestStore.Sqlite);

    /// <summary>A tenant on <paramref name="store"/> (PostgreSQL skips the test without a server, fails when CMS_REQUIRE_POSTGRES=1).</summary>
    public static Task<TestTenant> CreateAsync(TestStore store, Action<IServiceCollection>? configure = null)
        => CreateAsync(configure ?? (_ => { }), new Dictionary<string, string?>(), store);

    /// <summary>
    /// As <see cref="CreateAsync(Action{IServiceCollection}, IReadOnlyDictionary{string, string?})"/> on <paramref name="store"/>;
    /// a <c>Cms:SchemaPrefix</c> among the settings (see <see cref="StoreSettings"/>) puts a PostgreSQL tenant in that schema.
    /// </summary>
    public static async Task<TestTenant> CreateAsync(Action<IServiceCollection> configure, IReadOnlyDictionary<string, string?> settings, TestStore store)
    {
        var values = new Dictionary<string, string?>(settings, StringComparer.OrdinalIgnoreCase);
        values.TryAdd("Cms:DataPath", Path.Combine(Path.GetTempPath(), "banan-tests", Guid.NewGuid().ToString("N")));
        if (store == TestStore.PostgreSql)
        {
            values.TryAdd("Cms:DatabaseProvider", "PostgreSql");
            if (!values.ContainsKey("Cms:ConnectionString"))
            {
                values["Cms:ConnectionString"] = TestServices.Postgres;
            }

            values.TryAdd("Cms:SchemaPrefix", "t" + Guid.NewGuid().ToString("N")[..16] + "_");
        }

        var dataPath = values["Cms:DataPath"]!;
        var storeSettings = values.Where(v => v.Key is "Cms:DataPath" or "Cms:DatabaseProvider" or "Cms:ConnectionString" or "Cms:SchemaPrefix")
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new TestEnvironment())
            .AddSingleton<IHostApplicationLifetime, Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>()
            .AddCmsData(configuration)
            .AddCmsTenancy(configuration)
            .AddCmsIdentity(configuration)
            .AddCmsContent()
            .AddCmsRecipes(configuration)
            .AddCmsTheming(configuration);
        configure(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var tenant = new TestTenant(provider, dataPath, store, storeSettings);
        try
        {
            await tenant.RunScopeAsync(async scope =>
            {
                foreach (var initializer in scope.GetServices<ITenantInitializer>().OrderBy(i => i.Order))
                {
                    await initializer.InitializeAsync(CancellationToken.None);
                }

                return true;
            });
        }
        catch
        {
            // Nobody else will dispose it: a half-made schema or folder must not outlive the failed test.
            await tenant.DisposeAsync();
            throw;
        }

        return tenant;
    }

    /// <summary>Runs <paramref name="work"/> in a scope of its own, like one request.</summary>
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task RunAsync<TService>(Func<TService, Task> work) where TService : notnull
        => RunAsync<TService, bool>(async service =>
        {
            await work(service);
            return true;
        });

    /// <summary>A scope that lives until the caller disposes it, e.g. for the whole of a component test.</summary>
    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    public async Task<T> RunScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Imports a recipe in a scope of its own.</summary>
    public Task<RecipeReport> ImportAsync(RecipeDescriptor recipe, bool dryRun = false)
        => RunAsync<RecipeExecutor, RecipeReport>(executor => executor.ExecuteAsync(recipe, TestParameters, dryRun));

    public Task<RecipeReport> ImportAsync(string json, string source = "test.recipe.json", string? folder = null)
        => ImportAsync(RecipeReader.Read(json, source, folder));

    public Task<string> ExportAsync() => RunAsync<RecipeExporter, string>(exporter => exporter.ExportTextAsync("export"));

    /// <summary>Every stored row and document as text: equal snapshots mean nothing was written.</summary>
    public Task<string> SnapshotAsync() => RunAsync<CmsDbContext, string>(async db =>
    {
        var rows = await db.ContentItems.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => r.Id + "|" + r.ContentItemVersionId + "|" + r.Latest + "|" + r.Published + "|" + r.RoutePath + "|" + r.Json).ToListAsync();
        var documents = await db.Documents.AsNoTracking().OrderBy(d => d.Name).Select(d => d.Name + "|" + d.Json).ToListAsync();
        return string.Join("\n", rows.Concat(documents));
    });

    /// <summary>How many version rows the store holds.</summary>
    public Task<int> CountVersionsAsync() => RunAsync<CmsDbContext, int>(db => db.ContentItems.CountAsync());

    public static IReadOnlyDictionary<string, string> TestParameters { get; } = new Dictionary<string, string>
    {
        ["AdminUsername"] = "admin",
        ["AdminUserId"] = "admin",
        ["SiteName"] = "",
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Schema is { } schema)
        {
            await PostgreSqlSchemas.DropAsync(ConnectionString!, schema);
        }

        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "BananPark.Cms.Tests";

        public string ContentRootPath { get; set; } = RepositoryPaths.Root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
