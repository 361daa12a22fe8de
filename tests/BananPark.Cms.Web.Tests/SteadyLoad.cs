using System.Diagnostics;
using System.Net;

namespace BananPark.Cms.Web.Tests;

/// <summary>One request of a <see cref="SteadyLoad"/>: when it started and ended (on the load's clock) and what came back.</summary>
internal sealed record LoadOutcome(string Path, TimeSpan Start, TimeSpan End, int Status, string? Error)
{
    public bool Succeeded => Status == (int)HttpStatusCode.OK && Error is null;

    public override string ToString() => $"{Start.TotalMilliseconds:0}-{End.TotalMilliseconds:0} ms {Path}: {(Error ?? Status.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}

/// <summary>
/// A steady load: <c>workers</c> visitors, each sending GETs one after another (one in flight each) over
/// <c>paths</c> in turn, until told to stop; every request is kept with its timing and outcome.
/// </summary>
internal sealed class SteadyLoad(Uri target, IReadOnlyList<string> paths, int workers)
{
    private readonly List<LoadOutcome> _outcomes = [];
    private volatile bool _stopping;
    private Task? _running;

    public Stopwatch Clock { get; } = new();

    public void Start()
    {
        Clock.Start();
        _running = Task.WhenAll(Enumerable.Range(0, workers).Select(VisitAsync));
    }

    /// <summary>Lets the requests in flight finish, then returns every outcome, oldest first.</summary>
    public async Task<IReadOnlyList<LoadOutcome>> StopAsync()
    {
        _stopping = true;
        await _running!;
        lock (_outcomes)
        {
            return [.. _outcomes.OrderBy(o => o.Start)];
        }
    }

    private async Task VisitAsync(int worker)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = target, Timeout = TimeSpan.FromSeconds(15) };
        for (var i = worker; !_stopping; i++)
        {
            var path = paths[i % paths.Count];
            var start = Clock.Elapsed;
            LoadOutcome outcome;
            try
            {
                // Not cancelled by the stop: a request in flight finishes, so none is counted lost by the test itself.
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                outcome = new LoadOutcome(path, start, Clock.Elapsed, (int)response.StatusCode, null);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                outcome = new LoadOutcome(path, start, Clock.Elapsed, 0, $"{e.GetType().Name}: {e.Message}");
            }

            lock (_outcomes)
            {
                _outcomes.Add(outcome);
            }
        }
    }
}
