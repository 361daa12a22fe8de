using System.Security.Cryptography;
using BananPark.Cms.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Admin.Services.Importing;

/// <summary>
/// The recipe checks and imports of this process, run in the background so that a request only starts one: at
/// most one runs per tenant at a time (imports are one transaction, and a check next to an import would report on
/// a site about to change). A job runs in a DI scope of its own, made for its tenant and acting as the user who
/// started it; only that user sees it, and it is forgotten <see cref="Retention"/> after it finished.
/// </summary>
public sealed partial class RecipeJobs(IServiceScopeFactory scopes, PendingRecipes pending, TimeProvider clock, ILogger<RecipeJobs> logger)
    : IAsyncDisposable, IDisposable
{
    /// <summary>How long a finished job stays visible.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(15);

    /// <summary>Finished jobs kept at most; the oldest go first.</summary>
    private const int MaxFinished = 200;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, RecipeJob> _jobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RecipeJob Job, Task Task)> _running = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private bool _disposed;

    /// <summary>Starts a check or an import of <paramref name="json"/>, unless a job already runs in the tenant.</summary>
    public RecipeJobStart Start(RecipeJobKind kind, JobOrigin origin, string fileName, string json)
    {
        RecipeJob job;
        lock (_lock)
        {
            Sweep();
            if (_running.TryGetValue(origin.Tenant.Name, out var running))
            {
                return new RecipeJobStart(RecipeJobStartOutcome.Busy, running.Job);
            }

            job = new RecipeJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), kind, origin, fileName, clock.GetUtcNow());
            _jobs[job.Id] = job;

            // Nothing of the request flows into the job: not its HttpContext (the job outlives it), not its cancellation.
            using (ExecutionContext.SuppressFlow())
            {
                _running[origin.Tenant.Name] = (job, Task.Run(() => RunAsync(job, json)));
            }
        }

        return new RecipeJobStart(RecipeJobStartOutcome.Started, job);
    }

    /// <summary>
    /// Imports the recipe <paramref name="check"/> checked, when <paramref name="token"/> is the check's unused
    /// confirmation: exactly the file that was checked, held on the server for that user, once.
    /// </summary>
    public RecipeJobStart Confirm(RecipeJob check, string token, JobOrigin origin)
    {
        var own = check.Kind == RecipeJobKind.Check && check.Origin.UserId == origin.UserId && check.Origin.Tenant.Name == origin.Tenant.Name;
        if (!own || !check.TryTakeToken(token) || pending.Take(token, origin.UserId) is not { } recipe)
        {
            return new RecipeJobStart(RecipeJobStartOutcome.Expired, null);
        }

        var start = Start(RecipeJobKind.Import, origin, recipe.FileName, recipe.Json);
        if (start.Outcome == RecipeJobStartOutcome.Started)
        {
            check.Confirmed(start.Job!.Id);
        }
        else
        {
            check.RestoreToken(pending.Add(origin.UserId, recipe.FileName, recipe.Json));
        }

        return start;
    }

    /// <summary>The job <paramref name="id"/> if it belongs to that user of that tenant; null otherwise (and once forgotten).</summary>
    public RecipeJob? Find(string id, string tenantName, string userId)
    {
        lock (_lock)
        {
            Sweep();
            return _jobs.TryGetValue(id, out var job) && job.Origin.Tenant.Name == tenantName && job.Origin.UserId == userId ? job : null;
        }
    }

    /// <summary>The job running in the tenant, if any.</summary>
    public RecipeJob? Running(string tenantName)
    {
        lock (_lock)
        {
            return _running.TryGetValue(tenantName, out var running) ? running.Job : null;
        }
    }

    /// <summary>Completes when the job has finished (for tests and shutdown); at once when it is not running.</summary>
    public Task WhenFinishedAsync(RecipeJob job)
    {
        lock (_lock)
        {
            return _running.TryGetValue(job.Origin.Tenant.Name, out var running) && running.Job == job ? running.Task : Task.CompletedTask;
        }
    }

    private async Task RunAsync(RecipeJob job, string json)
    {
        RecipeImportResult? result = null;
        string? problem = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var initializer in scope.ServiceProvider.GetServices<IJobScopeInitializer>())
            {
                initializer.Initialize(job.Origin);
            }

            var import = scope.ServiceProvider.GetRequiredService<RecipeImportService>();
            result = job.Kind == RecipeJobKind.Check
                ? await import.DryRunAsync(job.FileName, json, job, _stopping.Token)
                : await import.ImportAsync(job.FileName, json, job, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            problem = job.Kind == RecipeJobKind.Check
                ? "The site shut down before the check finished. Check the recipe again."
                : "The site shut down while the import ran; an import that had not finished was rolled back. Check the recipe again.";
        }
        catch (Exception e)
        {
            LogFailed(e, job.Kind, job.FileName, job.Origin.Tenant.Name);
            problem = $"The {(job.Kind == RecipeJobKind.Check ? "check" : "import")} stopped on an unexpected error; the site's log has the details.";
        }

        // Finished and no longer running in one step: whoever sees it finished may start the next one.
        var token = result is { Succeeded: true } && job.Kind == RecipeJobKind.Check ? pending.Add(job.Origin.UserId, job.FileName, json) : null;
        lock (_lock)
        {
            _running.Remove(job.Origin.Tenant.Name);
            if (result is not null)
            {
                job.Succeed(result, token, clock.GetUtcNow());
            }
            else
            {
                job.Fail(problem!, clock.GetUtcNow());
            }
        }
    }

    /// <summary>Forgets the jobs that finished more than <see cref="Retention"/> ago, and the oldest beyond <see cref="MaxFinished"/>.</summary>
    private void Sweep()
    {
        var now = clock.GetUtcNow();
        var finished = _jobs.Values.Where(j => j.FinishedUtc is not null).OrderBy(j => j.FinishedUtc).ToList();
        for (var i = 0; i < finished.Count; i++)
        {
            if (finished[i].FinishedUtc + Retention < now || finished.Count - i > MaxFinished)
            {
                _jobs.Remove(finished[i].Id);
            }
        }
    }

    /// <summary>Stops the running jobs (their transactions roll back) and waits for them, so their scopes end before the services they use.</summary>
    public async ValueTask DisposeAsync()
    {
        Task[] running;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            running = [.. _running.Values.Select(r => r.Task)];
        }

        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            // A job that does not stop within the time is left to the process's end.
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    [LoggerMessage(Level = LogLevel.Error, Message = "The recipe {Kind} of {FileName} in tenant {Tenant} failed.")]
    private partial void LogFailed(Exception exception, RecipeJobKind kind, string fileName, string tenant);
}
