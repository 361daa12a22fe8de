using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Theming.Fields.Date;

/// <summary>The date in a <c>time</c> element: <c>&lt;time datetime="2002-12-01"&gt;1 December 2002&lt;/time&gt;</c>.</summary>
public sealed class DateFieldDisplay : FieldKindDisplay<DateField>
{
    protected override string? Render(FieldDisplayContext context) => TimeElement.Of(DisplayValues.Text(context.Value, "Value"), withTime: false);
}
