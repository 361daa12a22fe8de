using BananPark.Cms.Core.Search;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Theming.Tests;

public sealed class DirectoryRequestTests
{
    private static readonly DirectoryFacet[] Facets =
    [
        new("cluster", "Cluster", FacetSource.Container, "ContentPickerField"),
        new("group", "Group", FacetSource.Field, "ContentPickerField", "Enterprise", "Group"),
        new("listed", "Listed", FacetSource.Field, "BooleanField", "Enterprise", "Listed"),
    ];

    private static DirectoryRequest Parse(params (string Key, string[] Values)[] query)
        => DirectoryRequest.Parse(new QueryCollection(query.ToDictionary(q => q.Key, q => new StringValues(q.Values), StringComparer.OrdinalIgnoreCase)), Facets);

    [Fact]
    public void Parse_ReadsFacetsAndText_AndBuildsOneUrlForTheSameFilters()
    {
        var request = Parse(("q", ["suzuki cars"]), ("group", ["g1"]), ("CLUSTER", ["c1", "c2"]), ("page", ["2"]));
        var repeated = Parse(("cluster", ["c1", "c1"]));

        Assert.True(request.Canonical);
        Assert.Equal(["c1", "c2"], request.Selected["cluster"]);
        Assert.Equal("cluster=c1&cluster=c2&group=g1&q=suzuki%20cars", request.Query);
        Assert.Equal("cluster=c2&group=g1&q=suzuki%20cars", request.Toggled("cluster", "c1"));
        Assert.Equal("cluster=c1&cluster=c2&cluster=c3&group=g1&q=suzuki%20cars", request.Toggled("cluster", "c3"));
        Assert.Equal("cluster=c1&cluster=c2&q=suzuki%20cars", request.Without("group"));
        Assert.Equal("q=suzuki%20cars", request.Without(null));
        Assert.Equal(["c1"], repeated.Selected["cluster"]);
    }

    [Fact]
    public void Parse_RoundTripsItsOwnQuery()
    {
        var first = Parse(("group", ["g 1&x=y"]), ("q", ["100% \"OR\" *"]));
        var again = DirectoryRequest.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?" + first.Query)), Facets);

        Assert.Equal(first.Query, again.Query);
        Assert.Equal(["g 1&x=y"], again.Selected["group"]);
        Assert.Equal("100% \"OR\" *", again.Text);
    }

    [Theory]
    [InlineData("unknown", "x")]
    [InlineData("listed", "maybe")]
    [InlineData("group", "a\0b")]
    public void Parse_IgnoresWhatItCannotRead_AndSaysSo(string key, string value)
    {
        var request = Parse((key, [value]));

        Assert.False(request.Canonical);
        Assert.False(request.Filtered);
    }

    [Fact]
    public void Parse_CutsLongTextAndControlCharacters_AndRepeatedTextIsNotCanonical()
    {
        var request = Parse(("q", [new string('x', 10_000)]));
        var control = Parse(("q", ["a\0b"]));
        var repeated = Parse(("q", ["one", "two"]));

        Assert.Equal(SearchQuery.MaxTextLength, request.Text!.Length);
        Assert.False(request.Canonical);
        Assert.Equal("a b", control.Text);
        Assert.Equal("one", repeated.Text);
        Assert.False(repeated.Canonical);
    }

    [Fact]
    public void ListPager_KeepsTheFiltersInEveryPageLink()
    {
        var pager = new ListPager("/enterprises", 2, 10, 35, "cluster=c1&q=cars");

        Assert.Equal("/enterprises?cluster=c1&q=cars", pager.PreviousUrl);
        Assert.Equal("/enterprises?cluster=c1&q=cars&page=3", pager.NextUrl);
        Assert.Equal("/enterprises?page=3", new ListPager("/enterprises", 2, 10, 35).NextUrl);
    }
}
