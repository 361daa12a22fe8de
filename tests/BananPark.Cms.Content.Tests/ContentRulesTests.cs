using System.Text.Json.Nodes;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;
using static BananPark.Cms.Testing.DefinitionBuilder;

namespace BananPark.Cms.Content.Tests;

public sealed class ContentRulesTests
{
    private static readonly ContentRules Rules = KindServices.Rules;

    private const string Type = "Enterprise";

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("&#x6A;avascript:alert(1)")]
    [InlineData("javascript&colon;alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("ftp://files.example.com/")]
    [InlineData("//evil.example.com/")]
    public void ValidateSafety_WhenLinkSchemeIsNotAllowed_RefusesIt(string url)
    {
        var (item, type, definition) = Link(url);

        var problems = Rules.ValidateSafety(item, type, definition);

        var problem = Assert.Single(problems);
        Assert.Equal("Enterprise.Website", problem.Path);
        Assert.Equal("Website: only http, https, mailto and tel links are allowed.", problem.Message);
    }

    [Theory]
    [InlineData("https://www.example.com/about?x=1")]
    [InlineData("http://example.com")]
    [InlineData("HTTPS://EXAMPLE.COM")]
    [InlineData("mailto:invest@example.com")]
    [InlineData("tel:+86-023-67862888")]
    [InlineData("/enterprises/blue-moon")]
    [InlineData("#contact")]
    [InlineData("")]
    [InlineData(null)]
    public void ValidateSafety_WhenLinkIsAllowed_HasNoProblem(string? url)
    {
        var (item, type, definition) = Link(url);

        Assert.Empty(Rules.ValidateSafety(item, type, definition));
    }

    [Fact]
    public void ValidateSafety_WhenPropertyNameIsLowerCase_StillChecksIt()
    {
        var (item, type, definition) = Link(null);
        item.Content[Type]!["Website"] = new JsonObject { ["url"] = "javascript:alert(1)" };

        Assert.Single(Rules.ValidateSafety(item, type, definition));
    }

    [Fact]
    public void ValidateSettings_WhenRequiredValuesAreBlank_ReportsEachWithItsPath()
    {
        var definition = new DefinitionBuilder(Type)
            .Part("TitlePart", Settings(("TitlePartSettings", new JsonObject { ["Options"] = "EditableRequired" })))
            .Field("TextField", "Name", "Name", Settings(("TextFieldSettings", new JsonObject { ["Required"] = true })))
            .Field("NumericField", "Area", "Area", Settings(("NumericFieldSettings", new JsonObject { ["Required"] = true })))
            .Field("LinkField", "Website", "Website", Settings(("LinkFieldSettings", new JsonObject { ["Required"] = true })))
            .Field("HtmlField", "Intro", "Intro", Settings(("HtmlFieldSettings", new JsonObject { ["Required"] = true })))
            .Field("ContentPickerField", "Group", "Group", Settings(("ContentPickerFieldSettings", new JsonObject { ["Required"] = true })))
            .Field("DateField", "Founded", "Founded", Settings(("DateFieldSettings", new JsonObject { ["Required"] = true })))
            .Field("MultiTextField", "Tags", "Tags", Settings(("MultiTextFieldSettings", new JsonObject { ["Required"] = true })))
            .Build();
        var item = new ContentItemBuilder(Type).WithText("Name", "   ").With(i =>
        {
            i.Apply(new TitlePart { Title = " " });
            i.SetField(Type, "Intro", new HtmlField { Html = "<p> </p>" });
        }).Build();

        var problems = Rules.ValidateSettings(item, definition.FindType(Type)!, definition);

        Assert.Equal(
            [
                ("TitlePart.Title", "Title is required."),
                ("Enterprise.Name", "Name is required."),
                ("Enterprise.Area", "Area is required."),
                ("Enterprise.Website", "Website: a URL is required."),
                ("Enterprise.Intro", "Intro is required."),
                ("Enterprise.Group", "Group is required."),
                ("Enterprise.Founded", "Founded is required."),
                ("Enterprise.Tags", "Tags is required."),
            ],
            problems);
    }

    [Fact]
    public void ValidateSettings_WhenTitleIsOptional_AcceptsNoTitle()
    {
        var definition = new DefinitionBuilder(Type).Part("TitlePart").Build();

        Assert.Empty(Rules.ValidateSettings(new ContentItemBuilder(Type).Build(), definition.FindType(Type)!, definition));
    }

    [Theory]
    [InlineData("重庆巴南", true)]
    [InlineData("重庆巴南区", false)]
    [InlineData("👍🏽👍🏽👍🏽👍🏽", true)]
    public void ValidateSettings_WithMaxLength_CountsTextElements(string text, bool valid)
    {
        var definition = new DefinitionBuilder(Type)
            .Field("TextField", "Short", "Short name", Settings(("TextFieldSettings", new JsonObject { ["MaxLength"] = 4 }))).Build();
        var item = new ContentItemBuilder(Type).WithText("Short", text).Build();

        var problems = Rules.ValidateSettings(item, definition.FindType(Type)!, definition);

        Assert.Equal(valid, problems.Count == 0);
        if (!valid)
        {
            Assert.Equal(("Enterprise.Short", "Short name: at most 4 characters are allowed; this has 5."), Assert.Single(problems));
        }
    }

    [Fact]
    public void ValidateSettings_WithoutMaxLength_UsesTheDefaultOfTheEditor()
    {
        var definition = new DefinitionBuilder(Type)
            .Field("TextField", "Line", "Line")
            .Field("TextField", "Area", "Area", Settings(("ContentPartFieldSettings", new JsonObject { ["Editor"] = "TextArea" })))
            .Build();
        var text = new string('巴', 1_001);
        var item = new ContentItemBuilder(Type).WithText("Line", text).WithText("Area", text).Build();

        var problems = Rules.ValidateSettings(item, definition.FindType(Type)!, definition);

        Assert.Equal(("Enterprise.Line", "Line: at most 1,000 characters are allowed; this has 1,001."), Assert.Single(problems));
    }

    [Fact]
    public void ValidateSettings_ForRichText_CountsOnlyTheTextOfTheHtml()
    {
        var definition = new DefinitionBuilder(Type)
            .Field("HtmlField", "Intro", "Intro", Settings(("HtmlFieldSettings", new JsonObject { ["MaxLength"] = 4 }))).Build();
        var fits = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Intro", new HtmlField { Html = "<p class=\"lead\">重庆<b>巴南</b></p>" })).Build();
        var tooLong = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Intro", new HtmlField { Html = "<p>重庆&amp;巴南</p>" })).Build();

        Assert.Empty(Rules.ValidateSettings(fits, definition.FindType(Type)!, definition));
        Assert.Equal("Intro: at most 4 characters are allowed; this has 5.", Assert.Single(Rules.ValidateSettings(tooLong, definition.FindType(Type)!, definition)).Message);
    }

    [Theory]
    [InlineData("-0.5", "Area: the smallest value allowed is 0.")]
    [InlineData("100000.01", "Area: the largest value allowed is 100,000.")]
    [InlineData("4.775", "Area: at most 2 decimal places are allowed.")]
    [InlineData("4.770", null)]
    [InlineData("100000", null)]
    [InlineData("0", null)]
    public void ValidateSettings_ForNumbers_ChecksBoundsAndScale(string value, string? message)
    {
        var definition = new DefinitionBuilder(Type).Field("NumericField", "Area", "Area",
            Settings(("NumericFieldSettings", new JsonObject { ["Scale"] = 2, ["Minimum"] = 0, ["Maximum"] = 100000 }))).Build();
        var item = new ContentItemBuilder(Type).With(i => i.Content[Type] = new JsonObject { ["Area"] = JsonNode.Parse($"{{\"Value\":{value}}}") }).Build();

        var problems = Rules.ValidateSettings(item, definition.FindType(Type)!, definition);

        Assert.Equal(message, problems.SingleOrDefault().Message);
    }

    [Fact]
    public void ValidateSettings_WhenScaleIsZero_AsksForAWholeNumber()
    {
        var definition = new DefinitionBuilder(Type).Field("NumericField", "Order", "Order").Build();
        var item = new ContentItemBuilder(Type).WithNumber("Order", 2.5m).Build();

        Assert.Equal("Order: enter a whole number.", Assert.Single(Rules.ValidateSettings(item, definition.FindType(Type)!, definition)).Message);
    }

    [Fact]
    public void ValidateSettings_WhenASinglePickerHoldsTwoItems_AsksForOne()
    {
        var definition = new DefinitionBuilder(Type).OtherType("Group").Field("ContentPickerField", "Group", "Group",
            Settings(("ContentPickerFieldSettings", new JsonObject { ["DisplayedContentTypes"] = new JsonArray("Group") }))).Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Group", new ContentPickerField { ContentItemIds = ["a", "b"] })).Build();

        Assert.Equal(("Enterprise.Group", "Group: pick only one item."), Assert.Single(Rules.ValidateSettings(item, definition.FindType(Type)!, definition)));
    }

    [Fact]
    public void ValidateSettings_WithPickedItemTypes_RefusesATypeThePickerDoesNotOffer()
    {
        var definition = new DefinitionBuilder(Type).OtherType("Group").OtherType("Cluster", "Industry cluster").Field("ContentPickerField", "Group", "Group",
            Settings(("ContentPickerFieldSettings", new JsonObject { ["Multiple"] = true, ["DisplayedContentTypes"] = new JsonArray("Group") }))).Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Group", new ContentPickerField { ContentItemIds = ["g1", "c1", "gone"] })).Build();
        var type = definition.FindType(Type)!;

        Assert.Equal(["g1", "c1", "gone"], Rules.PickedItemIds(item, type, definition));
        Assert.Empty(Rules.ValidateSettings(item, type, definition));
        var problem = Assert.Single(Rules.ValidateSettings(item, type, definition, new Dictionary<string, string> { ["g1"] = "Group", ["c1"] = "Cluster" }));
        Assert.Equal(("Enterprise.Group", "Group: an item of type Industry cluster can't be picked here."), problem);
    }

    [Fact]
    public void ValidateSettings_WhenLinkTextIsRequired_AsksForIt()
    {
        var definition = new DefinitionBuilder(Type).Field("LinkField", "Website", "Website",
            Settings(("LinkFieldSettings", new JsonObject { ["LinkTextMode"] = "Required" }))).Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Website", new LinkField { Url = "https://example.com" })).Build();

        Assert.Equal(("Enterprise.Website", "Website: the link text is required."), Assert.Single(Rules.ValidateSettings(item, definition.FindType(Type)!, definition)));
    }

    [Fact]
    public async Task ValidateSettings_OnTheBananRecipe_AcceptsEveryItem()
    {
        await using var tenant = await TestTenant.CreateAsync();
        var cancel = TestContext.Current.CancellationToken;
        await tenant.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe, cancellationToken: cancel));
        var (definition, items) = await tenant.RunScopeAsync(async services => (
            await services.GetRequiredService<IContentDefinitionManager>().GetAsync(cancel),
            await services.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Take = 1000 }, cancel)));

        Assert.Equal(30, items.Count);
        Assert.All(items, item =>
        {
            var type = definition.FindType(item.ContentType)!;
            Assert.Empty(Rules.ValidateSafety(item, type, definition));
            Assert.Empty(Rules.ValidateSettings(item, type, definition));
        });
    }

    private static (ContentItem Item, ContentTypeDefinition Type, ContentDefinition Definition) Link(string? url)
    {
        var definition = new DefinitionBuilder(Type).Field("LinkField", "Website", "Website").Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Website", new LinkField { Url = url, Text = "Site" })).Build();
        return (item, definition.FindType(Type)!, definition);
    }
}
