using BananPark.Cms.Tenancy.Setup;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// Builds and runs the site. A setting that is wrong prints one line and exits with 2, before anything
/// listens; a failed setup stops the host, which then exits with 1.
/// </summary>
internal static class CmsHost
{
    public const int ConfigurationErrorExitCode = 2;
    public const int SetupFailedExitCode = 1;

    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder> addServices, Action<WebApplication> usePipeline)
    {
        WebApplication app;
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Find(args) });
            addServices(builder);
            app = builder.Build();
            usePipeline(app);
            // The host validates options on start too, but logs the failure with its stack trace first.
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception e) when (StartupErrors.Describe(e) is { } problem)
        {
            await Console.Error.WriteLineAsync($"Banan Park CMS cannot start: {problem}");
            return ConfigurationErrorExitCode;
        }

        if (BackupCommand.Matches(args))
        {
            await using (app)
            {
                return await BackupCommand.RunAsync(app.Services, args);
            }
        }

        if (SearchCommand.Matches(args))
        {
            await using (app)
            {
                return await SearchCommand.RunAsync(app.Services, args);
            }
        }

        var ready = app.Services.GetRequiredService<ReadyTenants>();
        await using (app)
        {
            await app.RunAsync();
        }

        return ready.SetupFailed ? SetupFailedExitCode : 0;
    }
}
