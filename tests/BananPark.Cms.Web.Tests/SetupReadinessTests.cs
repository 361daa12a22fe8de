using System.Net;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>While setup runs the host answers: live at once, not ready, the setup page everywhere else; then ready.</summary>
public sealed class SetupReadinessTests : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private readonly string _recipes = Path.Combine(Path.GetTempPath(), "banan-web-tests", "recipes-" + Guid.NewGuid().ToString("N"));
    private readonly SlowStep.Signal _signal = new();
    private readonly HeldMigration.Signal _migration = new();
    private readonly CmsSiteFactory _site;

    public SetupReadinessTests()
    {
        Directory.CreateDirectory(_recipes);
        File.WriteAllText(Path.Combine(_recipes, "slow.recipe.json"), $$"""
            { "name": "slow", "steps": [ { "name": "Settings", "SiteName": "Slow setup" }, { "name": "{{SlowStep.StepName}}" } ] }
            """);
        _site = new CmsSiteFactory()
            .With("Cms:Recipes:Path", _recipes)
            .With("Cms:Setup:Recipe", "slow")
            .With("Cms:Setup:AdminPassword", Forms.AdminPassword)
            .WithServices(services => services
                .AddSingleton(_signal).AddScoped<IRecipeStep, SlowStep>()
                .AddSingleton(_migration).AddScoped<ITenantInitializer, HeldMigration>())
            .WithoutWaitingForSetup();
    }

    [Fact]
    public async Task Requests_WhileSetupRuns_AreAnsweredAndReadyOnlyAfter()
    {
        var cancel = TestContext.Current.CancellationToken;
        _migration.Release.SetResult();
        var client = await Task.Run(() => _site.CreateClient(), cancel).WaitAsync(Timeout, cancel);
        await _signal.Entered.Task.WaitAsync(Timeout, cancel);

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), cancel);
        var notReady = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), cancel);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), cancel);
        var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative), cancel);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Contains("Setting up Default: step 2 of 2, SlowStep, 1 of 3 items", await notReady.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
        foreach (var page in new[] { home, admin })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            var html = await page.Content.ReadAsStringAsync(cancel);
            Assert.Contains("The site is being set up", html, StringComparison.Ordinal);
            Assert.Contains("step 2 of 2, SlowStep, 1 of 3 items", html, StringComparison.Ordinal);
        }

        _signal.Release.SetResult();
        await WaitUntilReadyAsync(client, cancel);

        var after = await client.GetAsync(new Uri("/", UriKind.Relative), cancel);
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative), cancel)).StatusCode);
    }

    [Fact]
    public async Task Health_FromBeforeTheDatabaseExistsUntilReady_IsLiveAndNotReadyThenReady_NeverAnError()
    {
        var cancel = TestContext.Current.CancellationToken;
        _signal.Release.SetResult();
        var client = await Task.Run(() => _site.CreateClient(), cancel).WaitAsync(Timeout, cancel);
        await _migration.Entered.Task.WaitAsync(Timeout, cancel);

        // Held before the first migration: no tables, no OpenID keys loaded yet.
        var held = await GetStatusesAsync(client, cancel);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), held);

        _migration.Release.SetResult();
        var seen = new List<(HttpStatusCode Live, HttpStatusCode Ready, HttpStatusCode Home)> { held };
        var deadline = DateTime.UtcNow + Timeout;
        while (seen[^1].Ready != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            seen.Add(await GetStatusesAsync(client, cancel));
        }

        Assert.Equal(HttpStatusCode.OK, seen[^1].Ready);
        Assert.All(seen, s => Assert.Equal(HttpStatusCode.OK, s.Live));
        Assert.All(seen[..^1], s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s.Ready));
        // The slow recipe has no home page: 404 once set up; the setup page before; never an error.
        Assert.All(seen, s => Assert.True(s.Home is HttpStatusCode.NotFound or HttpStatusCode.ServiceUnavailable, $"/ answered {s.Home} during setup."));
    }

    public async ValueTask DisposeAsync()
    {
        _migration.Release.TrySetResult();
        _signal.Release.TrySetResult();
        await _site.DisposeAsync();
        _site.DeleteData();
        Directory.Delete(_recipes, recursive: true);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative), cancel)).StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100, cancel);
        }

        Assert.Fail("/health/ready did not answer 200 after setup was let go on.");
    }

    private static async Task<(HttpStatusCode Live, HttpStatusCode Ready, HttpStatusCode Home)> GetStatusesAsync(HttpClient client, CancellationToken cancel)
    {
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), cancel);
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), cancel);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), cancel);
        return (live.StatusCode, ready.StatusCode, home.StatusCode);
    }

    /// <summary>A tenant initializer that runs before every other (before the database is created) and waits until the test lets it go on.</summary>
    private sealed class HeldMigration(HeldMigration.Signal signal) : ITenantInitializer
    {
        public int Order => int.MinValue;

        public async Task InitializeAsync(CancellationToken cancellationToken)
        {
            signal.Entered.TrySetResult();
            await signal.Release.Task.WaitAsync(cancellationToken);
        }

        public sealed class Signal
        {
            public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>A recipe step that reports one of three items done, then waits until the test lets it go on.</summary>
    private sealed class SlowStep(SlowStep.Signal signal) : IRecipeStep
    {
        public const string StepName = "SlowStep";

        public string Name => StepName;

        public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
        {
            context.ReportItems(1, 3);
            signal.Entered.TrySetResult();
            await signal.Release.Task.WaitAsync(cancellationToken);
        }

        public sealed class Signal
        {
            public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
