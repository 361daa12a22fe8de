using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Identity.Components.Admin;

/// <summary>An email address, or nothing: an empty box (which forms bind as "") is valid.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OptionalEmailAttribute : ValidationAttribute
{
    private static readonly EmailAddressAttribute Email = new();

    public OptionalEmailAttribute() : base("This is not an email address.")
    {
    }

    public override bool IsValid(object? value) => value is null or "" || Email.IsValid(value);
}
