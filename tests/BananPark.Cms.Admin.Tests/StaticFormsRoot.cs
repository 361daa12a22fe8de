using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Forms.Mapping;
using Microsoft.AspNetCore.Components.Rendering;

namespace BananPark.Cms.Admin.Tests;

/// <summary>
/// Stands in for the form mapping context that static server rendering gives every page, so an
/// <see cref="EditForm"/> renders as it does there: posting, with its antiforgery token. (The host
/// supplies an unnamed root context from its services; a scope component needs a name.)
/// </summary>
public sealed class StaticFormsRoot : ComponentBase
{
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<FormMappingScope>(0);
        builder.AddComponentParameter(1, nameof(FormMappingScope.Name), "test-page");
        builder.AddComponentParameter(2, nameof(FormMappingScope.ChildContent), (RenderFragment<FormMappingContext>)(_ => ChildContent ?? (_ => { })));
        builder.CloseComponent();
    }
}

/// <summary>The form data of a GET request: there is none, so [SupplyParameterFromForm] parameters stay unset.</summary>
public sealed class NoFormPosted : IFormValueMapper
{
    public bool CanMap(Type valueType, string scopeName, string? formName) => false;

    public void Map(FormValueMappingContext context) => throw new InvalidOperationException("No form was posted.");
}
