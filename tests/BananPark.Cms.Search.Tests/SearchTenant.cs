using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Search;
using BananPark.Cms.Testing;
using Microsoft.Extensions.Configuration;

namespace BananPark.Cms.Search.Tests;

/// <summary>A test tenant with search wired as the host wires it, a <c>Page</c> type with HTML, Markdown and text, and helpers.</summary>
public static class SearchTenant
{
    /// <summary>A routable, draftable type: title, HTML body, route, and its own part with a Markdown and a text field.</summary>
    private const string PageType = """
        {"name":"page","steps":[{"name":"ContentDefinition",
          "ContentTypes":[{"Name":"Page","DisplayName":"Page","Settings":{"ContentTypeSettings":{"Creatable":true,"Draftable":true}},
            "ContentTypePartDefinitionRecords":[{"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"HtmlBodyPart","Name":"HtmlBodyPart"},
              {"PartName":"AutoroutePart","Name":"AutoroutePart"},{"PartName":"Page","Name":"Page"}]}],
          "ContentParts":[{"Name":"Page","ContentPartFieldDefinitionRecords":[{"FieldName":"MarkdownField","Name":"Notes"},{"FieldName":"TextField","Name":"Summary"}]}]}]}
        """;

    public static async Task<TestTenant> CreateAsync(TestStore store = TestStore.Sqlite)
    {
        var configuration = new ConfigurationBuilder().Build();
        var tenant = await TestTenant.CreateAsync(services => services.AddCmsSearch(configuration), new Dictionary<string, string?>(), store);
        await tenant.ImportAsync(PageType);
        return tenant;
    }

    /// <summary>A Page with <paramref name="html"/> as its body (and optionally Markdown notes and a text summary).</summary>
    public static ContentItem Page(string title, string route, string html, string? markdown = null, string? summary = null)
    {
        var item = new ContentItemBuilder("Page").WithTitle(title).WithRoute(route).Build();
        item.Apply(new HtmlBodyPart { Html = html });
        item.SetField("Page", "Notes", new MarkdownField { Markdown = markdown });
        item.SetField("Page", "Summary", new TextField { Text = summary });
        return item;
    }

    public static Task<ContentItem> SaveAsync(this TestTenant tenant, ContentItem item, bool publish = true)
        => tenant.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(item, publish));

    public static Task<SearchResults> SearchAsync(this TestTenant tenant, string? text, int page = 1, int pageSize = 10)
        => tenant.RunAsync<ISearchIndex, SearchResults>(i => i.QueryAsync(new SearchQuery { Text = text, Page = page, PageSize = pageSize }));

    /// <summary>The routes of the hits for <paramref name="text"/>, best first.</summary>
    public static async Task<IReadOnlyList<string>> RoutesAsync(this TestTenant tenant, string text)
        => (await tenant.SearchAsync(text, pageSize: SearchQuery.MaxPageSize)).Hits.Select(h => h.Route).ToList();
}
