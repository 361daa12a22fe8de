using BananPark.Cms.Data;
using BananPark.Cms.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Joins the identity context to the unit of work: both contexts of a scope share one connection,
/// and identity writes made during an import go into the import's transaction (all or nothing).
/// </summary>
public sealed class IdentityStore(CmsDbContext content, CmsIdentityDbContext identity)
{
    public CmsIdentityDbContext Db => identity;

    public async Task EnlistAsync(CancellationToken cancellationToken = default)
    {
        var transaction = content.Database.CurrentTransaction;
        if (transaction is not null && identity.Database.CurrentTransaction is null)
        {
            await identity.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        }
    }
}
