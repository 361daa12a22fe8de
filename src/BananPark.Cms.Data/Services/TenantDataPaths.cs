using BananPark.Cms.Core.Tenancy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Data.Services;

/// <summary>Where each tenant's files live: <c>{DataPath}/Sites/{Tenant}/</c>.</summary>
public sealed class TenantDataPaths
{
    public TenantDataPaths(IOptions<DataOptions> options, IHostEnvironment environment)
        => Root = Path.GetFullPath(options.Value.DataPath, environment.ContentRootPath);

    /// <summary>The paths of a data folder at <paramref name="root"/> (absolute), e.g. a backup's.</summary>
    public TenantDataPaths(string root) => Root = root;

    /// <summary>The absolute data root.</summary>
    public string Root { get; }

    /// <summary>The tenant's folder (not created here).</summary>
    public string TenantFolder(TenantSettings tenant) => Path.Combine(Root, "Sites", tenant.Name);

    /// <summary>The tenant's SQLite connection string.</summary>
    public string SqliteConnectionString(TenantSettings tenant)
        => $"Data Source={Path.Combine(TenantFolder(tenant), "cms.db")};Foreign Keys=True;Pooling=True";
}
