using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class ItemFormBinderTests
{
    private static readonly ItemFormBinder Binder = AdminKindServices.Binder;

    private const string Type = "Article";

    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type)
        .Part("TitlePart")
        .Part("AutoroutePart", DefinitionBuilder.Settings(("AutoroutePartSettings", new JsonObject { ["AllowCustomPath"] = true, ["ShowHomepageOption"] = true })))
        .Part("HtmlBodyPart")
        .Part("MarkdownBodyPart")
        .Field("TextField", "Name", "Name")
        .Field("TextField", "Summary", "Summary", DefinitionBuilder.Settings(("ContentPartFieldSettings", new JsonObject { ["Editor"] = "TextArea" })))
        .Field("NumericField", "Area", "Area")
        .Field("BooleanField", "Featured", "Featured")
        .Field("DateField", "Founded", "Founded")
        .Field("DateTimeField", "Opens", "Opens")
        .Field("HtmlField", "Intro", "Intro")
        .Field("MarkdownField", "Notes", "Notes")
        .Field("LinkField", "Website", "Website")
        .Field("ContentPickerField", "Group", "Group")
        .Field("ContentPickerField", "Partners", "Partners", DefinitionBuilder.Settings(("ContentPickerFieldSettings", new JsonObject { ["Multiple"] = true })))
        .Field("MultiTextField", "Tags", "Tags")
        .Field("MediaField", "Logo", "Logo")
        .Field("ColorField", "Brand", "Brand")
        .Build();

    [Fact]
    public void Bind_EveryKind_StoresThePostedValuesInOrchardsShape()
    {
        var item = new ContentItemBuilder(Type).Build();

        var problems = Bind(item,
            ("TitlePart.Title", "  重庆巴南  "), ("AutoroutePart.Path", "/groups/jieshi/"), ("AutoroutePart.SetHomepage", "false"), ("AutoroutePart.SetHomepage", "true"),
            ("HtmlBodyPart.Html", "<p>Body</p>"), ("MarkdownBodyPart.Markdown", "# Title\r\n\r\nText"),
            ("Article.Name.Text", " Blue Moon "), ("Article.Summary.Text", "Line one\r\nLine two"),
            ("Article.Area.Value", "21.73"), ("Article.Featured.Value", "false"), ("Article.Featured.Value", "true"),
            ("Article.Founded.Value", "2002-12-01"), ("Article.Opens.Value", "2024-05-31T14:30"), ("Article.Opens.TimeZone", "Asia/Shanghai"),
            ("Article.Intro.Html", "<p>Intro</p>"), ("Article.Notes.Markdown", "**bold**"),
            ("Article.Website.Url", " https://www.example.com "), ("Article.Website.Text", "Example"), ("Article.Website.Target", "_blank"),
            ("Article.Tags.Values", ""), ("Article.Tags.Values", "重庆\r\nBanan\r\n\r\n重庆"));

        Assert.Empty(problems);
        Assert.Equal("重庆巴南", item.As<TitlePart>()!.Title);
        Assert.Equal("groups/jieshi", item.As<AutoroutePart>()!.Path);
        Assert.True(item.As<AutoroutePart>()!.SetHomepage);
        Assert.Equal("<p>Body</p>", item.As<HtmlBodyPart>()!.Html);
        Assert.Equal("# Title\n\nText", item.As<MarkdownBodyPart>()!.Markdown);
        Assert.Equal("Blue Moon", Field<TextField>(item, "Name").Text);
        Assert.Equal("Line one\nLine two", Field<TextField>(item, "Summary").Text);
        Assert.Equal(21.73m, Field<NumericField>(item, "Area").Value);
        Assert.True(Field<BooleanField>(item, "Featured").Value);
        Assert.Equal("2002-12-01T00:00:00", item.Content[Type]!["Founded"]!["Value"]!.GetValue<string>());
        Assert.Equal("2024-05-31T06:30:00Z", item.Content[Type]!["Opens"]!["Value"]!.GetValue<string>());
        Assert.Equal("<p>Intro</p>", Field<HtmlField>(item, "Intro").Html);
        Assert.Equal("**bold**", Field<MarkdownField>(item, "Notes").Markdown);
        var link = Field<LinkField>(item, "Website");
        Assert.Equal(("https://www.example.com", "Example", "_blank"), (link.Url, link.Text, link.Target));
        Assert.Equal(["重庆", "Banan"], Field<MultiTextField>(item, "Tags").Values);
    }

    [Fact]
    public void Bind_UncheckedBoolean_BindsFalse()
    {
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Featured", new BooleanField { Value = true })).Build();

        Assert.Empty(Bind(item, ("Article.Featured.Value", "false")));

        Assert.False(Field<BooleanField>(item, "Featured").Value);
    }

    [Theory]
    [InlineData("Article.Area.Value", "12,5", "Article.Area", "Area: enter a number, such as 12 or 4.75.")]
    [InlineData("Article.Area.Value", "twelve", "Article.Area", "Area: enter a number, such as 12 or 4.75.")]
    [InlineData("Article.Founded.Value", "31/05/2024", "Article.Founded", "Founded: enter a date as year-month-day, such as 2024-05-31.")]
    [InlineData("Article.Founded.Value", "2024-02-30", "Article.Founded", "Founded: enter a date as year-month-day, such as 2024-05-31.")]
    [InlineData("Article.Opens.Value", "tomorrow", "Article.Opens", "Opens: enter a date and time, such as 2024-05-31 14:30.")]
    public void Bind_MalformedValue_ReportsItsPathAndKeepsTheOldValue(string input, string value, string path, string message)
    {
        var item = new ContentItemBuilder(Type).WithNumber("Area", 4.77m)
            .With(i => i.Content[Type]!["Founded"] = new JsonObject { ["Value"] = "2002-12-01T00:00:00" })
            .With(i => i.Content[Type]!["Opens"] = new JsonObject { ["Value"] = "2024-01-01T00:00:00Z" }).Build();
        var before = item.Content.ToJsonString();

        var problems = Bind(item, (input, value));

        Assert.Equal((path, message), Assert.Single(problems));
        Assert.Equal(before, item.Content.ToJsonString());
    }

    [Fact]
    public void Bind_EmptyNumberAndDate_ClearThem()
    {
        var item = new ContentItemBuilder(Type).WithNumber("Area", 4.77m).Build();

        Assert.Empty(Bind(item, ("Article.Area.Value", ""), ("Article.Founded.Value", " ")));

        Assert.Null(Field<NumericField>(item, "Area").Value);
        Assert.Null(item.Content[Type]!["Founded"]!["Value"]);
    }

    [Fact]
    public void Bind_Html_IsSanitized()
    {
        var item = new ContentItemBuilder(Type).Build();

        Bind(item, ("HtmlBodyPart.Html", "<p>Hi<img src=x onerror=alert(1)></p>"), ("Article.Intro.Html", "<a href=\"javascript:alert(1)\">x</a><script>alert(2)</script>"));

        var body = item.As<HtmlBodyPart>()!.Html!;
        Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<img", body, StringComparison.Ordinal);
        var intro = Field<HtmlField>(item, "Intro").Html!;
        Assert.DoesNotContain("javascript:", intro, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", intro, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(">x</a>", intro, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_SinglePicker_ANewPickReplacesTheOldAndRemoveClears()
    {
        var picked = new ContentItemBuilder(Type).Build();
        var removed = new ContentItemBuilder(Type).Build();

        Bind(picked, ("Article.Group.ContentItemIds", ""), ("Article.Group.ContentItemIds", "old"), ("Article.Group.ContentItemIds", "new"), ("Article.Group.Search", "ji"));
        Bind(removed, ("Article.Group.ContentItemIds", ""), ("Article.Group.ContentItemIds", "old"), ("Article.Group.Remove", "old"));

        Assert.Equal(["new"], Field<ContentPickerField>(picked, "Group").ContentItemIds);
        Assert.Empty(Field<ContentPickerField>(removed, "Group").ContentItemIds);
        Assert.Null(picked.Content[Type]!["Group"]!["Search"]);
    }

    [Fact]
    public void Bind_MultiplePicker_KeepsTheOrderAddsPicksAndDropsRemoved()
    {
        var item = new ContentItemBuilder(Type).Build();

        Bind(item, ("Article.Partners.ContentItemIds", ""), ("Article.Partners.ContentItemIds", "a"), ("Article.Partners.ContentItemIds", "b"),
            ("Article.Partners.ContentItemIds", "c"), ("Article.Partners.ContentItemIds", "a"), ("Article.Partners.Remove", "b"));

        Assert.Equal(["a", "c"], Field<ContentPickerField>(item, "Partners").ContentItemIds);
    }

    [Fact]
    public void Bind_LeavesUnknownAndUnpostedDataExactlyAsItWas()
    {
        var item = new ContentItemBuilder(Type).With(i =>
        {
            i.SetField(Type, "Website", new LinkField { Url = "https://old.example", Text = "Old", Target = "_blank" });
            i.Content[Type]!["Website"]!["Culture"] = "zh-CN";
            i.Content[Type]!["Name"] = new JsonObject { ["Text"] = "Name", ["Extra"] = 1 };
            i.SetField(Type, "Logo", new MediaField { Paths = ["logos/a.png"], MediaTexts = ["A"] });
            i.Content[Type]!["Brand"] = new JsonObject { ["Color"] = "#0b3a5b" };
            i.Content[Type]!["Orphan"] = "kept";
            i.Content["LegacyPart"] = new JsonObject { ["Note"] = "kept" };
            i.Apply(new ContainedPart { ListContentItemId = "park", Order = 3 });
        }).Build();

        Assert.Empty(Bind(item, ("Article.Website.Url", "https://new.example"), ("Article.Name.Text", "New name"),
            ("Article.Logo.Paths", "evil.png"), ("Article.Brand.Color", "red"), ("LegacyPart.Note", "changed"), ("ContainedPart.Order", "0"), ("Evil.Field.Text", "x")));

        var website = item.Content[Type]!["Website"]!.AsObject();
        Assert.Equal("https://new.example", website["Url"]!.GetValue<string>());
        Assert.Equal(("Old", "_blank", "zh-CN"), (website["Text"]!.GetValue<string>(), website["Target"]!.GetValue<string>(), website["Culture"]!.GetValue<string>()));
        Assert.Equal(1, item.Content[Type]!["Name"]!["Extra"]!.GetValue<int>());
        Assert.Equal(["logos/a.png"], Field<MediaField>(item, "Logo").Paths);
        Assert.Equal("#0b3a5b", item.Content[Type]!["Brand"]!["Color"]!.GetValue<string>());
        Assert.Equal("kept", item.Content[Type]!["Orphan"]!.GetValue<string>());
        Assert.Equal("kept", item.Content["LegacyPart"]!["Note"]!.GetValue<string>());
        Assert.Equal(3, item.As<ContainedPart>()!.Order);
        Assert.Null(item.Content["Evil"]);
        Assert.Null(item.Content["TitlePart"]);
    }

    [Fact]
    public void Bind_GeneratedTitleAndPath_AreNotTakenFromTheForm()
    {
        var definition = new DefinitionBuilder(Type)
            .Part("TitlePart", DefinitionBuilder.Settings(("TitlePartSettings", new JsonObject { ["Options"] = "GeneratedDisabled" })))
            .Part("AutoroutePart", DefinitionBuilder.Settings(("AutoroutePartSettings", new JsonObject { ["AllowCustomPath"] = false }))).Build();
        var item = new ContentItemBuilder(Type).WithTitle("Made").WithRoute("made").Build();

        Binder.Bind(item, definition.FindType(Type)!, definition, Form(("TitlePart.Title", "Typed"), ("AutoroutePart.Path", "typed"), ("AutoroutePart.SetHomepage", "true")));

        Assert.Equal("Made", item.As<TitlePart>()!.Title);
        Assert.Equal("made", item.As<AutoroutePart>()!.Path);
        Assert.False(item.As<AutoroutePart>()!.SetHomepage);
    }

    [Fact]
    public void Bind_LinkTargetOutsideTheList_IsReported()
    {
        var item = new ContentItemBuilder(Type).Build();

        var problems = Bind(item, ("Article.Website.Url", "https://a.example"), ("Article.Website.Target", "javascript:alert(1)"));

        Assert.Equal(("Article.Website", "Website: choose where the link opens from the list."), Assert.Single(problems));
        Assert.Null(item.Content[Type]?["Website"]);
    }

    [Fact]
    public void Bind_DateTimeWithoutAZone_IsTakenAsUtc()
    {
        var item = new ContentItemBuilder(Type).Build();

        Assert.Empty(Bind(item, ("Article.Opens.Value", "2024-05-31T14:30"), ("Article.Opens.TimeZone", "Nowhere/Unknown")));

        Assert.Equal("2024-05-31T14:30:00Z", item.Content[Type]!["Opens"]!["Value"]!.GetValue<string>());
    }

    [Fact]
    public void Bind_OnTheBananEnterpriseType_BindsTitleWebsiteAndBody()
    {
        var definition = ContentDefinitionJson.FromJson(JsonNode.Parse(File.ReadAllText(RepositoryPaths.BananRecipe))!["steps"]!.AsArray()
            .Single(s => s!["name"]!.GetValue<string>() == "ContentDefinition")!.AsObject());
        var item = new ContentItemBuilder("Enterprise").WithTitle("Blue Moon").Build();

        var problems = Binder.Bind(item, definition.FindType("Enterprise")!, definition,
            Form(("TitlePart.Title", "Blue Moon Co."), ("Enterprise.Website.Url", "https://www.bluemoon.example"), ("HtmlBodyPart.Html", "<p>Detergents</p>")));

        Assert.Empty(problems);
        Assert.Equal("Blue Moon Co.", item.As<TitlePart>()!.Title);
        Assert.Equal("https://www.bluemoon.example", item.GetField<LinkField>("Enterprise", "Website")!.Url);
        Assert.Equal("<p>Detergents</p>", item.As<HtmlBodyPart>()!.Html);
    }

    private static IReadOnlyList<(string Path, string Message)> Bind(ContentItem item, params (string Name, string Value)[] values)
        => Binder.Bind(item, Definition.FindType(Type)!, Definition, Form(values));

    private static T Field<T>(ContentItem item, string name) where T : class => item.GetField<T>(Type, name)!;

    private static FormCollection Form(params (string Name, string Value)[] values)
        => new(values.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => new StringValues(g.Select(v => v.Value).ToArray())));
}
