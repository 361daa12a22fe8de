using BananPark.Cms.Testing;

namespace BananPark.Cms.Data.Tests;

/// <summary>The setup lock's facts on SQLite (<c>setup.lock</c>, an OS lock).</summary>
public sealed class SqliteTenantSetupLockTests : TenantSetupLockTests
{
    protected override TestStore Store => TestStore.Sqlite;
}
