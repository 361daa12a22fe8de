using BananPark.Cms.Core.Data;
using BananPark.Cms.Redis.Changes;
using BananPark.Cms.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace BananPark.Cms.Redis.Tests;

/// <summary>
/// Nodes of one site for a test: each a <see cref="TestTenant"/> (its own service provider, as a process has)
/// with <c>AddCmsRedis</c> on the real Redis (<see cref="TestServices.Redis"/>), listening as the host's
/// hosted service would. By default they share the first node's SQLite folder and one instance name of the
/// test's own; at the end every key under the test's instance names is deleted.
/// </summary>
internal sealed class Nodes : IAsyncDisposable
{
    private readonly List<TestTenant> _nodes = [];
    private readonly HashSet<string> _instances = [];

    public string Instance { get; } = NewInstance();

    public static string NewInstance() => $"test-{Guid.NewGuid():N}";

    public static IConfiguration Settings(IReadOnlyDictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    /// <summary>A node on the shared folder, with <paramref name="instance"/> (default: the test's) and what <paramref name="configure"/> adds.</summary>
    public async Task<TestTenant> AddAsync(string? instance = null, Action<IServiceCollection>? configure = null, string? redis = null)
    {
        instance ??= Instance;
        _instances.Add(instance);
        var values = new Dictionary<string, string?>
        {
            ["Cms:Redis:Configuration"] = redis ?? TestServices.Redis,
            ["Cms:Redis:InstanceName"] = instance,
        };
        if (_nodes.Count > 0)
        {
            values["Cms:DataPath"] = _nodes[0].DataPath;
        }

        var configuration = Settings(values);
        var node = await TestTenant.CreateAsync(services =>
        {
            configure?.Invoke(services);
            services.AddCmsRedis(configuration);
        }, values);
        _nodes.Add(node);
        await node.RunScopeAsync(async services =>
        {
            await services.GetRequiredService<RedisChangeSubscriber>().SubscribeAsync();
            return true;
        });
        return node;
    }

    /// <summary>The keys Redis holds under <paramref name="instance"/>.</summary>
    public static async Task<List<string>> KeysAsync(string instance)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        var keys = new List<string>();
        await foreach (var key in redis.GetServers()[0].KeysAsync(pattern: $"{instance}:*"))
        {
            keys.Add(key.ToString());
        }

        return keys;
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _nodes.Count - 1; i >= 0; i--)
        {
            await _nodes[i].DisposeAsync();
        }

        if (!TestServices.HasRedis)
        {
            return;
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        foreach (var instance in _instances)
        {
            foreach (var key in await KeysAsync(instance))
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }
}

/// <summary>Counts what a node's own change listeners are told.</summary>
internal sealed class CountingListener : ISiteChangeListener
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task SiteChangedAsync(string tenantName, SiteChanges changes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }
}
