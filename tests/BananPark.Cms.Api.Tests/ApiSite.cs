using BananPark.Cms.Web.Tests;

namespace BananPark.Cms.Api.Tests;

/// <summary>The assembled site (the Banan recipe) with a known Administrator password, shared by a test class.</summary>
public sealed class ApiSite : AdminSite;
