using System.Globalization;
using BananPark.Cms.OpenId.Settings;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.OpenId.Admin;

/// <summary>
/// The server settings form: the three <c>Allow…Flow</c> boxes, and each lifetime as a whole number (<c>{Name}</c>) and
/// a unit (<c>{Name}Unit</c>: seconds, minutes, hours or days). The ranges are <see cref="OpenIdServerSettings.Problems"/>'.
/// </summary>
public static class ServerSettingsForm
{
    /// <summary>The lifetimes the form shows, by property name, with their labels.</summary>
    public static readonly IReadOnlyList<(string Name, string Label, Func<OpenIdServerSettings, TimeSpan> Get)> Lifetimes =
    [
        (nameof(OpenIdServerSettings.AccessTokenLifetime), "Access tokens", s => s.AccessTokenLifetime),
        (nameof(OpenIdServerSettings.AuthorizationCodeLifetime), "Authorization codes", s => s.AuthorizationCodeLifetime),
        (nameof(OpenIdServerSettings.IdentityTokenLifetime), "Identity tokens", s => s.IdentityTokenLifetime),
        (nameof(OpenIdServerSettings.RefreshTokenLifetime), "Refresh tokens", s => s.RefreshTokenLifetime),
    ];

    /// <summary>The units a lifetime is typed in, largest first.</summary>
    public static readonly IReadOnlyList<(string Name, TimeSpan Length)> Units =
        [("days", TimeSpan.FromDays(1)), ("hours", TimeSpan.FromHours(1)), ("minutes", TimeSpan.FromMinutes(1)), ("seconds", TimeSpan.FromSeconds(1))];

    /// <summary>The lifetime as the form shows it: in the largest unit it is a whole number of.</summary>
    public static (long Value, string Unit) Show(TimeSpan lifetime)
    {
        var (name, length) = Units.First(u => lifetime.Ticks % u.Length.Ticks == 0 || u.Name == "seconds");
        return (lifetime.Ticks / length.Ticks, name);
    }

    /// <summary>The posted settings and the problems by field; a lifetime that is not a number keeps the stored one and is a problem.</summary>
    public static (OpenIdServerSettings Settings, Dictionary<string, string> Problems, Dictionary<string, string> Typed) Read(IFormCollection form, OpenIdServerSettings stored)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        TimeSpan Lifetime(string name, TimeSpan current)
        {
            var text = PostedLists.Text(form, name);
            typed[name] = text;
            typed[name + "Unit"] = PostedLists.Text(form, name + "Unit");
            var unit = Units.FirstOrDefault(u => u.Name == typed[name + "Unit"]);
            if (unit.Name is null || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 100_000_000)
            {
                problems[name] = "Type a whole number and choose its unit.";
                return current;
            }

            return TimeSpan.FromTicks(unit.Length.Ticks * value);
        }

        var settings = stored with
        {
            AllowAuthorizationCodeFlow = PostedLists.Ticked(form, nameof(OpenIdServerSettings.AllowAuthorizationCodeFlow)),
            AllowClientCredentialsFlow = PostedLists.Ticked(form, nameof(OpenIdServerSettings.AllowClientCredentialsFlow)),
            AllowRefreshTokenFlow = PostedLists.Ticked(form, nameof(OpenIdServerSettings.AllowRefreshTokenFlow)),
            AccessTokenLifetime = Lifetime(nameof(OpenIdServerSettings.AccessTokenLifetime), stored.AccessTokenLifetime),
            AuthorizationCodeLifetime = Lifetime(nameof(OpenIdServerSettings.AuthorizationCodeLifetime), stored.AuthorizationCodeLifetime),
            IdentityTokenLifetime = Lifetime(nameof(OpenIdServerSettings.IdentityTokenLifetime), stored.IdentityTokenLifetime),
            RefreshTokenLifetime = Lifetime(nameof(OpenIdServerSettings.RefreshTokenLifetime), stored.RefreshTokenLifetime),
        };
        foreach (var problem in settings.Problems())
        {
            var name = Lifetimes.First(l => problem.StartsWith(l.Name, StringComparison.Ordinal)).Name;
            problems.TryAdd(name, "This lifetime" + problem[name.Length..]);
        }

        return (settings, problems, typed);
    }
}
