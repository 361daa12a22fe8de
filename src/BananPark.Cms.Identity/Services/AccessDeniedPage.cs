namespace BananPark.Cms.Identity.Services;

/// <summary>What a signed-in user sees on a screen their roles do not allow (status 403).</summary>
internal static class AccessDeniedPage
{
    public const string Html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex"><title>No access · Banan Park CMS</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #1d2733">
        <main><h1>You do not have access to this page</h1>
        <p>Your roles do not allow this screen. If you need it for your work, ask an administrator to give you the permission.</p>
        <p><a href="/admin">Go to the dashboard</a></p></main></body></html>
        """;
}
