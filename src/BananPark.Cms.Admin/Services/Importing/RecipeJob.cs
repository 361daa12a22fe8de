using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Admin.Services.Importing;

/// <summary>What a job does with its recipe: check it (a dry run) or import it.</summary>
public enum RecipeJobKind
{
    Check,
    Import,
}

/// <summary>Where a job is: running, or finished with a report or a problem.</summary>
public enum RecipeJobState
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// One check or import of an uploaded recipe, run in the background by <see cref="RecipeJobs"/>: what its page
/// shows. The job reports its own progress; the page reads it from other threads, so every read sees a whole state.
/// </summary>
public sealed class RecipeJob : IProgress<RecipeProgress>
{
    private readonly Lock _lock = new();
    private RecipeProgress? _progress;
    private Outcome? _outcome;
    private string? _confirmToken;
    private string? _importJobId;

    internal RecipeJob(string id, RecipeJobKind kind, JobOrigin origin, string fileName, DateTimeOffset startedUtc)
    {
        Id = id;
        Kind = kind;
        Origin = origin;
        FileName = fileName;
        StartedUtc = startedUtc;
    }

    public string Id { get; }

    public RecipeJobKind Kind { get; }

    /// <summary>The tenant and the user the job runs for; only that user sees it.</summary>
    public JobOrigin Origin { get; }

    public string FileName { get; }

    public DateTimeOffset StartedUtc { get; }

    /// <summary>The latest progress the recipe reported; null until its first step starts.</summary>
    public RecipeProgress? Progress => Volatile.Read(ref _progress);

    public RecipeJobState State => Volatile.Read(ref _outcome) switch
    {
        null => RecipeJobState.Running,
        { Result.Succeeded: true } => RecipeJobState.Succeeded,
        _ => RecipeJobState.Failed,
    };

    /// <summary>The report, or the problem with its file, step, item and JSON path; null while running or after an unexpected failure.</summary>
    public RecipeImportResult? Result => Volatile.Read(ref _outcome)?.Result;

    /// <summary>What went wrong: the recipe's problem, or a sentence about an unexpected failure; null unless failed.</summary>
    public string? Problem => Volatile.Read(ref _outcome) is { } outcome ? outcome.Result?.Error ?? outcome.Problem : null;

    public DateTimeOffset? FinishedUtc => Volatile.Read(ref _outcome)?.FinishedUtc;

    /// <summary>The token of the checked recipe the server holds for the confirmation; null once used, or for imports and failed checks.</summary>
    public string? ConfirmToken
    {
        get
        {
            lock (_lock)
            {
                return _confirmToken;
            }
        }
    }

    /// <summary>The import this check was confirmed into, if it was.</summary>
    public string? ImportJobId
    {
        get
        {
            lock (_lock)
            {
                return _importJobId;
            }
        }
    }

    /// <summary>How long the job ran, or has been running until <paramref name="now"/>.</summary>
    public TimeSpan Elapsed(DateTimeOffset now) => (FinishedUtc ?? now) - StartedUtc;

    public void Report(RecipeProgress value) => Volatile.Write(ref _progress, value);

    internal void Succeed(RecipeImportResult result, string? confirmToken, DateTimeOffset finishedUtc)
    {
        lock (_lock)
        {
            _confirmToken = confirmToken;
        }

        Volatile.Write(ref _outcome, new Outcome(result, null, finishedUtc));
    }

    internal void Fail(string problem, DateTimeOffset finishedUtc) => Volatile.Write(ref _outcome, new Outcome(null, problem, finishedUtc));

    /// <summary>Gives up the confirmation token if it is <paramref name="token"/>: true once, for the first caller.</summary>
    internal bool TryTakeToken(string token)
    {
        lock (_lock)
        {
            if (_confirmToken is null || !string.Equals(_confirmToken, token, StringComparison.Ordinal))
            {
                return false;
            }

            _confirmToken = null;
            return true;
        }
    }

    /// <summary>Puts a token back when the import could not start (another one was running).</summary>
    internal void RestoreToken(string token)
    {
        lock (_lock)
        {
            _confirmToken = token;
        }
    }

    internal void Confirmed(string importJobId)
    {
        lock (_lock)
        {
            _importJobId = importJobId;
        }
    }

    private sealed record Outcome(RecipeImportResult? Result, string? Problem, DateTimeOffset FinishedUtc);
}
