using BananPark.Cms.Admin.Fields;
using BananPark.Cms.Admin.Parts;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Content;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests;

/// <summary>The admin's field and part editors as the host registers them, for binder tests that need no tenant.</summary>
public static class AdminKindServices
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddCmsContent().AddCmsFieldEditors().AddCmsPartEditors().AddSingleton<ItemFormBinder>().BuildServiceProvider();

    public static ItemFormBinder Binder => Services.GetRequiredService<ItemFormBinder>();

    public static FieldEditors Fields => Services.GetRequiredService<FieldEditors>();
}
