using BananPark.Cms.Testing;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Two real site processes (nodes A and B) on one PostgreSQL and one Redis, each with a data folder of its own, and
/// nginx in front of both. The site gets a schema prefix and a Redis instance name of its own, so it never shares
/// data with another test; scheduled publishing looks for due items every second. While the site keeps its store
/// in the data folder (it ignores <c>Cms:DatabaseProvider</c>), B shares A's folder, the only way two nodes share a
/// store then; <see cref="StoreDescription"/> says which it was, and CI (<c>CMS_REQUIRE_POSTGRES=1</c>) fails on it.
/// </summary>
public sealed class TwoNodeSite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly List<string> _folders = [];
    private readonly List<SiteProcess> _processes = [];

    private TwoNodeSite()
    {
    }

    public SiteProcess A { get; private set; } = null!;

    public SiteProcess B { get; private set; } = null!;

    public NginxProxy Proxy { get; private set; } = null!;

    public string StoreDescription { get; private set; } = "";

    /// <summary>Starts A (which sets the site up), then B, then nginx; skips without PostgreSQL, Redis or nginx (fails when required).</summary>
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
            ["Cms__Redis__InstanceName"] = $"banan-test-{id}:",
            ["Cms__ScheduledPublishing__IntervalSeconds"] = "1",
        };
        var site = new TwoNodeSite();
        try
        {
            var dataA = site.NewFolder();
            site.A = site.Keep(SiteProcess.Start("node A", dataA, settings));
            await site.A.WaitUntilReadyAsync(StartTimeout);
            var sqlite = File.Exists(Path.Combine(dataA, "Sites", "Default", "cms.db"));
            site.StoreDescription = sqlite
                ? "ONE SQLite data folder shared by both nodes: the site ignored Cms:DatabaseProvider=PostgreSql"
                : "PostgreSQL and Redis, a data folder per node";
            if (sqlite && Environment.GetEnvironmentVariable("CMS_REQUIRE_POSTGRES") == "1")
            {
                throw new InvalidOperationException($"The site kept its store in {dataA} although Cms:DatabaseProvider=PostgreSql: CMS_REQUIRE_POSTGRES=1 says the nodes must run on PostgreSQL.");
            }

            site.B = site.Keep(SiteProcess.Start("node B", sqlite ? dataA : site.NewFolder(), settings));
            await site.B.WaitUntilReadyAsync(StartTimeout);
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

    /// <summary>What the nodes and nginx wrote, labelled, and which store they ran on: for a failure message.</summary>
    public string Report()
        => $"Store: {StoreDescription}\n{SiteProcess.Report([.. _processes])}\n{Proxy?.Report()}";

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
