using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Tenancy.Services;

/// <summary>The scope's tenant; set by the resolution middleware or by a background job before use.</summary>
public sealed class TenantContext(TenantRegistry registry) : ITenantContext
{
    private TenantSettings? _tenant;

    public TenantSettings Tenant
    {
        get => _tenant ?? registry.Default;
        set => _tenant = value;
    }
}
