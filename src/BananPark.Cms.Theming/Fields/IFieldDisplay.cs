namespace BananPark.Cms.Theming.Fields;

/// <summary>
/// How the public site shows one field kind when a template does not place the field itself
/// (<c>other_fields</c>): the value as safe HTML, or null when there is nothing to show. Registered beside the
/// kind (<c>services.AddFieldDisplay&lt;TextField, TextFieldDisplay&gt;()</c>); most derive from
/// <see cref="FieldKindDisplay{TField}"/>. Implementations are stateless singletons.
/// </summary>
public interface IFieldDisplay
{
    /// <summary>The kind shown, e.g. <c>TextField</c>.</summary>
    string Kind { get; }

    /// <summary>The value (a JSON object) as HTML that is safe to output as is; null when it is empty.</summary>
    ValueTask<string?> RenderAsync(FieldDisplayContext context);
}
