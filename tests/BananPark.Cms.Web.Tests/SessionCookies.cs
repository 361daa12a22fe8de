using System.Text.RegularExpressions;
using BananPark.Cms.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace BananPark.Cms.Web.Tests;

/// <summary>Clients whose cookies a test can read, copies of a session cookie, sign-out and the sessions page's rows.</summary>
internal static partial class SessionCookies
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, System.Net.CookieContainer> Jars = new();

    /// <summary>A client of the in-process site (no redirects followed) whose cookie jar <see cref="CopyOf"/> can read.</summary>
    public static HttpClient NewClient(AdminSite site)
    {
        var jar = new System.Net.CookieContainer();
        var client = site.Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar));
        Jars.Add(client, jar);
        return client;
    }

    /// <summary>Another client that sends only the session cookie of <paramref name="client"/>, as a header (a stolen copy).</summary>
    public static HttpClient CopyOf(AdminSite site, HttpClient client)
    {
        Assert.True(Jars.TryGetValue(client, out var jar), "Make the client with SessionCookies.NewClient.");
        var session = jar.GetCookies(new Uri("http://localhost"))[IdentityServiceCollectionExtensions.CookieName] ?? throw new InvalidOperationException("The client has no session cookie.");
        var copy = site.Factory.CreateDefaultClient(new Uri("http://localhost"));
        copy.DefaultRequestHeaders.Add("Cookie", $"{session.Name}={session.Value}");
        return copy;
    }

    /// <summary>Posts the admin header's sign-out form.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var token = await Forms.TokenAsync(client, "/admin");
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        return await client.PostAsync(new Uri("/logout", UriKind.Relative), form);
    }

    /// <summary>How many sessions the sessions page lists.</summary>
    public static int Rows(string html) => SessionRow().Count(html);

    [GeneratedRegex("<tr class=\"session-row")]
    private static partial Regex SessionRow();
}
