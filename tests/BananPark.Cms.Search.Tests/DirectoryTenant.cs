using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Search;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Search.Tests;

/// <summary>
/// A directory in small: <c>Sector</c> items list <c>Firm</c>s (the container facet <c>sector</c>); a firm has a
/// picked <c>Group</c>, a <c>Kind</c> text and a <c>Listed</c> yes/no marked as facets, and a <c>Note</c> text that is not.
/// </summary>
public static class DirectoryTenant
{
    private const string Types = """
        {"name":"directory","steps":[{"name":"ContentDefinition",
          "ContentTypes":[
            {"Name":"Sector","DisplayName":"Sector","Settings":{},"ContentTypePartDefinitionRecords":[{"PartName":"TitlePart","Name":"TitlePart"},
              {"PartName":"AutoroutePart","Name":"AutoroutePart"},{"PartName":"ListPart","Name":"ListPart","Settings":{"ListPartSettings":{"ContainedContentTypes":["Firm"]}}}]},
            {"Name":"Holding","DisplayName":"Holding","Settings":{},"ContentTypePartDefinitionRecords":[{"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"AutoroutePart","Name":"AutoroutePart"}]},
            {"Name":"Firm","DisplayName":"Firm","Settings":{},"ContentTypePartDefinitionRecords":[{"PartName":"TitlePart","Name":"TitlePart"},
              {"PartName":"HtmlBodyPart","Name":"HtmlBodyPart"},{"PartName":"AutoroutePart","Name":"AutoroutePart"},{"PartName":"Firm","Name":"Firm"}]}],
          "ContentParts":[{"Name":"Firm","ContentPartFieldDefinitionRecords":[
            {"FieldName":"ContentPickerField","Name":"Group","Settings":{"ContentPartFieldSettings":{"DisplayName":"Group","Position":"0","Facet":true},"ContentPickerFieldSettings":{"DisplayedContentTypes":["Holding"]}}},
            {"FieldName":"TextField","Name":"Kind","Settings":{"ContentPartFieldSettings":{"DisplayName":"Kind","Position":"1","Facet":true}}},
            {"FieldName":"BooleanField","Name":"Listed","Settings":{"ContentPartFieldSettings":{"DisplayName":"Listed","Position":"2","Facet":true}}},
            {"FieldName":"TextField","Name":"Note","Settings":{"ContentPartFieldSettings":{"DisplayName":"Note","Position":"3"}}}]}]}]}
        """;

    /// <summary>The facets of <c>Firm</c>, in order.</summary>
    public static readonly string[] Facets = ["sector", "group", "kind", "listed"];

    public static async Task<TestTenant> CreateAsync(TestStore store)
    {
        var tenant = await SearchTenant.CreateAsync(store);
        await tenant.ImportAsync(Types);
        return tenant;
    }

    public static Task<ContentItem> SaveNamedAsync(this TestTenant tenant, string type, string title)
        => tenant.SaveAsync(new ContentItemBuilder(type).WithTitle(title).WithRoute(type.ToLowerInvariant() + "/" + title.ToLowerInvariant()).Build());

    /// <summary>A firm in <paramref name="sector"/>, of <paramref name="group"/> (either may be null).</summary>
    public static ContentItem Firm(string title, string? sector, string? group, string kind, bool listed, string body = "")
    {
        var item = new ContentItemBuilder("Firm").WithTitle(title).WithRoute("firms/" + title.ToLowerInvariant().Replace(' ', '-')).Build();
        item.Apply(new HtmlBodyPart { Html = body });
        item.SetField("Firm", "Group", new ContentPickerField { ContentItemIds = group is null ? [] : [group] });
        item.SetField("Firm", "Kind", new TextField { Text = kind });
        item.SetField("Firm", "Listed", new BooleanField { Value = listed });
        if (sector is not null)
        {
            item.Apply(new ContainedPart { ListContentItemId = sector });
        }

        return item;
    }

    public static Task<DirectoryResults> DirectoryAsync(this TestTenant tenant, string? text = null, int skip = 0, int take = 50, params (string Facet, string[] Values)[] selected)
        => tenant.RunAsync<ISearchIndex, DirectoryResults>(i => i.DirectoryAsync(new DirectoryQuery
        {
            ContentType = "Firm",
            Facets = Facets,
            Selected = selected.ToDictionary(s => s.Facet, s => (IReadOnlyList<string>)s.Values),
            Text = text,
            Skip = skip,
            Take = take,
        }));

    /// <summary>A facet's counts as <c>value=count</c>, ordered by value.</summary>
    public static IReadOnlyList<string> Counts(this DirectoryResults results, string facet)
        => results.Counts[facet].Select(c => c.Value + "=" + c.Count).Order(StringComparer.Ordinal).ToList();
}
