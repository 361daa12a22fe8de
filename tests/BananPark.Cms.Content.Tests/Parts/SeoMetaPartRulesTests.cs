using System.Text.Json.Nodes;
using BananPark.Cms.Content.Parts.SeoMeta;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests.Parts;

/// <summary>Every write of an SEO part: canonical, robots, images, custom tags and JSON-LD in a form the head can carry.</summary>
public sealed class SeoMetaPartRulesTests
{
    private const string Type = "Article";

    [Theory]
    [InlineData("https://banan.example/groups/jieshi")]
    [InlineData("http://banan.example/")]
    [InlineData("/groups/jieshi")]
    [InlineData("")]
    public void ValidateWrite_AbsoluteUrlOrSitePath_IsAccepted(string canonical)
        => Assert.Empty(Problems(new JsonObject { ["Canonical"] = canonical }));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example/x")]
    [InlineData("groups/jieshi")]
    [InlineData("ftp://banan.example/")]
    [InlineData("/a path with spaces")]
    [InlineData("/x\"><script>")]
    public void ValidateWrite_BadCanonical_IsReportedAtIt(string canonical)
    {
        var problem = Assert.Single(Problems(new JsonObject { ["Canonical"] = canonical }));

        Assert.Equal("SeoMetaPart.Canonical", problem.Path);
        Assert.StartsWith("Canonical URL:", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"@type\": \"Place\",")]
    [InlineData("not json")]
    [InlineData("\"a string\"")]
    [InlineData("[1, 2]")]
    [InlineData("{\"@type\": \"Place\"} // comment")]
    public void ValidateWrite_BrokenOrNonObjectJsonLd_IsReportedAtGoogleSchema(string schema)
        => Assert.Equal("SeoMetaPart.GoogleSchema", Assert.Single(Problems(new JsonObject { ["GoogleSchema"] = schema })).Path);

    [Fact]
    public void ValidateWrite_JsonLdHoldingAScriptEndTag_IsValidJsonAndAccepted_TheHeadEscapesIt()
        => Assert.Empty(Problems(new JsonObject { ["GoogleSchema"] = "{\"@type\":\"Place\",\"name\":\"</script><script>alert(1)</script>\"}" }));

    [Fact]
    public void ValidateWrite_TooLongTexts_AreEachReported()
    {
        var problems = Problems(new JsonObject
        {
            ["PageTitle"] = new string('a', SeoMetaLimits.Title + 1),
            ["MetaDescription"] = new string('a', SeoMetaLimits.Description + 1),
            ["GoogleSchema"] = "{\"a\":\"" + new string('a', SeoMetaLimits.Schema) + "\"}",
        });

        Assert.Equal(["SeoMetaPart.GoogleSchema", "SeoMetaPart.MetaDescription", "SeoMetaPart.PageTitle"], problems.Select(p => p.Path).Order());
    }

    [Fact]
    public void ValidateWrite_HostileTokensPathsAndTags_AreRefused()
    {
        var problems = Problems(new JsonObject
        {
            ["MetaRobots"] = "noindex\"><svg>",
            ["TwitterCard"] = "huge",
            ["OpenGraphImage"] = new JsonObject { ["Paths"] = new JsonArray("../../etc/passwd") },
            ["CustomMetaTags"] = new JsonArray(new JsonObject { ["Name"] = "x\" onload=\"alert(1)", ["Content"] = "y" }),
        });

        Assert.Equal(["SeoMetaPart.CustomMetaTags", "SeoMetaPart.MetaRobots", "SeoMetaPart.OpenGraphImage", "SeoMetaPart.TwitterCard"], problems.Select(p => p.Path).Order());
    }

    [Fact]
    public void ValidateWrite_OrchardShapedValues_AreAccepted()
        => Assert.Empty(Problems(new JsonObject
        {
            ["PageTitle"] = "Chang'an Suzuki",
            ["Render"] = true,
            ["MetaRobots"] = "noindex, follow",
            ["TwitterCard"] = "summary_large_image",
            ["OpenGraphImage"] = new JsonObject { ["Paths"] = new JsonArray("park/hero.jpg"), ["MediaTexts"] = new JsonArray("") },
            ["CustomMetaTags"] = new JsonArray(new JsonObject { ["Name"] = "format-detection", ["Content"] = "telephone=no" }, new JsonObject { ["Property"] = "og:locale:alternate", ["Content"] = "zh_CN" }),
            ["GoogleSchema"] = "[{\"@context\":\"https://schema.org\",\"@type\":\"Place\"}]",
        }));

    private static List<(string Path, string Message)> Problems(JsonObject part)
    {
        var definition = new DefinitionBuilder(Type).Part("SeoMetaPart").Build();
        var attached = definition.FindType(Type)!.Parts.Single(p => p.Name == "SeoMetaPart");
        var item = new ContentItemBuilder(Type).With(i => i.Content["SeoMetaPart"] = part).Build();
        return new SeoMetaPartRules().ValidateWrite(item, attached).ToList();
    }
}
