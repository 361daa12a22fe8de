using BananPark.Cms.Core.Metadata;
using Microsoft.AspNetCore.Components;

namespace BananPark.Cms.Admin.Fields;

/// <summary>
/// The base of a kind's settings form, rendered inside the field page's form: its inputs are named
/// <c>Input.{Property}</c> and read back by the kind's <see cref="IFieldSettingsBinder"/>.
/// </summary>
public abstract class FieldSettingsForm<TInput> : ComponentBase where TInput : class
{
    /// <summary>The settings shown: stored, or just posted when a refused save shows the form again.</summary>
    [Parameter, EditorRequired]
    public TInput Input { get; set; } = default!;

    /// <summary>The tenant's definitions (e.g. the types a picker may pick from).</summary>
    [Parameter, EditorRequired]
    public ContentDefinition Definition { get; set; } = default!;
}
