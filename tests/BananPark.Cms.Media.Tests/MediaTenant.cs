using System.Security.Claims;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Media.Data;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace BananPark.Cms.Media.Tests;

/// <summary>A test tenant with the media library wired as the host wires it, and the users the facts act as.</summary>
public static class MediaTenant
{
    /// <summary>An Administrator (holds every permission).</summary>
    public static readonly ClaimsPrincipal Admin = User("admin-id", "admin", SystemRoles.Administrator);

    /// <summary>A user of the role <c>Uploader</c> (<c>ManageOwnMediaContent</c> only, once <see cref="CreateAsync"/> imported it).</summary>
    public static readonly ClaimsPrincipal Uploader = User("uploader-id", "uploader", "Uploader");

    /// <summary>Another <c>Uploader</c>.</summary>
    public static readonly ClaimsPrincipal OtherUploader = User("other-id", "other", "Uploader");

    /// <summary>A signed-in user with no media permission.</summary>
    public static readonly ClaimsPrincipal Reader = User("reader-id", "reader");

    /// <summary>A tenant with media and the Uploader role; <paramref name="settings"/> are <c>Cms:Media</c> keys.</summary>
    public static async Task<TestTenant> CreateAsync(TestStore store = TestStore.Sqlite, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var tenant = await TestTenant.CreateAsync(services => services.AddCmsMedia(configuration), new Dictionary<string, string?>(), store);
        await tenant.ImportAsync("""{"name":"roles","steps":[{"name":"Roles","Roles":[{"Name":"Uploader","Permissions":["ManageOwnMediaContent"]}]}]}""");
        return tenant;
    }

    /// <summary>Uploads <paramref name="bytes"/> as <paramref name="user"/>.</summary>
    public static Task<MediaUploadResult> UploadAsync(this TestTenant tenant, byte[] bytes, string name, string folder = "", ClaimsPrincipal? user = null)
        => tenant.RunAsync<MediaLibrary, MediaUploadResult>(library => library.UploadAsync(new MemoryStream(bytes), name, folder, user ?? Admin, CancellationToken.None));

    /// <summary>Uploads and expects it accepted.</summary>
    public static async Task<Core.Media.MediaAsset> UploadAcceptedAsync(this TestTenant tenant, byte[] bytes, string name, string folder = "", ClaimsPrincipal? user = null)
    {
        var result = await tenant.UploadAsync(bytes, name, folder, user);
        Assert.True(result.Asset is not null, result.Refusal?.Message);
        return result.Asset!;
    }

    /// <summary>How many rows the library holds.</summary>
    public static Task<int> CountAssetsAsync(this TestTenant tenant) => tenant.RunAsync<MediaDbContext, int>(db => db.Assets.CountAsync());

    /// <summary>The files under the tenant's media folder (temporary files included).</summary>
    public static string[] StoredFiles(this TestTenant tenant)
    {
        var folder = Path.Combine(tenant.DataPath, "Sites", "Default", "Media");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    private static ClaimsPrincipal User(string id, string name, params string[] roles)
        => new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Test"));
}
