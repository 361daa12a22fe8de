using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Core.Tests;

public sealed class CoreDependencyTests
{
    [Fact]
    public void CoreAssembly_ReferencesNoAspNetCoreEfCoreOrOtherProjectOfOurs()
    {
        var references = typeof(ContentItem).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("BananPark.", StringComparison.Ordinal));
    }

    [Fact]
    public void CoreProjectFile_HasNoPackageOrProjectReferences()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "BananPark.Cms.Core", "BananPark.Cms.Core.csproj"));

        Assert.DoesNotContain("PackageReference", project, StringComparison.Ordinal);
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
        Assert.DoesNotContain("FrameworkReference", project, StringComparison.Ordinal);
    }
}
