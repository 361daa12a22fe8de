using System.Collections.Concurrent;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The assembled site in production mode, on a data folder of its own (so each factory is a fresh
/// first start), reading the repository's appsettings.json, themes and recipes.
/// </summary>
public class CmsSiteFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> _services = [];

    public CmsSiteFactory(string? dataPath = null)
    {
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "banan-web-tests", Guid.NewGuid().ToString("N"));
        _settings["Cms:DataPath"] = DataPath;
    }

    public string DataPath { get; }

    /// <summary>Everything the site logged, as "Category: message".</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public CmsSiteFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Adds services only this test host has (e.g. <see cref="ImportGate"/>), after the site's own.</summary>
    public CmsSiteFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(RepositoryPaths.Root);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddLogging(logging => logging.AddProvider(new CollectingLoggerProvider(Logs)));
            _services.ForEach(configure => configure(services));
        });
    }

    /// <summary>Deletes the data folder (call after disposing when the folder is not shared).</summary>
    public void DeleteData()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => logs.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
    }
}

/// <summary>One site shared by the read-only tests of a class.</summary>
public sealed class SharedSite : IAsyncLifetime
{
    public CmsSiteFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        Factory.DeleteData();
    }
}
