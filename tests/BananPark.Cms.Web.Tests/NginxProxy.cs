using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Debian's nginx on a free 127.0.0.1 port, balancing round robin over the given site nodes, from a generated
/// configuration in a temporary prefix. A node that fails (refused, reset, 502/503/504) is taken out for 30 s and an
/// idempotent request (GET, HEAD) is retried on the next one; every request is logged with the node(s) that answered.
/// Missing nginx skips the test with the reason, or fails it when <c>CMS_REQUIRE_NGINX=1</c> (CI) or
/// <c>CMS_REQUIRE_POSTGRES=1</c> says the several-node tests must run.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private static readonly string[] Locations = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"];
    private readonly string _prefix;
    private readonly SiteProcess _process;

    private NginxProxy(string prefix, SiteProcess process, Uri baseAddress)
    {
        _prefix = prefix;
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The nginx executable, or the test skips (fails when required).</summary>
    public static string Executable
    {
        get
        {
            var found = Locations.FirstOrDefault(File.Exists);
            if (found is not null)
            {
                return found;
            }

            const string reason = "nginx is not installed (apt-get install -y nginx): the several-node tests put it in front of the nodes.";
            if (Environment.GetEnvironmentVariable("CMS_REQUIRE_NGINX") == "1" || Environment.GetEnvironmentVariable("CMS_REQUIRE_POSTGRES") == "1")
            {
                throw new InvalidOperationException(reason + " CMS_REQUIRE_NGINX=1 or CMS_REQUIRE_POSTGRES=1 says it must be there.");
            }

            Assert.Skip(reason);
            return null!;
        }
    }

    /// <summary>Starts nginx in front of <paramref name="nodes"/> and waits until it answers.</summary>
    public static async Task<NginxProxy> StartAsync(IReadOnlyList<Uri> nodes)
    {
        var executable = Executable;
        var prefix = Path.Combine(Path.GetTempPath(), "banan-nginx", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(prefix, "logs"));
        var baseAddress = new Uri($"http://127.0.0.1:{SiteProcess.FreePort()}");
        await File.WriteAllTextAsync(Path.Combine(prefix, "nginx.conf"), Configuration(prefix, baseAddress, nodes));
        var process = SiteProcess.StartProgram("nginx", executable, ["-p", prefix, "-c", Path.Combine(prefix, "nginx.conf")]);
        var proxy = new NginxProxy(prefix, process, baseAddress);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", baseAddress.Port);
                return proxy;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                var report = proxy.Report();
                await proxy.DisposeAsync();
                throw new InvalidOperationException($"nginx did not start.\n{report}");
            }
        }
    }

    /// <summary>Every request nginx logged so far, oldest first.</summary>
    public IReadOnlyList<ProxiedRequest> AccessLog()
    {
        var path = Path.Combine(_prefix, "logs", "access.log");
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ProxiedRequest.Parse)];
    }

    /// <summary>nginx's own output and error log, for a failure message.</summary>
    public string Report()
    {
        var errors = Path.Combine(_prefix, "logs", "error.log");
        return $"{SiteProcess.Report(_process)}\n----- nginx error.log -----\n{(File.Exists(errors) ? File.ReadAllText(errors) : "(none)")}";
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_prefix, recursive: true);
    }

    private static string Configuration(string prefix, Uri listen, IReadOnlyList<Uri> nodes)
    {
        var servers = new StringBuilder();
        foreach (var node in nodes)
        {
            servers.Append(CultureInfo.InvariantCulture, $"    server 127.0.0.1:{node.Port} max_fails=1 fail_timeout=30s;\n");
        }

        // As root, nginx's workers run as `user`; the current user can read and write the temporary prefix.
        var user = Environment.UserName == "root" ? "user root root;\n" : "";
        return $$"""
            {{user}}worker_processes 1;
            daemon off;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/logs/error.log warn;
            events { worker_connections 512; }
            http {
              log_format nodes '$msec $status $request_method $request_uri [$upstream_addr] [$upstream_status]';
              access_log {{prefix}}/logs/access.log nodes;
              client_body_temp_path {{prefix}}/client; proxy_temp_path {{prefix}}/proxy;
              fastcgi_temp_path {{prefix}}/fastcgi; uwsgi_temp_path {{prefix}}/uwsgi; scgi_temp_path {{prefix}}/scgi;
              upstream cms {
            {{servers}}    keepalive 16;
              }
              server {
                listen 127.0.0.1:{{listen.Port}};
                location / {
                  proxy_pass http://cms;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_next_upstream error timeout http_502 http_503 http_504;
                  proxy_connect_timeout 2s;
                  proxy_read_timeout 30s;
                }
              }
            }
            """;
    }
}
