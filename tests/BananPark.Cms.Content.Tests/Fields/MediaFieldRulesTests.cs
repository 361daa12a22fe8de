using System.Text.Json.Nodes;
using BananPark.Cms.Content.Fields.Media;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using static BananPark.Cms.Testing.DefinitionBuilder;

namespace BananPark.Cms.Content.Tests.Fields;

public sealed class MediaFieldRulesTests
{
    private const string Type = "Park";

    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type)
        .Field("MediaField", "Logo", "Logo", Settings(("MediaFieldSettings", new JsonObject { ["Required"] = true, ["Multiple"] = false, ["AltTextRequired"] = true })))
        .Field("MediaField", "Gallery", "Gallery", Settings(("MediaFieldSettings", new JsonObject { ["Multiple"] = true })))
        .Build();

    [Fact]
    public void Validate_WhenEveryRuleHolds_FindsNoProblem()
        => Assert.Empty(Validate(Media(["logos/park.png"], ["The park's logo"]), Media(["park/a.jpg", "park/b.jpg"], ["", ""])));

    [Fact]
    public void Validate_RequiredAndEmpty_SaysSo()
        => Assert.Equal(("Park.Logo", "Logo is required."), Assert.Single(Validate(Media([], []), null)));

    [Fact]
    public void Validate_SeveralFilesInASingleFileField_AsksForOne()
        => Assert.Equal(("Park.Logo", "Logo: choose only one file."), Assert.Single(Validate(Media(["a.png", "b.png"], ["A", "B"]), null)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Validate_AltTextRequiredButMissing_NamesTheFile(string? text)
        => Assert.Equal(("Park.Logo", "Logo: write an alternative text for logos/park.png."), Assert.Single(Validate(Media(["logos/park.png"], text is null ? [] : [text]), null)));

    [Theory]
    [InlineData("../../appsettings.json")]
    [InlineData("/etc/passwd")]
    [InlineData("park\\a.jpg")]
    [InlineData("park/\u0001.jpg")]
    [InlineData("https://evil.example/a.jpg")]
    [InlineData("park//a.jpg")]
    public void ValidateSafety_PathOutsideTheLibrary_IsRefusedOnEveryWrite(string path)
    {
        var item = Item(Media(["logos/park.png"], ["Logo"]), Media([path], [""]));

        var problem = Assert.Single(KindServices.Rules.ValidateSafety(item, Definition.FindType(Type)!, Definition));

        Assert.Equal(("Park.Gallery", "Gallery: a media path must be a path inside the media library."), problem);
    }

    [Theory]
    [InlineData(" /media/park/hero.jpg?width=160 ", "park/hero.jpg")]
    [InlineData("park/%E5%85%AC%E5%9B%AD.jpg", "park/公园.jpg")]
    [InlineData("/logos/a.png", "logos/a.png")]
    [InlineData("/media/../secret", null)]
    [InlineData("", null)]
    public void Normalize_TypedOrCopiedPaths_BecomeLibraryPaths(string typed, string? expected)
        => Assert.Equal(expected, MediaFieldPaths.Normalize(typed));

    [Fact]
    public void SettingsRules_RoundTripOrchardsNamesWithTextsAllowedByDefault()
    {
        var rules = new MediaFieldSettingsRules();
        var field = new DefinitionBuilder(Type).Field("MediaField", "Photo", "Photo").Build().FindPart(Type)!.Fields[0];

        Assert.True(rules.Read(field).AllowMediaText);
        rules.Write(field, new MediaFieldSettingsInput { Multiple = true, AllowMediaText = true, AltTextRequired = true });

        Assert.Equal("""{"Multiple":true,"AllowMediaText":true,"AltTextRequired":true}""", field.Settings["MediaFieldSettings"]!.ToJsonString());
        Assert.Single(rules.Problems(new MediaFieldSettingsInput { AllowMediaText = false, AltTextRequired = true }, Definition));
    }

    private static IReadOnlyList<(string Path, string Message)> Validate(JsonObject? logo, JsonObject? gallery)
        => KindServices.Rules.ValidateSettings(Item(logo, gallery), Definition.FindType(Type)!, Definition);

    private static ContentItem Item(JsonObject? logo, JsonObject? gallery)
        => new ContentItemBuilder(Type).With(i =>
        {
            i.Content[Type] = new JsonObject { ["Logo"] = logo, ["Gallery"] = gallery };
        }).Build();

    private static JsonObject Media(string[] paths, string[] texts)
        => new() { ["Paths"] = new JsonArray(paths.Select(p => (JsonNode?)p).ToArray()), ["MediaTexts"] = new JsonArray(texts.Select(t => (JsonNode?)t).ToArray()), ["Anchors"] = new JsonArray() };
}
