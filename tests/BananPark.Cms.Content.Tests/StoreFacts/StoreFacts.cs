using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Content.Tests.StoreFacts;

/// <summary>
/// The store's facts, written once and run on every provider (one subclass each): versions, one published and
/// one latest version per item, routes, the concurrency stamp, import atomicity and idempotency, the audit trail
/// in the change's transaction, setup once. The facts are split over the partial files by subject.
/// </summary>
public abstract partial class StoreFacts : WorkflowTestBase
{
    /// <summary>Display text that makes <see cref="RefusingListener"/> throw inside the change's transaction.</summary>
    protected const string Refused = "Refused by a listener";

    protected override void ConfigureServices(IServiceCollection services)
        => services.AddScoped<IContentEventListener, RefusingListener>();

    /// <summary>A listener that refuses one item after the audit trail has written its row, in the same transaction.</summary>
    private sealed class RefusingListener : IContentEventListener
    {
        public Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken)
            => contentEvent.Item.DisplayText == Refused ? throw new InvalidOperationException("refused") : Task.CompletedTask;
    }
}

/// <summary>The store's facts on SQLite.</summary>
public sealed class SqliteStoreFacts : StoreFacts
{
    protected override TestStore Store => TestStore.Sqlite;
}

/// <summary>The store's facts on PostgreSQL (skipped without CMS_TEST_POSTGRES, failing when CMS_REQUIRE_POSTGRES=1).</summary>
public sealed class PostgreSqlStoreFacts : StoreFacts
{
    protected override TestStore Store => TestStore.PostgreSql;
}
