using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Data.Services;

/// <summary>
/// A context other than <see cref="CmsDbContext"/> that shares the tenant's connection (the identity store):
/// the unit of work enlists it in each transaction it begins, so its writes commit and roll back with
/// the rest. Register with <see cref="DataServiceCollectionExtensions.AddCmsStoreEnlistment{TContext}"/>.
/// </summary>
public interface IStoreEnlistment
{
    /// <summary>Writes go into <paramref name="transaction"/> from now on; null once it has ended.</summary>
    void Enlist(DbTransaction? transaction);

    /// <summary>The transaction (or a nested one) rolled back: what the context tracks no longer matches the store.</summary>
    void RolledBack();
}

/// <summary>Enlists a scoped EF context on the tenant's connection.</summary>
internal sealed class DbContextEnlistment<TContext>(TContext db) : IStoreEnlistment
    where TContext : DbContext
{
    public void Enlist(DbTransaction? transaction) => db.Database.UseTransaction(transaction);

    public void RolledBack() => db.ChangeTracker.Clear();
}
