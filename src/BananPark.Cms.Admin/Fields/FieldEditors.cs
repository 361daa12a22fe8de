namespace BananPark.Cms.Admin.Fields;

/// <summary>Every registered <see cref="IFieldEditor"/>, by kind; a kind without one is shown read-only and kept as stored.</summary>
public sealed class FieldEditors
{
    private readonly Dictionary<string, IFieldEditor> _editors = new(StringComparer.Ordinal);

    public FieldEditors(IEnumerable<IFieldEditor> editors)
    {
        foreach (var editor in editors)
        {
            if (!_editors.TryAdd(editor.Kind, editor))
            {
                throw new InvalidOperationException($"The editor of the field kind '{editor.Kind}' is registered twice.");
            }
        }
    }

    /// <summary>The editor of <paramref name="kind"/>, or null.</summary>
    public IFieldEditor? For(string kind) => _editors.GetValueOrDefault(kind);
}
