using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The built site as a child process on 127.0.0.1, on a port the site picks itself (so two servers
/// never race for one), keeping the last lines it wrote so a failing test can say why.
/// </summary>
public sealed partial class SiteServer : IAsyncDisposable
{
    private const int KeptLines = 300;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Process _process;

    private SiteServer(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the site on an empty data folder and waits until <c>/health/ready</c> answers 200.</summary>
    public static async Task<SiteServer> StartAsync(string dataPath, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "BananPark.Cms.Web.dll"), "--urls", "http://127.0.0.1:0", "--contentRoot", RepositoryPaths.Root },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Cms__DataPath"] = dataPath;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // One readable line per entry, and every request with its status and time: what a failure report needs.
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var server = new SiteServer(new Process { StartInfo = start, EnableRaisingEvents = true });
        server._process.OutputDataReceived += (_, line) => server.Keep(line.Data);
        server._process.ErrorDataReceived += (_, line) => server.Keep(line.Data);
        server._process.Exited += (_, _) => server._listening.TrySetException(new InvalidOperationException("The site exited before it listened."));
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            server.BaseAddress = await server._listening.Task.WaitAsync(StartTimeout);
            await server.WaitUntilReadyAsync();
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or HttpRequestException)
        {
            var report = server.Report();
            await server.DisposeAsync();
            throw new InvalidOperationException($"The site did not start: {e.Message}\n{report}", e);
        }

        return server;
    }

    /// <summary>Whether the server is still running, its exit code if not, and the last lines it wrote.</summary>
    public string Report()
    {
        var state = _process.HasExited ? $"The site's process has EXITED with code {_process.ExitCode}." : $"The site's process is running at {BaseAddress}.";
        var log = new StringBuilder().AppendLine(state).AppendLine(CultureInfo.InvariantCulture, $"Its last {_lines.Count} log lines:");
        foreach (var line in _lines)
        {
            log.AppendLine(line);
        }

        return log.ToString();
    }

    /// <summary>Throws with the server's log when the process has died.</summary>
    public void EnsureRunning()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException(Report());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > KeptLines && _lines.TryDequeue(out _))
        {
        }

        if (!_listening.Task.IsCompleted && Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        // A request that hangs must not eat the whole start budget.
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            EnsureRunning();
            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Listening, but not answering yet.
            }
            catch (TaskCanceledException)
            {
                // The request timed out; try again until the deadline.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"/health/ready did not answer 200 within {StartTimeout.TotalSeconds} s.");
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
