using BananPark.Cms.Testing;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Two real site processes (nodes A and B) on one PostgreSQL and one Redis, each with a data folder of its own, and
/// nginx in front of both. The site gets a schema prefix and a Redis instance name of its own, so it never shares
/// data with another test; scheduled publishing looks for due items every second. A node whose store shows up in
/// its data folder (a SQLite file) fails the start: the nodes must share nothing but PostgreSQL and Redis.
/// </summary>
public sealed class TwoNodeSite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly List<string> _folders = [];
    private readonly List<SiteProcess> _processes = [];
    private Func<Task>? _cleanup;

    private TwoNodeSite()
    {
    }

    public SiteProcess A { get; private set; } = null!;

    public SiteProcess B { get; private set; } = null!;

    public NginxProxy Proxy { get; private set; } = null!;

    /// <summary>Starts A and B at once (one of them sets the site up), then nginx; skips without PostgreSQL, Redis or nginx (fails when required).</summary>
    public static async Task<TwoNodeSite> StartAsync()
    {
        var postgres = TestServices.Postgres;
        var redis = TestServices.Redis;
        _ = NginxProxy.Executable;
        var id = Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string>
        {
            ["Cms__DatabaseProvider"] = "PostgreSql",
            ["Cms__ConnectionString"] = postgres,
            ["Cms__SchemaPrefix"] = $"t{id}_",
            ["Cms__Redis__Configuration"] = redis,
            ["Cms__Redis__InstanceName"] = $"banan-test-{id}",
            ["Cms__ScheduledPublishing__IntervalSeconds"] = "1",
        };
        var site = new TwoNodeSite { _cleanup = () => ForgetAsync(postgres, $"t{id}_default", redis, $"banan-test-{id}") };
        try
        {
            // Both at once, as nodes start behind a load balancer: one sets the site up, the other waits for it.
            site.A = site.Keep(SiteProcess.Start("node A", site.NewFolder(), settings));
            site.B = site.Keep(SiteProcess.Start("node B", site.NewFolder(), settings));
            await Task.WhenAll(site.A.WaitUntilReadyAsync(StartTimeout), site.B.WaitUntilReadyAsync(StartTimeout));
            if (site._folders.FirstOrDefault(f => File.Exists(Path.Combine(f, "Sites", "Default", "cms.db"))) is { } local)
            {
                throw new InvalidOperationException($"A node kept its store in its data folder ({local}) although Cms:DatabaseProvider=PostgreSql.");
            }

            site.Proxy = await NginxProxy.StartAsync([site.A.BaseAddress, site.B.BaseAddress]);
            return site;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            var report = site.Report();
            await site.DisposeAsync();
            throw new InvalidOperationException($"{e.Message}\n{report}", e);
        }
    }

    /// <summary>A client of <paramref name="node"/> (or of nginx) that follows no redirects and keeps no cookies of its own.</summary>
    public static HttpClient Client(Uri node, string? cookies = null)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = node, Timeout = TimeSpan.FromSeconds(15) };
        if (cookies is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookies);
        }

        return client;
    }

    /// <summary>What the nodes and nginx wrote, labelled: for a failure message.</summary>
    public string Report()
        => $"{SiteProcess.Report([.. _processes])}\n{Proxy?.Report()}";

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        if (_cleanup is not null)
        {
            await _cleanup();
        }
    }

    /// <summary>The nodes' schema and Redis keys: nothing of a run stays in the shared test servers.</summary>
    private static async Task ForgetAsync(string postgres, string schema, string redis, string instance)
    {
        await PostgreSqlSchemas.DropAsync(postgres, schema);
        await using var connection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis);
        var database = connection.GetDatabase();
        await foreach (var key in connection.GetServers()[0].KeysAsync(pattern: instance + ":*"))
        {
            await database.KeyDeleteAsync(key);
        }
    }

    private SiteProcess Keep(SiteProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "banan-two-node-tests", Guid.NewGuid().ToString("N"));
        _folders.Add(folder);
        return folder;
    }
}
