using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Theming.Fields.Date;

namespace BananPark.Cms.Theming.Fields.DateAndTime;

/// <summary>The date and time in a <c>time</c> element, in UTC when stored as UTC.</summary>
public sealed class DateTimeFieldDisplay : FieldKindDisplay<DateTimeField>
{
    protected override string? Render(FieldDisplayContext context) => TimeElement.Of(DisplayValues.Text(context.Value, "Value"), withTime: true);
}
