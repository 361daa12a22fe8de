using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.OpenId.Recipes;

/// <summary>
/// The entries of an OpenID step: Orchard's one entry written on the step itself, or the array an export writes
/// (<c>Applications[]</c>, <c>Scopes[]</c>), each with its JSON path.
/// </summary>
internal static class StepEntries
{
    public static List<StepJson> Of(RecipeStepContext context, string listName)
    {
        if (context.Property(listName) is not { } list)
        {
            return [new StepJson(context, context.Step, "")];
        }

        if (list is not JsonArray array)
        {
            throw context.Error(listName, $"'{listName}' must be an array.");
        }

        var entries = new List<StepJson>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject entry)
            {
                throw context.Error($"{listName}[{i}]", "each entry is an object.");
            }

            entries.Add(new StepJson(context, entry, $"{listName}[{i}]"));
        }

        return entries;
    }
}
