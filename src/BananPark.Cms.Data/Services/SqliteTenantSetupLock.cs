using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Data.Services;

/// <summary>
/// <see cref="ITenantSetupLock"/> for SQLite: an exclusive OS lock on <c>setup.lock</c> in the tenant's
/// folder (.NET locks a file opened with <see cref="FileShare.None"/>; on Linux and macOS with <c>flock</c>),
/// tried again every <see cref="PollInterval"/>. The OS drops the lock when the holder exits or dies, so a
/// crashed setup never blocks the next start. The file stays: deleting it would let two processes lock
/// two different files of the same name.
/// </summary>
internal sealed class SqliteTenantSetupLock(TenantDataPaths paths, TimeProvider clock) : ITenantSetupLock
{
    public const string FileName = "setup.lock";

    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public async Task<IAsyncDisposable> AcquireAsync(TenantSettings tenant, Action? waiting, CancellationToken cancellationToken)
    {
        var folder = paths.TenantFolder(tenant);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var told = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                if (!told)
                {
                    told = true;
                    waiting?.Invoke();
                }

                await Task.Delay(PollInterval, clock, cancellationToken);
            }
        }
    }

    /// <summary>EWOULDBLOCK on Linux (11) and macOS (35); a sharing or lock violation on Windows.</summary>
    private static bool IsHeldElsewhere(IOException e)
        => e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);
}
