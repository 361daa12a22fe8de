using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Theming.Tests;

public sealed class MarkupEncoderTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"><svg onload=alert(1)>", "&quot;&gt;&lt;svg onload=alert(1)&gt;")]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    public void Encode_WhenMarkupCharacters_EncodesThem(string input, string expected)
        => Assert.Equal(expected, MarkupEncoder.Instance.Encode(input));

    [Theory]
    [InlineData("+86-023-67862888")]
    [InlineData("Chang'an Suzuki")]
    [InlineData("渝ICP备12005872号-5")]
    [InlineData("21.73 km²")]
    public void Encode_WhenPlainText_LeavesItReadable(string input)
        => Assert.Equal(input, MarkupEncoder.Instance.Encode(input));
}
