using System.Net;
using System.Text;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Recipe uploads on a real Kestrel server (TestServer has no body limit): one limit, 64 MB by default, said on
/// the form, honoured up to the byte by the server and the reader, and a clear page beyond it, never a blank 400.
/// </summary>
public sealed class UploadSecurityTests(KestrelAdminSite site) : IClassFixture<KestrelAdminSite>
{
    private const int Megabyte = 1024 * 1024;

    [Fact]
    public async Task ImportForm_SaysTheLimit()
    {
        var client = await SignedInAsync();

        var html = await client.GetStringAsync(new Uri(RecipeImports.ImportPath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("up to 64 MB", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OfARecipeAboveKestrelsDefaultButWithinTheLimit_IsChecked()
    {
        var client = await SignedInAsync();

        var response = await RecipeImports.CheckAsync(client, "big.recipe.json", Recipe(40 * Megabyte));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        await RecipeImports.FinishedAsync(client, RecipeImports.JobPath(response));
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_Is413WithAPageThatSaysSo()
    {
        var client = await SignedInAsync();

        var response = await RecipeImports.CheckAsync(client, "huge.recipe.json", Recipe(65 * Megabyte));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("larger than 64 MB", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{RecipeImports.ImportPath}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimitWithoutAContentLength_Is413WithAPageThatSaysSo()
    {
        var client = await SignedInAsync();
        var token = await Forms.TokenAsync(client, RecipeImports.ImportPath);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("check-recipe"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Recipe(65 * Megabyte)))), "Recipe", "huge.recipe.json" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, RecipeImports.ImportPath) { Content = form };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 64 MB", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);
        return client;
    }

    /// <summary>A valid recipe of about <paramref name="bytes"/> bytes: one step, made big by its description.</summary>
    private static string Recipe(int bytes)
        => $$"""{ "name": "big", "description": "{{new string('x', bytes)}}", "steps": [ { "name": "Settings", "FooterHost": "Big" } ] }""";
}
