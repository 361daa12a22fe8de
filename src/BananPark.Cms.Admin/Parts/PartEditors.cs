namespace BananPark.Cms.Admin.Parts;

/// <summary>Every registered <see cref="IPartEditor"/>, by part; a part without one is shown read-only and kept as stored.</summary>
public sealed class PartEditors
{
    private readonly Dictionary<string, IPartEditor> _editors = new(StringComparer.Ordinal);

    public PartEditors(IEnumerable<IPartEditor> editors)
    {
        foreach (var editor in editors)
        {
            if (!_editors.TryAdd(editor.Part, editor))
            {
                throw new InvalidOperationException($"The editor of the part '{editor.Part}' is registered twice.");
            }
        }
    }

    /// <summary>The editor of <paramref name="part"/>, or null.</summary>
    public IPartEditor? For(string part) => _editors.GetValueOrDefault(part);
}
