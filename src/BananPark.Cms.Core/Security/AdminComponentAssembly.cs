using System.Reflection;

namespace BananPark.Cms.Core.Security;

/// <summary>
/// An assembly whose routable Razor components the admin serves inside its layout (a capability's own screens:
/// users, media, applications). Each capability registers one as a singleton beside its menu contributor.
/// </summary>
/// <param name="Assembly">The assembly holding the components.</param>
public sealed record AdminComponentAssembly(Assembly Assembly);
