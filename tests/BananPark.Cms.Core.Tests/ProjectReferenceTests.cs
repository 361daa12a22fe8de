using System.Xml.Linq;

namespace BananPark.Cms.Core.Tests;

/// <summary>
/// The dependency direction of the README, read from the project files: Core references nothing of ours,
/// Data only Core, each capability Core and Data plus the few references the README names, and only Web
/// references everything. A new capability project gets Core and Data until the README allows more.
/// </summary>
public sealed class ProjectReferenceTests
{
    private const string Prefix = "BananPark.Cms.";

    /// <summary>What the README allows each project besides Core and Data (Core itself gets neither).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Core"] = [],
        ["Data"] = ["Core"],
        ["Admin"] = ["Core", "Data", "Identity", "Recipes", "Content", "Theming"],
        ["Redis"] = ["Core", "Data"],
        // Media checks permissions on its admin endpoints and screens, as Admin does.
        ["Media"] = ["Core", "Data", "Identity"],
        // The PostgreSQL migrations of every context: the contexts' projects, nothing else; nothing but Web references it.
        ["Migrations.PostgreSql"] = ["Data", "Identity", "Media", "OpenId", "Search", "Enquiries"],
        // The content API reuses Content's manager, item permission rules and validation.
        ["Api"] = ["Core", "Data", "Content"],
        // The OpenID Connect server signs users in through Identity and maps tokens onto its permission checks.
        ["OpenId"] = ["Core", "Data", "Identity"],
        // The public search page is rendered with the site theme (its layout and its Search template).
        ["Search"] = ["Core", "Data", "Theming"],
        // The enquiry form's pages (errors, thank-you) are rendered with the site theme, in its layout.
        ["Enquiries"] = ["Core", "Data", "Theming"],
    };

    [Fact]
    public void ProjectReferences_FollowTheReadmesDependencyDirection()
    {
        var projects = Projects();
        var wrong = new List<string>();
        foreach (var (name, references) in projects.Where(p => p.Key != "Web"))
        {
            var allowed = Allowed.GetValueOrDefault(name) ?? ["Core", "Data"];
            wrong.AddRange(references.Where(r => !allowed.Contains(r)).Select(r => $"{Prefix}{name} references {Prefix}{r}"));
        }

        Assert.Contains("Content", projects.Keys);
        Assert.True(wrong.Count == 0, "References that break the dependency direction (README, Architecture):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void ProjectReferences_OnlyWebReferencesEveryCapability()
    {
        var projects = Projects();

        Assert.Equal(projects.Keys.Where(p => p != "Web").Order(StringComparer.Ordinal), projects["Web"].Order(StringComparer.Ordinal));
        Assert.DoesNotContain(projects.Where(p => p.Key != "Web"), p => p.Value.Contains("Web"));
    }

    [Fact]
    public void Theming_NoLongerCarriesTheSanitizerPackages()
    {
        var theming = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "BananPark.Cms.Theming", "BananPark.Cms.Theming.csproj"));
        var content = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "BananPark.Cms.Content", "BananPark.Cms.Content.csproj"));

        Assert.DoesNotContain("HtmlSanitizer", theming, StringComparison.Ordinal);
        Assert.DoesNotContain("Markdig", theming, StringComparison.Ordinal);
        Assert.Contains("HtmlSanitizer", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Redis_IsTheOnlyProjectThatTalksToRedis()
    {
        var withClient = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(file => File.ReadAllText(file).Contains("StackExchange", StringComparison.Ordinal))
            .Select(ShortName);

        Assert.Equal(["Redis"], withClient);
    }

    /// <summary>Each project under <c>src</c> (short name, e.g. <c>Content</c>) with the projects it references.</summary>
    private static Dictionary<string, List<string>> Projects()
        => Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.csproj", SearchOption.AllDirectories)
            .ToDictionary(
                file => ShortName(file),
                file => XDocument.Load(file).Descendants("ProjectReference")
                    .Select(r => ShortName(r.Attribute("Include")!.Value.Replace('\\', '/'))).ToList(),
                StringComparer.Ordinal);

    private static string ShortName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.StartsWith(Prefix, StringComparison.Ordinal) ? name[Prefix.Length..] : name;
    }
}
