using System.ComponentModel.DataAnnotations;
using BananPark.Cms.Core.Settings;

namespace BananPark.Cms.Admin.Services;

// The screen's attributes: each asks Core's SiteSettingsRules, which the Settings recipe step checks too.

/// <summary>A culture .NET knows by that name (e.g. <c>en</c>, <c>zh-CN</c>); empty is left to <see cref="RequiredAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class CultureNameAttribute : ValidationAttribute
{
    public CultureNameAttribute() : base("This is not a culture name; use one such as en or zh-CN.")
    {
    }

    public override bool IsValid(object? value) => value is not string name || string.IsNullOrWhiteSpace(name) || SiteChoices.CanonicalCulture(name.Trim()) is not null;
}

/// <summary>A time zone this server knows (an IANA id such as <c>Asia/Shanghai</c>); empty is left to <see cref="RequiredAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TimeZoneIdAttribute : ValidationAttribute
{
    public TimeZoneIdAttribute() : base("This server knows no time zone by that name; use one such as Asia/Shanghai.")
    {
    }

    public override bool IsValid(object? value) => value is not string id || SiteSettingsRules.IsKnownTimeZone(id);
}

/// <summary>An absolute http or https address, or nothing.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class HttpUrlAttribute : ValidationAttribute
{
    public HttpUrlAttribute() : base("Enter a full address starting with https:// or http://.")
    {
    }

    public override bool IsValid(object? value) => value is not string url || SiteSettingsRules.IsHttpUrl(url);
}

/// <summary>A search engine's verification code (<see cref="SiteSettingsRules.IsVerificationCode"/>), or nothing.</summary>
internal sealed class VerificationCodeAttribute : ValidationAttribute
{
    public VerificationCodeAttribute() : base("Paste only the code from the tag's content=\"…\": letters, digits, '-' and '_'.")
    {
    }

    public override bool IsValid(object? value) => value is not string code || SiteSettingsRules.IsVerificationCode(code);
}
