namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The browser test classes run one at a time (each with a server and a Chromium of its own): two
/// of those at once on a two-core machine starve each other and the in-process tests beside them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserClasses
{
    public const string Name = "Browser";
}
