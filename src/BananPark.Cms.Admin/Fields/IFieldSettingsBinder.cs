using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Fields;

/// <summary>Reads a kind's own settings from the posted field page (input names <c>Input.{Property}</c>) into its settings input.</summary>
public interface IFieldSettingsBinder
{
    /// <summary>The posted settings; a value that can't be read adds a sentence to <paramref name="problems"/>.</summary>
    object Bind(IFormCollection form, ICollection<string> problems);
}

/// <summary>A settings binder that reads a <typeparamref name="TInput"/>.</summary>
public abstract class FieldSettingsBinder<TInput> : IFieldSettingsBinder where TInput : class
{
    /// <summary>The prefix of the settings' input names, as the field page's form names its model.</summary>
    public const string Prefix = "Input.";

    /// <inheritdoc cref="IFieldSettingsBinder.Bind"/>
    public abstract TInput Bind(IFormCollection form, ICollection<string> problems);

    object IFieldSettingsBinder.Bind(IFormCollection form, ICollection<string> problems) => Bind(form, problems);

    /// <summary>The posted text of <c>Input.{property}</c>, trimmed; null when blank.</summary>
    protected static string? Text(IFormCollection form, string property)
        => form[Prefix + property].FirstOrDefault()?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>A ticked <c>Input.{property}</c> box (it posts <c>true</c>).</summary>
    protected static bool Checked(IFormCollection form, string property)
        => form[Prefix + property].Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
}
