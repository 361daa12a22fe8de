namespace BananPark.Cms.Core.Tenancy;

/// <summary>The tenant the current request or background job works for.</summary>
public interface ITenantContext
{
    /// <summary>The current tenant; resolved before any other service runs.</summary>
    TenantSettings Tenant { get; }
}
