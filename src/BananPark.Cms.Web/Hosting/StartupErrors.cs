using Microsoft.Extensions.Options;

namespace BananPark.Cms.Web.Hosting;

/// <summary>Tells a wrong setting from a bug: a wrong setting is described in one line, without a stack trace.</summary>
internal static class StartupErrors
{
    private const string BinderAssembly = "Microsoft.Extensions.Configuration.Binder";

    /// <summary>The setting and what is wrong with it, or null when <paramref name="error"/> is not about settings.</summary>
    public static string? Describe(Exception error) => error switch
    {
        OptionsValidationException invalid => string.Join(" ", invalid.Failures),
        AggregateException all when all.InnerExceptions.Count > 0 && all.InnerExceptions.All(e => Describe(e) is not null)
            => string.Join(" ", all.InnerExceptions.Select(Describe)),
        // "Failed to convert configuration value 'Foo' at 'Cms:DatabaseProvider' to type '…'." and why.
        InvalidOperationException bad when bad.Source == BinderAssembly
            => bad.InnerException is { } why ? $"{bad.Message} {why.Message}" : bad.Message,
        _ => null,
    };
}
