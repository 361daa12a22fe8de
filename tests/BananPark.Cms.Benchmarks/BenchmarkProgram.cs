using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// The entry point: <c>import</c>, <c>write-recipe</c>, <c>write-media-recipe</c> and <c>media-memory</c> commands, else BenchmarkDotNet's switcher (<c>--filter</c>).
/// A class rather than top-level statements: the site's own <c>Program</c> is referenced for <see cref="PublicSite"/>.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["import", ..])
        {
            return await ImportRun.RunAsync(args);
        }

        if (args is ["prune-tokens", ..])
        {
            return await TokenPruningRun.RunAsync(args);
        }

        if (args is ["write-recipe", ..])
        {
            return await WriteRecipeCommand.RunAsync(args);
        }

        if (args is ["write-media-recipe", ..])
        {
            return await WriteMediaRecipeCommand.RunAsync(args);
        }

        if (args is ["media-memory", ..])
        {
            return await MediaMemoryCommand.RunAsync(args);
        }

        // In process: the seeded tenant and the public sites are built once and shared by every benchmark
        // of the run, and no generated project has to build under the repository's strict analyzers.
        // Fifteen measured iterations keep a full run to a few minutes on two cores (ImportBenchmarks
        // sets fewer: one import takes seconds).
        var config = DefaultConfig.Instance.AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .AsDefault());
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args, config);
        await SeededSite.DisposeAsync();
        await PublicSite.DisposeAllAsync();
        return 0;
    }
}
