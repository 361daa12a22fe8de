using System.Collections.Concurrent;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The assembled site in production mode, on a data folder of its own (so each factory is a fresh
/// first start), reading the repository's appsettings.json, themes and recipes. Setup runs in the
/// background once the host has started; the factory waits for it (and throws its error) unless told not to.
/// </summary>
public class CmsSiteFactory : WebApplicationFactory<Program>
{
    /// <summary>Longest a test site's setup may take.</summary>
    public static readonly TimeSpan SetupTimeout = TimeSpan.FromMinutes(2);

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> _services = [];
    private bool _waitForSetup = true;

    public CmsSiteFactory(string? dataPath = null)
    {
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "banan-web-tests", Guid.NewGuid().ToString("N"));
        _settings["Cms:DataPath"] = DataPath;
    }

    public string DataPath { get; }

    /// <summary>True when setup failed and asked the host to stop.</summary>
    public bool SetupStoppedHost { get; private set; }

    /// <summary>
    /// Everything the site logged, as "Level Category: message". Warnings and errors also go to the
    /// output of the test that caused them, which a failing test shows (a 500's exception among them).
    /// </summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public CmsSiteFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Adds services after the site's own (e.g. a recipe step of the test's).</summary>
    public CmsSiteFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>The first client comes back as soon as the host has started, while setup still runs.</summary>
    public CmsSiteFactory WithoutWaitingForSetup()
    {
        _waitForSetup = false;
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

        // Requests run in the calling test's execution context, so what the site logs reaches that test's output.
        builder.ConfigureServices(services => services
            .Configure<TestServerOptions>(options => options.PreserveExecutionContext = true)
            .AddLogging(logging => logging.AddProvider(new CollectingLoggerProvider(Logs))));
        foreach (var configure in _services)
        {
            builder.ConfigureServices(configure);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (_waitForSetup)
        {
            // Taken first: a failed setup stops the host, which may be disposed by the time the wait ends.
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            var setUp = host.Services.GetRequiredService<ReadyTenants>().WhenSetUp;
            try
            {
                setUp.WaitAsync(SetupTimeout).GetAwaiter().GetResult();
            }
            catch
            {
                SetupStoppedHost = stopping.IsCancellationRequested;
                host.Dispose();
                throw;
            }
        }

        return host;
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
        {
            var line = $"{logLevel} {category}: {formatter(state, exception)}";
            logs.Enqueue(line);
            if (logLevel >= LogLevel.Warning && TestContext.Current.TestOutputHelper is { } output)
            {
                try
                {
                    output.WriteLine(exception is null ? line : $"{line}\n{exception}");
                }
                catch (InvalidOperationException)
                {
                    // The test that started this work has finished.
                }
            }
        }
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
