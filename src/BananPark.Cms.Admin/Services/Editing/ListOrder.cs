namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>Moving one child of a list up or down; the page stores the result with <c>IContentManager.SetContainedOrderAsync</c>.</summary>
public static class ListOrder
{
    /// <summary>
    /// <paramref name="orderedIds"/> with <paramref name="childId"/> swapped with its neighbour above
    /// (<paramref name="up"/>) or below. Unchanged when the child is unknown or already at that end.
    /// </summary>
    public static IReadOnlyList<string> Move(IReadOnlyList<string> orderedIds, string childId, bool up)
    {
        var order = orderedIds.ToList();
        var index = order.IndexOf(childId);
        var target = up ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= order.Count)
        {
            return order;
        }

        (order[index], order[target]) = (order[target], order[index]);
        return order;
    }

    /// <summary>Reads a <c>list-move</c> button's value (<c>{childId}:up</c> or <c>:down</c>); null when malformed.</summary>
    public static (string ChildId, bool Up)? Parse(string? value)
    {
        var colon = value?.LastIndexOf(':') ?? -1;
        if (value is null || colon <= 0)
        {
            return null;
        }

        return value[(colon + 1)..] switch
        {
            "up" => (value[..colon], true),
            "down" => (value[..colon], false),
            _ => null,
        };
    }
}
