using BananPark.Cms.Core.ContentManagement;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// An Enterprise an Editor published and then changed in a draft that is not published yet: the draft's
/// title and words must reach nobody who may not edit (or preview) the item.
/// </summary>
internal sealed class OthersDraft
{
    public const string Password = "others draft long password";

    private OthersDraft(string id, string publishedTitle, string draftTitle, string draftWords, IReadOnlyList<string> versionIds, IReadOnlyList<string> snapshot)
        => (Id, PublishedTitle, DraftTitle, DraftWords, VersionIds, Snapshot) = (id, publishedTitle, draftTitle, draftWords, versionIds, snapshot);

    public string Id { get; }

    public string PublishedTitle { get; }

    public string DraftTitle { get; }

    public string DraftWords { get; }

    /// <summary>The published version's id, then the draft's.</summary>
    public IReadOnlyList<string> VersionIds { get; }

    /// <summary>Every stored version, to show that nothing changed.</summary>
    public IReadOnlyList<string> Snapshot { get; }

    /// <summary>Made through the admin by a new Editor; <paramref name="tag"/> keeps titles apart between tests.</summary>
    public static async Task<OthersDraft> CreateAsync(AdminSite site, string tag)
    {
        var editor = await SignedInAsync(site, "Editor");
        var publishedTitle = $"Published {tag} Holdings";
        var draftTitle = $"Unannounced {tag} Merger";
        var draftWords = $"confidential {tag} terms";
        var created = ContentAdmin.Redirected(await ContentAdmin.PostAsync(editor, "/admin/content/new/Enterprise", "publish", [new("TitlePart.Title", publishedTitle)]));
        var id = created.Split('/')[3];
        ContentAdmin.Redirected(await ContentAdmin.EditAsync(editor, id, "save", ("TitlePart.Title", draftTitle), ("HtmlBodyPart.Html", $"<p>{draftWords}</p>")));
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var versions = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetVersionsAsync(id);
        Assert.Equal(2, versions.Count);
        return new OthersDraft(id, publishedTitle, draftTitle, draftWords, [.. versions.Select(v => v.ContentItemVersionId)], await ContentAdmin.SnapshotAsync(site, id));
    }

    /// <summary>A new user of <paramref name="role"/>, signed in.</summary>
    public static async Task<HttpClient> SignedInAsync(AdminSite site, string role)
    {
        var name = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        await site.CreateUserAsync(name, Password, role);
        return await ContentAdmin.SignedInAsync(site, name, Password);
    }

    /// <summary>A route parameter that names an item or one of its versions.</summary>
    public static bool IsItemParameter(string name)
        => name.Contains("ContentItemId", StringComparison.OrdinalIgnoreCase) || name.Contains("VersionId", StringComparison.OrdinalIgnoreCase);

    /// <summary>The route with this item's id, and the two versions to compare.</summary>
    public string Fill(string pattern)
    {
        var path = "/" + pattern.TrimStart('/');
        foreach (var segment in path.Split('/').Where(s => s.StartsWith('{')))
        {
            var name = segment.Trim('{', '}', '*').Split(':', '?', '=')[0];
            path = path.Replace(segment, name.Contains("VersionId", StringComparison.OrdinalIgnoreCase) ? VersionIds[1] : Id, StringComparison.Ordinal);
        }

        return $"{path}?from={VersionIds[0]}&to={VersionIds[1]}";
    }

    /// <summary>Every form an item's pages post, with each action they offer.</summary>
    public static IEnumerable<(string Handler, List<KeyValuePair<string, string>> Fields)> Posts(OthersDraft draft)
    {
        foreach (var action in new[] { "save", "publish", "unpublish", "schedule", "unschedule", "clone", "delete" })
        {
            yield return (ContentAdmin.EditForm, [new("action", action), new("ConcurrencyStamp", ""), new("TitlePart.Title", "Taken over")]);
        }

        yield return ("restore-version", [new("VersionId", draft.VersionIds[0])]);
    }

    /// <summary>Posts with the user's token from a page they may see (a refused page carries no form).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await Forms.TokenAsync(client, "/admin/content");
        using var form = new FormUrlEncodedContent([new("_handler", handler), new("__RequestVerificationToken", token), .. fields]);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    public void AssertNotShown(string html, string where)
    {
        Assert.False(html.Contains(DraftTitle, StringComparison.Ordinal), $"{where} shows the draft's title.");
        Assert.False(html.Contains(DraftWords, StringComparison.Ordinal), $"{where} shows the draft's text.");
    }
}
