namespace BananPark.Cms.Core.ContentManagement;

/// <summary>What a property of a part or field may hold (null is always allowed).</summary>
public enum ValueShape
{
    /// <summary>A JSON string.</summary>
    Text,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A string holding an ISO 8601 date or date-time.</summary>
    Date,

    /// <summary>An array of strings.</summary>
    TextArray,

    /// <summary>An array of anything.</summary>
    Array,

    /// <summary>A JSON object, a value of several properties (a media value inside a part, such as <c>SeoMetaPart.OpenGraphImage</c>).</summary>
    Record,
}
