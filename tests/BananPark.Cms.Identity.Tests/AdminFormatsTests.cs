using BananPark.Cms.Identity.Components.Admin;

namespace BananPark.Cms.Identity.Tests;

public sealed class AdminFormatsTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("abc", 1)]
    [InlineData("-1", 1)]
    [InlineData("0", 1)]
    [InlineData("+3", 1)]
    [InlineData(" 3", 1)]
    [InlineData("1e3", 1)]
    [InlineData("3.5", 1)]
    [InlineData("٣", 1)]
    [InlineData("3", 3)]
    [InlineData("007", 7)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("2147483648", int.MaxValue)]
    [InlineData("99999999999999999999999999", int.MaxValue)]
    public void PageNumber_ReadsOnlyWholeNumbers_AndTakesHugeOnesAsPastTheEnd(string? value, int expected)
        => Assert.Equal(expected, AdminFormats.PageNumber(value));

    [Theory]
    [InlineData(1, 50, 0)]
    [InlineData(3, 50, 100)]
    [InlineData(0, 50, 0)]
    [InlineData(int.MaxValue, 50, int.MaxValue)]
    public void Skip_NeverOverflows(int page, int pageSize, int expected) => Assert.Equal(expected, AdminFormats.Skip(page, pageSize));

    [Theory]
    [InlineData("9641")]
    [InlineData("abc")]
    [InlineData("2026-02-30")]
    [InlineData("2026-1-5")]
    [InlineData("05/01/2026")]
    public void TryParseDay_WhenNotAnIsoDay_IsFalseWithNoDay(string value)
    {
        Assert.False(AdminFormats.TryParseDay(value, out var day));
        Assert.Null(day);
    }

    [Fact]
    public void TryParseDay_WhenAnIsoDay_IsItsUtcMidnight()
    {
        Assert.True(AdminFormats.TryParseDay("2026-01-15", out var day));
        Assert.Equal(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc), day);
        Assert.Equal(DateTimeKind.Utc, day!.Value.Kind);
    }

    [Fact]
    public void EndOfDay_IsTheNextMidnight_AndTheLastDayEndsAtMaxValue()
    {
        Assert.Equal(new DateTime(2026, 1, 16, 0, 0, 0, DateTimeKind.Utc), AdminFormats.EndOfDay(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(DateTime.MaxValue, AdminFormats.EndOfDay(new DateTime(9999, 12, 31)));
        Assert.Null(AdminFormats.EndOfDay(null));
    }

    [Fact]
    public void Query_LeavesOutEmptyParameters_AndEncodesTheRest()
        => Assert.Equal("q=%E5%B7%B4%E5%8D%97%20%26&from=2026-01-15", AdminFormats.Query(("q", "巴南 &"), ("role", ""), ("status", null), ("from", "2026-01-15")));
}
