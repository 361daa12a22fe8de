using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Search.Services;
using BananPark.Cms.Tenancy.Services;

namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// <c>search rebuild</c>: builds every tenant's search index again from its published items, with the site's own
/// settings, printing progress; nothing listens. The tenant's migrations are applied first (as a start would), so
/// it also serves a site that has not run since search was added. The site may be running: the rebuild is one
/// transaction, and visitors search the old index until it commits.
/// </summary>
internal static class SearchCommand
{
    public const string Name = "search";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length < 2 || args[1] != "rebuild")
        {
            await Console.Error.WriteLineAsync("Usage: search rebuild  (builds every tenant's search index again from its published items)");
            return CmsHost.ConfigurationErrorExitCode;
        }

        foreach (var tenant in services.GetRequiredService<TenantRegistry>().All)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Tenant = tenant;
            foreach (var initializer in scope.ServiceProvider.GetServices<ITenantInitializer>().OrderBy(i => i.Order))
            {
                await initializer.InitializeAsync(CancellationToken.None);
            }

            var progress = new ConsoleProgress(tenant.Name);
            var indexed = await scope.ServiceProvider.GetRequiredService<SearchRebuild>().RebuildAsync(progress, CancellationToken.None);
            await Console.Out.WriteLineAsync($"{tenant.Name}: the index holds {indexed} document(s).");
        }

        return 0;
    }

    /// <summary>Prints each batch as it is done (synchronously: <see cref="Progress{T}"/> would post to the thread pool and print late).</summary>
    private sealed class ConsoleProgress(string tenant) : IProgress<SearchRebuildProgress>
    {
        public void Report(SearchRebuildProgress value) => Console.WriteLine($"{tenant}: {value.Done}/{value.Total} published item(s) read");
    }
}
