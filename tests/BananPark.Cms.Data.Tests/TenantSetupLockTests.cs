using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Services;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Data.Tests;

/// <summary>
/// The setup lock on every provider (one subclass each; SQLite: an OS file lock, PostgreSQL: an advisory lock):
/// one holder at a time, the others wait (told once) or give up when cancelled.
/// </summary>
public abstract class TenantSetupLockTests : IAsyncLifetime
{
    protected static readonly TenantSettings Tenant = new() { Name = TenantSettings.DefaultName };
    private TestTenant _tenant = null!;

    protected abstract TestStore Store { get; }

    protected TestTenant TestTenant => _tenant;

    public async ValueTask InitializeAsync() => _tenant = await TestTenant.CreateAsync(Store);

    public async ValueTask DisposeAsync()
    {
        await _tenant.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task AcquireAsync_WhenAnotherHolds_WaitsUntilReleasedAndTellsOnce()
    {
        var cancel = TestContext.Current.CancellationToken;
        await _tenant.RunAsync<ITenantSetupLock>(async setupLock =>
        {
            var told = 0;
            var held = await setupLock.AcquireAsync(Tenant, null, cancel);
            var waiting = setupLock.AcquireAsync(Tenant, () => Interlocked.Increment(ref told), cancel);
            await Task.Delay(TimeSpan.FromSeconds(1), cancel);
            var waitedWhileHeld = !waiting.IsCompleted;

            await held.DisposeAsync();
            await using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(10), cancel);

            Assert.True(waitedWhileHeld);
            Assert.Equal(1, told);
        });
    }

    [Fact]
    public async Task AcquireAsync_WhenCancelledWhileWaiting_GivesUp()
    {
        var cancel = TestContext.Current.CancellationToken;
        await _tenant.RunAsync<ITenantSetupLock>(async setupLock =>
        {
            await using var held = await setupLock.AcquireAsync(Tenant, null, cancel);
            using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => setupLock.AcquireAsync(Tenant, null, giveUp.Token));
        });
    }

    [Fact]
    public async Task AcquireAsync_WhenReleased_IsFreeForTheNext()
    {
        var cancel = TestContext.Current.CancellationToken;
        await _tenant.RunAsync<ITenantSetupLock>(async setupLock =>
        {
            await (await setupLock.AcquireAsync(Tenant, null, cancel)).DisposeAsync();
            var told = false;

            await using var again = await setupLock.AcquireAsync(Tenant, () => told = true, cancel).WaitAsync(TimeSpan.FromSeconds(5), cancel);

            Assert.False(told);
        });
    }
}
