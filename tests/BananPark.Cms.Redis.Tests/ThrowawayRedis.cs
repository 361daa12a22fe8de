using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Redis.Tests;

/// <summary>
/// A Redis server of the test's own on a free 127.0.0.1 port, without persistence, that the test can stop
/// and start again (the shared test server must never be stopped). Needs <c>redis-server</c> on the PATH
/// (Debian's <c>redis-server</c>, which CI installs); without it the test skips, or fails when Redis is required.
/// </summary>
internal sealed class ThrowawayRedis : IAsyncDisposable
{
    private Process? _server;

    private ThrowawayRedis(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port},connectTimeout=1000";

    public static async Task<ThrowawayRedis> StartAsync()
    {
        _ = TestServices.Redis;
        if (!File.Exists("/usr/bin/redis-server"))
        {
            const string reason = "redis-server is not installed (apt-get install -y redis-server).";
            if (Environment.GetEnvironmentVariable("CMS_REQUIRE_REDIS") == "1")
            {
                throw new InvalidOperationException(reason + " CMS_REQUIRE_REDIS=1 says it must be there.");
            }

            Assert.Skip(reason);
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var redis = new ThrowawayRedis(port);
        await redis.RestartAsync();
        return redis;
    }

    /// <summary>Starts the server (again) and waits until it accepts connections.</summary>
    public async Task RestartAsync()
    {
        _server = Process.Start(new ProcessStartInfo("/usr/bin/redis-server",
            ["--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        _server.BeginOutputReadLine();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {Port}.");
    }

    /// <summary>Kills the server, as a crash or a network cut would end it.</summary>
    public async Task StopAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
