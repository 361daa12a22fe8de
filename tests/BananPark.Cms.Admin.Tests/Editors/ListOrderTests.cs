using BananPark.Cms.Admin.Services.Editing;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class ListOrderTests
{
    private static readonly string[] Children = ["a", "b", "c"];

    [Theory]
    [InlineData("b", true, "b,a,c")]
    [InlineData("b", false, "a,c,b")]
    [InlineData("c", true, "a,c,b")]
    [InlineData("a", true, "a,b,c")]
    [InlineData("c", false, "a,b,c")]
    [InlineData("x", true, "a,b,c")]
    public void Move_SwapsWithTheNeighbourOrLeavesTheOrder(string child, bool up, string expected)
        => Assert.Equal(expected, string.Join(',', ListOrder.Move(Children, child, up)));

    [Fact]
    public void Move_DoesNotChangeTheGivenList()
    {
        var order = new List<string>(Children);

        ListOrder.Move(order, "b", up: true);

        Assert.Equal(Children, order);
    }

    [Theory]
    [InlineData("4j265:up", "4j265", true)]
    [InlineData("4j265:down", "4j265", false)]
    public void Parse_ReadsAButtonValue(string value, string child, bool up)
        => Assert.Equal((child, up), ListOrder.Parse(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(":up")]
    [InlineData("4j265")]
    [InlineData("4j265:sideways")]
    public void Parse_WhenMalformed_IsNull(string? value) => Assert.Null(ListOrder.Parse(value));
}
