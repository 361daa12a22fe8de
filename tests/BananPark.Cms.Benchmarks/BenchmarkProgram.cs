using BananPark.Cms.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

if (args is ["import", ..])
{
    return await ImportRun.RunAsync(args);
}

// In process: the seeded tenant is built once and shared by every benchmark of the run,
// and no generated project has to build under the repository's strict analyzers.
// Fifteen measured iterations keep a full run to a few minutes on two cores.
var config = DefaultConfig.Instance.AddJob(Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithWarmupCount(3)
    .WithIterationCount(15)
    .AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(SeededSite).Assembly).Run(args, config);
await SeededSite.DisposeAsync();
return 0;
