using System.Text.Json;
using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Theming.Fields.Boolean;

/// <summary>Yes or No; nothing when no value is stored.</summary>
public sealed class BooleanFieldDisplay : FieldKindDisplay<BooleanField>
{
    protected override string? Render(FieldDisplayContext context)
        => context.Value.TryGetProperty("Value", out var value) ? value.ValueKind switch
        {
            JsonValueKind.True => "Yes",
            JsonValueKind.False => "No",
            _ => null,
        } : null;
}
