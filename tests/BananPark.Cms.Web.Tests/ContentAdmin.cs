using System.Net;
using System.Text.RegularExpressions;
using BananPark.Cms.Core.ContentManagement;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The content admin as a browser uses it: find an item in the list, load its edit page, post the
/// <c>content-edit</c> form with the page's concurrency stamp. Plus direct reads of what was stored.
/// </summary>
internal static partial class ContentAdmin
{
    public const string EditForm = "content-edit";

    public static string EditPath(string id) => $"/admin/content/{id}/edit";

    public static async Task<HttpClient> SignedInAsync(AdminSite site, string userName, string password)
    {
        var client = site.NewClient();
        var response = await Forms.SignInAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The id of the first item the list shows for <paramref name="search"/>.</summary>
    public static async Task<string> FindAsync(HttpClient client, string search)
    {
        var html = await client.GetStringAsync(new Uri($"/admin/content?q={Uri.EscapeDataString(search)}", UriKind.Relative));
        var match = EditLink().Match(html);
        Assert.True(match.Success, $"The list shows nothing for '{search}'.");
        return match.Groups[1].Value;
    }

    public static string Stamp(string html)
        => StampInput().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No concurrency stamp on the page.");

    /// <summary>Posts the edit form at <paramref name="path"/> with the stamp the page carries now, unless one is given.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string action, IEnumerable<KeyValuePair<string, string>> fields, string? stamp = null)
    {
        if (stamp is null && !path.Contains("/new/", StringComparison.Ordinal))
        {
            stamp = Stamp(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        }

        return await Forms.PostAsync(client, path, EditForm, [new("action", action), new("ConcurrencyStamp", stamp ?? ""), .. fields]);
    }

    public static Task<HttpResponseMessage> EditAsync(HttpClient client, string id, string action, params (string Name, string Value)[] fields)
        => PostAsync(client, EditPath(id), action, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public static async Task<ContentItem?> StoredAsync(AdminSite site, string id, VersionOptions version = VersionOptions.Latest)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, version);
    }

    /// <summary>Every stored version of the item, as (version id, JSON) pairs, to show that nothing changed.</summary>
    public static async Task<IReadOnlyList<string>> SnapshotAsync(AdminSite site, string id)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var versions = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetVersionsAsync(id);
        return [.. versions.Select(v => $"{v.ContentItemVersionId} {v.Latest} {v.Published} {v.ConcurrencyStamp} {v.Content.ToJsonString()}")];
    }

    /// <summary>Where a post redirected to, asserting that it did.</summary>
    public static string Redirected(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}.");
        return Forms.Location(response)!;
    }

    [GeneratedRegex("href=\"/admin/content/([a-z0-9]+)/edit\"")]
    private static partial Regex EditLink();

    [GeneratedRegex("name=\"ConcurrencyStamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampInput();
}
