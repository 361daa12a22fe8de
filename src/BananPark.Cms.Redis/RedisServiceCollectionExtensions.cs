using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Redis.Changes;
using BananPark.Cms.Redis.Health;
using BananPark.Cms.Redis.Services;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace BananPark.Cms.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>The key of the data-protection key ring, under the instance prefix.</summary>
    public const string DataProtectionKey = "DataProtection-Keys";

    /// <summary>
    /// With <c>Cms:Redis:Configuration</c> set, what several nodes must share goes through Redis: the change
    /// signal (published and replayed), the data-protection keys, the distributed lock, the sign-in counters,
    /// and a readiness check. Without it, nothing is registered and the site is one node as before.
    /// Call it after the capabilities: it replaces their one-node defaults.
    /// </summary>
    public static IServiceCollection AddCmsRedis(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Cms:Redis");
        if (string.IsNullOrWhiteSpace(section[nameof(RedisOptions.Configuration)]))
        {
            return services;
        }

        services.AddOptions<RedisOptions>().Bind(section)
            .Validate(o => IsValid(o.Configuration), "Cms:Redis:Configuration is not a StackExchange.Redis configuration string.")
            .ValidateOnStart();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<RedisConnection>(sp, configuration));

        services.AddSingleton<RedisChangePublisher>();
        services.AddSingleton<ISiteChangeListener>(sp => sp.GetRequiredService<RedisChangePublisher>());
        services.AddSingleton<RedisChangeSubscriber>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisChangeSubscriber>());

        services.Replace(ServiceDescriptor.Singleton<IDistributedLock, RedisLock>());
        services.Replace(ServiceDescriptor.Singleton<ISharedCounters, RedisCounters>());

        // After Identity's file-system key folder, whatever the order of the calls.
        services.AddOptions<KeyManagementOptions>().PostConfigure<RedisConnection>((options, redis)
            => options.XmlRepository = new RedisXmlRepository(() => redis.Database, DataProtectionKey));

        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return services;
    }

    private static bool IsValid(string? configuration)
    {
        try
        {
            return ConfigurationOptions.Parse(configuration!).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
