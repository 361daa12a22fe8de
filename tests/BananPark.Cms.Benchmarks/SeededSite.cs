using System.Diagnostics;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// One tenant for the whole run: the Banan Park recipe (types and 30 items) plus
/// <see cref="Enterprises"/> generated enterprises imported through the content manager.
/// </summary>
public static class SeededSite
{
    public const int Enterprises = 10_000;

    /// <summary>The word one enterprise in ten carries in its body.</summary>
    public const string SearchWord = "optoelectronic";

    private const int BatchSize = 500;

    private static readonly string[] Industries =
        ["optoelectronic", "automotive", "biomedicine", "logistics", "semiconductor", "software", "robotics", "textile", "food", "energy"];

    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Task<TestTenant>? _tenant;

    public static Task<TestTenant> GetAsync() => _tenant ??= SeedAsync();

    public static async Task DisposeAsync()
    {
        if (_tenant is not null)
        {
            await (await _tenant).DisposeAsync();
        }
    }

    private static async Task<TestTenant> SeedAsync()
    {
        var watch = Stopwatch.StartNew();
        var tenant = await TestTenant.CreateAsync();
        await tenant.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe));
        for (var first = 0; first < Enterprises; first += BatchSize)
        {
            await ImportBatchAsync(tenant, first, Math.Min(BatchSize, Enterprises - first));
        }

        Console.WriteLine($"// Seeded {Enterprises} enterprises in {watch.Elapsed.TotalSeconds:F1} s.");
        return tenant;
    }

    /// <summary>One transaction and one scope per batch, so the change tracker stays small.</summary>
    private static async Task ImportBatchAsync(TestTenant tenant, int first, int count)
    {
        await using var scope = tenant.CreateScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await using var transaction = await scope.ServiceProvider.GetRequiredService<IStoreSession>().BeginTransactionAsync();
        for (var i = first; i < first + count; i++)
        {
            await content.ImportAsync(Enterprise(i));
        }

        await transaction.CommitAsync();
    }

    private static ContentItem Enterprise(int i)
    {
        var industry = Industries[i % Industries.Length];
        var title = $"Enterprise {i:D5} {industry} 企业";
        var modified = Start.AddMinutes(i);
        return new ContentItemBuilder("Enterprise").WithTitle(title)
            .With(item =>
            {
                item.Published = i % 10 != 9;
                item.CreatedUtc = modified;
                item.ModifiedUtc = modified;
                item.Owner = "admin";
                item.Apply(new AutoroutePart { Path = $"enterprises/enterprise-{i:D5}" });
                item.Apply(new HtmlBodyPart { Html = $"<p>A {industry} company in the Banan Economic Park, Chongqing, with {i % 900 + 20} employees.</p>" });
                item.SetField("Enterprise", "Website", new LinkField { Url = $"https://e{i}.example.cn", Text = title });
                item.SetField("Enterprise", "Group", new ContentPickerField());
                item.SetField("Enterprise", "Logo", new MediaField());
            })
            .Build();
    }
}
