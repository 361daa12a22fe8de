using BananPark.Cms.Admin.Components.ContentTypes;
using BananPark.Cms.Content.Services.Definitions;
using Bunit;

namespace BananPark.Cms.Admin.Tests.ContentTypes;

public sealed class StoredDataPurgeTests : TenantComponentTest
{
    protected override bool ImportsBananRecipe => true;

    [Fact]
    public async Task Render_WhenARemovedFieldHasValues_AsksToConfirmWithTheCounts()
    {
        await Tenant.RunAsync<ContentTypeEditor, EditorResult>(e => e.RemoveFieldAsync("Enterprise", "Website"));

        var cut = RenderAs<StoredDataPurge>(Administrator, p => p.Add(x => x.Name, "Enterprise").Add(x => x.Property, "Website"));

        cut.WaitForAssertion(() => Assert.Contains("from 19 version(s) of 19 item(s)", cut.Find("#confirm-purge ~ p").TextContent, StringComparison.Ordinal));
        var form = cut.Find("form");
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.True(cut.Find("input[name=confirm]").HasAttribute("required"));
        Assert.Equal("Purge", cut.Find("form button[type=submit]").TextContent);
    }

    [Fact]
    public void Render_WhenTheFieldIsStillDefined_ExplainsAndOffersNoPurge()
    {
        var cut = RenderAs<StoredDataPurge>(Administrator, p => p.Add(x => x.Name, "Enterprise").Add(x => x.Property, "Website"));

        cut.WaitForAssertion(() => Assert.Contains("remove the field first", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("form"));
    }
}
