using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>An admin site whose imports an <see cref="ImportGate"/> can hold, so a test sees a job running for sure.</summary>
public sealed class GatedAdminSite() : AdminSite(services => ImportGate.AddImportGate(services))
{
    public ImportGate Gate => Factory.Services.GetRequiredService<ImportGate>();
}

/// <summary>The recipe import screens as a browser uses them: upload a check, follow its job page, confirm, follow the import.</summary>
internal static partial class RecipeImports
{
    public const string ImportPath = "/admin/recipes/import";

    /// <summary>Posts the upload form as a browser does (multipart, with the page's antiforgery token).</summary>
    public static async Task<HttpResponseMessage> CheckAsync(HttpClient client, string fileName, string json)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("check-recipe"), "_handler" },
            { new StringContent(await Forms.TokenAsync(client, ImportPath)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "Recipe", fileName },
        };
        return await client.PostAsync(new Uri(ImportPath, UriKind.Relative), form);
    }

    /// <summary>The job page a start answered with: a 303 to <c>/admin/recipes/import/{id}</c>.</summary>
    public static string JobPath(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"Expected 303 See Other, got {(int)response.StatusCode}.");
        var location = Forms.Location(response)!;
        Assert.Matches(JobPathPattern(), location);
        return location;
    }

    /// <summary>Loads the job page until the job has finished (its page no longer follows progress); its final HTML.</summary>
    public static async Task<string> FinishedAsync(HttpClient client, string jobPath)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var response = await client.GetAsync(new Uri(jobPath, UriKind.Relative), TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{jobPath} answered {(int)response.StatusCode}.");
            if (!html.Contains("data-job-progress", StringComparison.Ordinal))
            {
                return html;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{jobPath} was still running after two minutes.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Checks a recipe and waits for the check: its job page and the page's final HTML.</summary>
    public static async Task<(string JobPath, string Html)> CheckedAsync(HttpClient client, string fileName, string json)
    {
        var jobPath = JobPath(await CheckAsync(client, fileName, json));
        return (jobPath, await FinishedAsync(client, jobPath));
    }

    /// <summary>Posts the check page's confirmation with <paramref name="token"/>.</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string checkPath, string token)
        => Forms.PostAsync(client, checkPath, "import-recipe", [new("Token", token)]);

    /// <summary>The confirmation token a checked recipe's page holds; empty when it offers none.</summary>
    public static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"Token\" value=\"([0-9a-f]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("^/admin/recipes/import/[0-9a-f]{32}$")]
    private static partial Regex JobPathPattern();
}
