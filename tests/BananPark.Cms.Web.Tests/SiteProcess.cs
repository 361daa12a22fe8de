using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The built site (<c>dotnet BananPark.Cms.Web.dll</c>) as a real process on a free 127.0.0.1 port (or another
/// program the tests start beside it, such as nginx), its output collected for the test to read and print;
/// killed (SIGKILL, with its children) when stopped or disposed.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiteProcess(Process process, Uri baseAddress, string name)
    {
        _process = process;
        BaseAddress = baseAddress;
        Name = name;
    }

    public Uri BaseAddress { get; }

    public string Name { get; }

    /// <summary>Everything the process wrote so far, standard output and error interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Starts the site on <paramref name="dataPath"/> with the given environment variables (e.g. <c>Cms__Setup__Recipe</c>).</summary>
    public static SiteProcess Start(string name, string dataPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "BananPark.Cms.Web.dll"), "--urls", baseAddress.ToString(), "--contentRoot", RepositoryPaths.Root },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Cms__DataPath"] = dataPath;
        start.Environment["Cms__Setup__AdminPassword"] = Forms.AdminPassword;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Launch(start, baseAddress, name);
    }

    /// <summary>Starts another program (e.g. nginx) whose output a failing test prints beside the sites'.</summary>
    public static SiteProcess StartProgram(string name, string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Launch(start, new Uri("http://127.0.0.1/"), name);
    }

    /// <summary>Whether the process has ended (it exited, or was killed).</summary>
    public bool HasExited => _process.HasExited;

    private static SiteProcess Launch(ProcessStartInfo start, Uri baseAddress, string name)
    {
        var site = new SiteProcess(new Process { StartInfo = start }, baseAddress, name);
        site._process.OutputDataReceived += (_, e) => site.Append(e.Data);
        site._process.ErrorDataReceived += (_, e) => site.Append(e.Data);
        site._process.Start();
        site._process.BeginOutputReadLine();
        site._process.BeginErrorReadLine();
        return site;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200; throws, with the output, when the process exits or time runs out.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready.");
            }

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
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not ready within {timeout}.");
    }

    /// <summary>The exit code; throws when the process is still running after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>Kills the process (SIGKILL, as <c>kill -9</c>; if it still runs) and waits until its output is complete.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            _process.Dispose();
        }
    }

    /// <summary>The outputs of <paramref name="sites"/>, labelled, for a failure message.</summary>
    public static string Report(params SiteProcess[] sites)
        => string.Join("\n", sites.Select(s => $"----- {s.Name} ({s.BaseAddress}) -----\n{s.Output}"));

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>A port nothing listens on now (the system picks it).</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
