using System.Text.RegularExpressions;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Media.Profiles;
using BananPark.Cms.Media.Services;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.ScopeDefinitions;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The admin screens: every route under /admin that a Razor component page answers, read from the
/// assembled site's endpoint data source (so a new screen is covered without anyone listing it),
/// with its route parameters filled from a site's own seeded items, types and users.
/// </summary>
internal static partial class AdminScreens
{
    /// <summary>The screens' route patterns, e.g. <c>/admin/users/{Id}</c>.</summary>
    public static IReadOnlyList<string> Routes(IServiceProvider services)
        => services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(path => path == "/admin" || path.StartsWith("/admin/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A value for each route parameter, keyed by the segment before it and its name
    /// (<c>users/{Id}</c>), with the text the screen's heading shows for it.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, ScreenValue>> SeededValuesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("admin")
            ?? throw new InvalidOperationException("The site has no user 'admin'.");
        var item = (await scope.ServiceProvider.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery { ContentType = "Enterprise", Take = 1 })).Single();
        var definition = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetAsync();
        var type = definition.FindType(item.ContentType)!;
        var field = definition.FindPart(type.Name)!.OrderedFields.First();
        var typeName = type.DisplayName ?? type.Name;
        var picture = await SamplePictureAsync(scope.ServiceProvider, admin);
        var profile = await SampleProfileAsync(scope.ServiceProvider);
        var (application, openIdScope) = await SampleOpenIdAsync(scope.ServiceProvider);
        return new Dictionary<string, ScreenValue>(StringComparer.Ordinal)
        {
            ["users/{Id}"] = new(admin.Id, admin.UserName!),
            ["roles/{Name}"] = new("Editor", "Editor"),
            ["content/{ContentItemId}"] = new(item.ContentItemId, item.DisplayText!),
            ["new/{NewType}"] = new(type.Name, typeName),
            ["content-types/{Name}"] = new(type.Name, typeName),
            ["fields/{Field}"] = new(field.Name, field.DisplayName),
            ["purge/{Property}"] = new(field.Name, field.Name),
            ["item/{Path}"] = new(picture.Path, picture.FileName),
            ["profiles/{Name}"] = new(profile.Name, profile.Name),
            ["application/{ClientId}"] = new(application.ClientId, application.ClientId),
            ["scope/{ScopeName}"] = new(openIdScope.Name, openIdScope.Name),
        };
    }

    /// <summary>A picture in the library's root for the media screens, uploaded by the admin once per site.</summary>
    private static async Task<MediaAsset> SamplePictureAsync(IServiceProvider services, CmsUser admin)
    {
        const string FileName = "screen-sample.png";
        if (await services.GetRequiredService<IMediaAssets>().GetAsync(FileName) is { } existing)
        {
            return existing;
        }

        using var image = new Image<Rgba32>(64, 48, new Rgba32(20, 80, 160));
        using var png = new MemoryStream();
        await image.SaveAsPngAsync(png);
        png.Position = 0;
        var user = await services.GetRequiredService<SignInManager<CmsUser>>().CreateUserPrincipalAsync(admin);
        var result = await services.GetRequiredService<MediaLibrary>().UploadAsync(png, FileName, "", user, CancellationToken.None);
        return result.Asset ?? throw new InvalidOperationException($"The sample picture was refused: {result.Refusal}");
    }

    /// <summary>A media profile for the profile screen, saved once per site.</summary>
    private static async Task<MediaProfile> SampleProfileAsync(IServiceProvider services)
    {
        var profiles = services.GetRequiredService<MediaProfiles>();
        if ((await profiles.AllAsync()).TryGetValue("screen-sample", out var existing))
        {
            return existing;
        }

        var profile = new MediaProfile { Name = "screen-sample", Hint = "Admin screen checks", Width = 480, Height = 320, Mode = MediaResizeMode.Crop, Format = "webp", Quality = 80 };
        await profiles.SaveAsync(profile);
        return profile;
    }

    /// <summary>An OpenID application and scope for their screens, registered once per site.</summary>
    private static async Task<(ApplicationInput Application, ScopeInput Scope)> SampleOpenIdAsync(IServiceProvider services)
    {
        var scopes = services.GetRequiredService<ScopeService>();
        var scope = new ScopeInput { Name = "screen.sample", DisplayName = "Screen sample", Description = "A scope for the screen checks.", Resources = ["sample-api"] };
        if (await scopes.FindAsync(scope.Name) is null)
        {
            var created = await scopes.CreateAsync(scope);
            _ = created.Succeeded ? created : throw new InvalidOperationException($"The sample scope was refused: {string.Join("; ", created.Problems.Values)}");
        }

        var applications = services.GetRequiredService<ApplicationService>();
        var application = new ApplicationInput
        {
            ClientId = "screen-sample",
            DisplayName = "Screen sample",
            Type = ApplicationInput.Confidential,
            AllowAuthorizationCodeFlow = true,
            AllowClientCredentialsFlow = true,
            AllowRefreshTokenFlow = true,
            RedirectUris = ["https://partner.example/callback"],
            Scopes = ["api", scope.Name],
            Roles = ["Editor"],
        };
        if (await applications.FindAsync(application.ClientId) is null)
        {
            var created = await applications.CreateAsync(application);
            _ = created.Succeeded ? created : throw new InvalidOperationException($"The sample application was refused: {string.Join("; ", created.Problems.Values)}");
        }

        return (application, scope);
    }

    /// <summary>
    /// The route with its parameters filled, and the texts they show, in route order (the last is the
    /// screen's subject: a field's screen is about the field, not its type); throws naming a parameter without a value.
    /// </summary>
    public static (string Path, IReadOnlyList<string> Shows) Fill(string route, IReadOnlyDictionary<string, ScreenValue> values)
    {
        var shows = new List<string>();
        var path = Parameter().Replace(route, match =>
        {
            var key = $"{match.Groups["parent"].Value}/{{{match.Groups["name"].Value}}}";
            if (!values.TryGetValue(key, out var value))
            {
                throw new InvalidOperationException($"The screen {route} has a route parameter '{key}' with no seeded value: add one to {nameof(AdminScreens)}.{nameof(SeededValuesAsync)}.");
            }

            shows.Add(value.Shows);
            return $"{match.Groups["parent"].Value}/{Uri.EscapeDataString(value.Value)}";
        });
        return (path, shows);
    }

    // A parameter and the segment before it; constraints and defaults ({id:int}, {page?}) are not part of the name.
    [GeneratedRegex(@"(?<parent>[^/]+)/\{\*{0,2}(?<name>[^}:?=]+)[^}]*\}")]
    private static partial Regex Parameter();
}

/// <summary>A route parameter's value and what the screen's heading shows for it.</summary>
internal sealed record ScreenValue(string Value, string Shows);
