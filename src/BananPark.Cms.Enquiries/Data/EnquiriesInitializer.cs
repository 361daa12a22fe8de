using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Enquiries.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Enquiries.Data;

/// <summary>Applies the enquiry migrations to the tenant's database on start; from then on the outbox serves the tenant.</summary>
internal sealed class EnquiriesInitializer(EnquiriesDbContext db, ITenantContext tenant, OutboxTenants outbox) : ITenantInitializer
{
    public int Order => 30;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        outbox.Started(tenant.Tenant.Name);
    }
}
