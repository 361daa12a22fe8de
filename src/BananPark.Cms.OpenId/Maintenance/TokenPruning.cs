using BananPark.Cms.OpenId.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Maintenance;

/// <summary>What one pruning pass removed.</summary>
/// <param name="Tokens">Token rows deleted.</param>
/// <param name="Authorizations">Authorization rows deleted.</param>
public sealed record PruneResult(int Tokens, int Authorizations);

/// <summary>
/// Deletes, in batches of <see cref="OpenIdOptions.PruneBatchSize"/>, the tenant's tokens and authorizations older than
/// <see cref="OpenIdOptions.PruneMinimumAge"/> that can no longer be used: tokens expired, redeemed, revoked or
/// rejected, or whose authorization is no longer valid; authorizations no longer valid, or ad-hoc ones left without
/// tokens, once none of their tokens remains (a token row points at its authorization). Permanent, valid
/// authorizations (a consent the user gave for good) stay. Each batch is a statement of its own, so a pass over
/// millions of rows never holds one long transaction.
/// </summary>
public sealed class TokenPruning(OpenIdDbContext db, TimeProvider clock, IOptions<OpenIdOptions> options)
{
    public async Task<PruneResult> PruneAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var threshold = now - options.Value.PruneMinimumAge;
        var batch = options.Value.PruneBatchSize;
        var tokens = db.Set<OpenIddictEntityFrameworkCoreToken>();
        var authorizations = db.Set<OpenIddictEntityFrameworkCoreAuthorization>();

        var prunableTokens = tokens.Where(t => t.CreationDate < threshold
            && ((t.Status != Statuses.Valid && t.Status != Statuses.Inactive)
                || (t.Authorization != null && t.Authorization.Status != Statuses.Valid)
                || t.ExpirationDate < now));
        var deletedTokens = await DeleteInBatchesAsync(tokens, prunableTokens, batch, cancellationToken);

        var prunableAuthorizations = authorizations.Where(a => a.CreationDate < threshold
            && !a.Tokens.Any()
            && (a.Status != Statuses.Valid || a.Type == AuthorizationTypes.AdHoc));
        var deletedAuthorizations = await DeleteInBatchesAsync(authorizations, prunableAuthorizations, batch, cancellationToken);
        return new PruneResult(deletedTokens, deletedAuthorizations);
    }

    private static async Task<int> DeleteInBatchesAsync<TEntity>(DbSet<TEntity> set, IQueryable<TEntity> prunable, int batch, CancellationToken cancellationToken)
        where TEntity : class
    {
        var deleted = 0;
        while (true)
        {
            // Ids first, then a delete by id: a LIMIT inside DELETE is not portable across SQLite and PostgreSQL.
            var ids = await prunable.Select(e => EF.Property<string>(e, "Id")).Order().Take(batch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return deleted;
            }

            deleted += await set.Where(e => ids.Contains(EF.Property<string>(e, "Id"))).ExecuteDeleteAsync(cancellationToken);
            if (ids.Count < batch)
            {
                return deleted;
            }
        }
    }
}
