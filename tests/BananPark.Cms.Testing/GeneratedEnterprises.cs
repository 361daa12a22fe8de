using System.Globalization;
using System.Text.Json.Nodes;

namespace BananPark.Cms.Testing;

/// <summary>
/// The park at its real size for benchmarks and load checks: a recipe with one <c>Content</c> step of
/// generated enterprises spread over the Banan recipe's six clusters (imported after the Banan recipe).
/// Names, routes and ids are made up and marked as such ("Generated enterprise 00042"); they never reach
/// the shipped recipe. The same count always gives the same recipe.
/// </summary>
public static class GeneratedEnterprises
{
    /// <summary>The Banan recipe's clusters, by content item id.</summary>
    public static IReadOnlyList<string> ClusterIds { get; } =
    [
        "9e1yebvs9pyd7jptpqy4ryf79q", "t4kt3http5qwthxr0czqag8x11", "fdw5d6pqp3ws20m74z8wehjdng",
        "7new7qrh6fhmwyeg857q360n8c", "ypfnhvtqq1y75p52zdt8r730nx", "zgbtc0yjs6y6cgfsfgnygcb4dz",
    ];

    private static readonly string[] Industries =
        ["optoelectronic", "automotive", "biomedicine", "logistics", "semiconductor", "software", "robotics", "textile", "food", "energy"];

    /// <summary>The recipe as JSON text.</summary>
    public static string Recipe(int count) => RecipeJson(count).ToJsonString();

    /// <summary>The recipe as a JSON object.</summary>
    public static JsonObject RecipeJson(int count)
    {
        var data = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            data.Add(Enterprise(i));
        }

        return new JsonObject
        {
            ["name"] = $"generated-enterprises-{count}",
            ["displayName"] = $"{count:N0} generated enterprises",
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "Content", ["data"] = data }),
        };
    }

    /// <summary>
    /// A setup recipe for a site at the park's real size: the Banan recipe's header and steps, then the
    /// <c>Content</c> step of <paramref name="count"/> generated enterprises, named <c>banan-park-generated-{count}</c>.
    /// Setup imports it in one transaction, through the same executor and steps as the Banan recipe alone.
    /// </summary>
    public static JsonObject SetupRecipeJson(int count)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(RepositoryPaths.BananRecipe))!.AsObject();
        recipe["name"] = SetupRecipeName(count);
        recipe["displayName"] = string.Create(CultureInfo.InvariantCulture, $"{recipe["displayName"]} with {count:N0} generated enterprises");
        var generated = RecipeJson(count)["steps"]!.AsArray();
        var content = generated[0];
        generated.RemoveAt(0);
        recipe["steps"]!.AsArray().Add(content);
        return recipe;
    }

    /// <summary>The name (and file name, before <c>.recipe.json</c>) of <see cref="SetupRecipeJson"/>.</summary>
    public static string SetupRecipeName(int count) => string.Create(CultureInfo.InvariantCulture, $"banan-park-generated-{count}");

    /// <summary>The route of generated enterprise <paramref name="index"/>.</summary>
    public static string Route(int index) => string.Create(CultureInfo.InvariantCulture, $"enterprises/generated-{index:D5}");

    private static JsonObject Enterprise(int i)
    {
        var industry = Industries[i % Industries.Length];
        var title = string.Create(CultureInfo.InvariantCulture, $"Generated enterprise {i:D5} ({industry}) 生成企业");
        return new JsonObject
        {
            ["ContentItemId"] = Id(i),
            ["ContentItemVersionId"] = Id(i, 'v'),
            ["ContentType"] = "Enterprise",
            ["DisplayText"] = title,
            ["Latest"] = true,
            ["Published"] = true,
            ["Owner"] = "[js: parameters('AdminUserId')]",
            ["Author"] = "[js: parameters('AdminUsername')]",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["Enterprise"] = new JsonObject
            {
                ["Website"] = new JsonObject { ["Url"] = null, ["Text"] = null },
                ["Group"] = new JsonObject { ["ContentItemIds"] = new JsonArray() },
                ["Logo"] = new JsonObject { ["Paths"] = new JsonArray(), ["MediaTexts"] = new JsonArray() },
            },
            ["AutoroutePart"] = new JsonObject { ["Path"] = Route(i), ["SetHomepage"] = false },
            ["HtmlBodyPart"] = new JsonObject
            {
                ["Html"] = string.Create(CultureInfo.InvariantCulture, $"<p>A generated {industry} enterprise for measuring the site at its real size, number {i}.</p>"),
            },
            ["ContainedPart"] = new JsonObject { ["ListContentItemId"] = ClusterIds[i % ClusterIds.Count], ["Order"] = 100 + i },
        };
    }

    /// <summary>A 26-character id in Orchard's alphabet, unique per index.</summary>
    private static string Id(int index, char kind = 'g')
        => string.Create(CultureInfo.InvariantCulture, $"4{kind}en{index:D22}");
}
