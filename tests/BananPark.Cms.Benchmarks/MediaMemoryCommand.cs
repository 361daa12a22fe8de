using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using SixLabors.ImageSharp;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// <c>media-memory</c>: the process's peak resident memory (<c>VmHWM</c> of <c>/proc/self/status</c>, which
/// BenchmarkDotNet's managed-allocation figures do not show) while 16 renders of distinct keys of a 12-megapixel photo
/// run at once through <c>GET /media/…?width=</c> of the assembled site in process. Each configuration runs in a child
/// process of its own (<c>media-memory --slots N</c>, started with the site's <c>BananPark.Cms.Web.runtimeconfig.json</c>, so
/// with the garbage collector the site runs with), set up from <see cref="MediaRecipe"/>; after a warm-up render and a
/// full collection the peak is reset (<c>5</c> into <c>/proc/self/clear_refs</c>), so it measures the renders, on top of
/// what the idle site holds. Target: peak ≤ 300 MiB with the site's default settings (a verdict, not the exit code:
/// that is 1 only when a run failed). Linux only.
/// </summary>
public static class MediaMemoryCommand
{
    private const int Renders = 16;
    private const long TargetMiB = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["media-memory", "--slots", var text] && (text == "default" || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return await MeasureAsync(text == "default" ? null : text);
        }

        if (args is not ["media-memory"])
        {
            await Console.Error.WriteLineAsync("usage: media-memory   (runs media-memory --slots default|N in child processes)");
            return 2;
        }

        Console.WriteLine($"Peak resident memory while {Renders} renders of a {PhotoLikeJpeg.Width} × {PhotoLikeJpeg.Height} JPEG to distinct widths run at once (MiB)");
        Console.WriteLine($"{"render slots",-22} {"RSS before",10} {"peak RSS",9} {"increase",9} {"wall s",7}  verdict (peak ≤ {TargetMiB} MiB)");
        var failed = false;
        foreach (var slots in new[] { "default", Renders.ToString(CultureInfo.InvariantCulture) })
        {
            var line = await ChildAsync(slots);
            if (line is null)
            {
                failed = true;
                continue;
            }

            var r = line.Split(' ').Skip(1).Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
            var before = long.Parse(r["before"], CultureInfo.InvariantCulture) / 1024;
            var peak = long.Parse(r["peak"], CultureInfo.InvariantCulture) / 1024;
            var over = peak > TargetMiB;
            var name = slots == "default" ? $"{r["slots"]} (the default)" : r["slots"];
            Console.WriteLine($"{name,-22} {before,10} {peak,9} {peak - before,9} {r["seconds"],7}  {(over ? "over target" : "ok")} (GC: {r["gc"]})");
        }

        Console.WriteLine($"Load average at the end: {File.ReadAllText("/proc/loadavg").Trim()} on {Environment.ProcessorCount} cores.");
        return failed ? 1 : 0;
    }

    private static async Task<string?> ChildAsync(string slots)
    {
        // The child runs with the site's own runtime settings (its runtimeconfig.json, copied beside this assembly: the
        // garbage collector's mode among them), not this console project's, so it measures what the site runs with.
        var self = typeof(MediaMemoryCommand).Assembly.Location;
        var siteConfig = Path.Combine(Path.GetDirectoryName(self)!, "BananPark.Cms.Web.runtimeconfig.json");
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "exec", "--runtimeconfig", siteConfig, self, "media-memory", "--slots", slots })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var result = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (child.ExitCode != 0 || result is null)
        {
            await Console.Error.WriteLineAsync($"The run with {slots} render slots failed (exit {child.ExitCode}):\n{output}");
            return null;
        }

        return result;
    }

    private static async Task<int> MeasureAsync(string? slots)
    {
        var widths = Enumerable.Range(0, Renders).Select(i => 410 + (20 * i)).ToArray();
        var settings = widths.Select((w, i) => ($"Cms:Media:AllowedSizes:{i}", w.ToString(CultureInfo.InvariantCulture))).ToDictionary();
        if (slots is not null)
        {
            settings["Cms:Media:MaxConcurrentRenders"] = slots;
        }

        await using var site = new MediaSite(settings);
        await site.StartAsync();
        // The photo was generated in this process (MediaRecipe) with ImageSharp's default pool, which the site never uses
        // (MediaImaging has its own): what that pool retains is not the site's memory.
        Configuration.Default.MemoryAllocator.ReleaseRetainedResources();
        await GetImageAsync(site.Client, null);
        await GetImageAsync(site.Client, 100);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        var before = Status("VmRSS");
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(widths.Select(w => GetImageAsync(site.Client, w)));
        var seconds = watch.Elapsed.TotalSeconds;
        var peak = Status("VmHWM");
        var effective = slots ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        var gc = (GCSettings.IsServerGC ? "server" : "workstation") + (AppContext.TryGetSwitch("System.GC.Concurrent", out var concurrent) && !concurrent ? ",non-concurrent" : "");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT slots={effective} before={before} peak={peak} seconds={seconds:F1} gc={gc}"));
        return 0;
    }

    /// <summary>The original (no width) or a render of it, checked: 200, a JPEG, of the width asked for.</summary>
    private static async Task GetImageAsync(HttpClient client, int? width)
    {
        var url = "/media/" + MediaRecipe.PhotoPath + (width is { } w ? string.Create(CultureInfo.InvariantCulture, $"?width={w}") : "");
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        var info = response.StatusCode == HttpStatusCode.OK ? Image.Identify(body) : null;
        if (info is null || response.Content.Headers.ContentType?.MediaType != "image/jpeg" || (width is { } expected && info.Width != expected))
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} {response.Content.Headers.ContentType} ({body.Length} bytes, {info?.Width} px wide): not the picture asked for.");
        }
    }

    /// <summary>A <c>kB</c> line of <c>/proc/self/status</c>, in KiB.</summary>
    private static long Status(string name)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(name + ":", StringComparison.Ordinal));
        return long.Parse(line[(name.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
