using System.Collections.Concurrent;
using System.Globalization;
using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.Tenancy.Setup;

/// <summary>
/// Which tenants are set up and serving, what the setup of the others is doing (for the readiness check
/// and the setup page), and how this start's setup ended.
/// </summary>
public sealed class ReadyTenants
{
    private readonly ConcurrentDictionary<string, DateTime> _ready = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _activity = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _setUp = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady(string tenant) => _ready.ContainsKey(tenant);

    public void MarkReady(string tenant, DateTime setupUtc)
    {
        _ready[tenant] = setupUtc;
        _activity.TryRemove(tenant, out _);
    }

    /// <summary>Completes once every tenant is ready; faults with the error when setup failed.</summary>
    public Task WhenSetUp => _setUp.Task;

    /// <summary>True when this start's setup failed (the host stops and exits non-zero).</summary>
    public bool SetupFailed => _setUp.Task.IsFaulted;

    /// <summary>One line on where the tenant's setup is, e.g. "Setting up Default: step 5 of 5, Content, 3,500 of 10,000 items".</summary>
    public string Describe(string tenant)
        => IsReady(tenant) ? $"{tenant} is set up." : _activity.GetValueOrDefault(tenant) ?? $"Setting up {tenant}: starting.";

    /// <summary>Records what the tenant's setup is doing, in a few words ("updating the database").</summary>
    public void Report(string tenant, string activity) => _activity[tenant] = $"Setting up {tenant}: {activity}.";

    /// <summary>Where the recipe that sets <paramref name="tenant"/> up reports its steps and items.</summary>
    public IProgress<RecipeProgress> ProgressOf(string tenant) => new RecipeProgressReport(this, tenant);

    internal void Complete() => _setUp.TrySetResult();

    internal void Fail(string tenant, Exception error)
    {
        _activity[tenant] = $"Setup of {tenant} failed; the site is stopping (see its log).";
        _setUp.TrySetException(error);
    }

    internal void Stop() => _setUp.TrySetCanceled();

    /// <summary>Formats a recipe's progress the moment it is reported (no posting to another thread, so never out of order).</summary>
    private sealed class RecipeProgressReport(ReadyTenants ready, string tenant) : IProgress<RecipeProgress>
    {
        public void Report(RecipeProgress value)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"step {value.StepIndex + 1} of {value.StepCount}, {value.StepName}");
            if (value.ItemsTotal > 0)
            {
                text += string.Create(CultureInfo.InvariantCulture, $", {value.ItemsDone:N0} of {value.ItemsTotal:N0} items");
            }

            ready.Report(tenant, text);
        }
    }
}
