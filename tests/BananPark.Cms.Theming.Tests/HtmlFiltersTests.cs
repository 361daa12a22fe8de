using BananPark.Cms.Testing;
using BananPark.Cms.Theming.Liquid;
using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Tests;

public sealed class HtmlFiltersTests
{
    private static async Task<string> ApplyAsync(FilterDelegate filter, string input)
        => (await filter(new StringValue(input), new FilterArguments(), new TemplateContext())).ToStringValue();

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>")]
    public async Task SanitizeHtml_WhenMarkupIsHostile_LeavesNothingActive(string html)
    {
        var safe = await ApplyAsync(HtmlFilters.SanitizeHtml(KindServices.RichText), html);

        Assert.DoesNotContain("onerror", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", safe, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SanitizeHtml_WhenMarkupIsOrdinary_KeepsIt()
        => Assert.Equal("<p>The <strong>Jieshi</strong> Group</p>", await ApplyAsync(HtmlFilters.SanitizeHtml(KindServices.RichText), "<p>The <strong>Jieshi</strong> Group</p>"));

    [Fact]
    public async Task Markdownify_WhenMarkdownHasRawHtmlAndScriptLinks_DropsThem()
    {
        var html = await ApplyAsync(HtmlFilters.Markdownify(KindServices.RichText), "# Title\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))");

        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/a", "https://example.com/a")]
    [InlineData("mailto:info@example.com", "mailto:info@example.com")]
    [InlineData("/enterprises/blue-moon", "/enterprises/blue-moon")]
    [InlineData("javascript:alert(1)", "")]
    [InlineData(" JavaScript:alert(1)", "")]
    [InlineData("data:text/html,hi", "")]
    [InlineData("//evil.example", "")]
    public async Task SafeUrl_WhenSchemeIsNotAllowed_ReturnsEmpty(string url, string expected)
        => Assert.Equal(expected, await ApplyAsync(HtmlFilters.SafeUrl, url));

    [Theory]
    [InlineData("023-66228308", "tel:02366228308")]
    [InlineData("+86-023-67862888", "tel:+8602367862888")]
    [InlineData("call us", "")]
    public async Task TelHref_WhenGivenPhoneNumbers_MakesTelUris(string phone, string expected)
        => Assert.Equal(expected, await ApplyAsync(HtmlFilters.TelHref, phone));

    [Theory]
    [InlineData(4, "four")]
    [InlineData(6, "six")]
    [InlineData(300, "300")]
    public async Task NumberWord_WhenSmallCount_SpellsItOut(int number, string expected)
        => Assert.Equal(expected, (await TextFilters.NumberWord(NumberValue.Create(number), new FilterArguments(), new TemplateContext())).ToStringValue());
}
