using BananPark.Cms.Content;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Theming.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Testing;

/// <summary>
/// The field and part kinds as the host registers them (Content's rules, Theming's displays), for tests of
/// pure functions that need no tenant. Only singletons that touch no storage are resolved from it.
/// </summary>
public static class KindServices
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddCmsContent().AddCmsFieldDisplays().BuildServiceProvider();

    public static ContentKinds Kinds => Services.GetRequiredService<ContentKinds>();

    public static ContentRules Rules => Services.GetRequiredService<ContentRules>();

    public static ContentDiff Diff => Services.GetRequiredService<ContentDiff>();

    public static IRichText RichText => Services.GetRequiredService<IRichText>();

    public static FieldDisplays Displays => Services.GetRequiredService<FieldDisplays>();
}
