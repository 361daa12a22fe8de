using BananPark.Cms.Core.ContentManagement.Kinds;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Content.Fields;

/// <summary>Registers what Content knows of a field kind: <c>services.AddContentField&lt;TextField&gt;().WithRules&lt;TextFieldRules&gt;()</c>.</summary>
public sealed class ContentFieldBuilder<TField>(IServiceCollection services) where TField : IContentField
{
    /// <summary>The kind's rules (one instance for the host).</summary>
    public ContentFieldBuilder<TField> WithRules<TRules>() where TRules : FieldKindRules<TField>
    {
        services.AddSingleton<IFieldRules, TRules>();
        return this;
    }

    /// <summary>The settings only this kind has, as the type editor's field page edits them.</summary>
    public ContentFieldBuilder<TField> WithSettings<TSettings>() where TSettings : class, IFieldKindSettings
    {
        services.AddSingleton<IFieldKindSettings, TSettings>();
        return this;
    }
}
