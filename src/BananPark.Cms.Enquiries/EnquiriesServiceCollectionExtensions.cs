using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Enquiries.Email;
using BananPark.Cms.Enquiries.Endpoints;
using BananPark.Cms.Enquiries.Outbox;
using BananPark.Cms.Enquiries.Services;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Enquiries;

/// <summary>Registers investor enquiries: their store, the form (its partial and endpoint), the mail sender and the outbox.</summary>
public static class EnquiriesServiceCollectionExtensions
{
    /// <summary>The enquiry services (<c>Cms:Enquiries</c> and <c>Cms:Email</c> settings, validated on start).</summary>
    public static IServiceCollection AddCmsEnquiries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EnquiriesOptions>().Bind(configuration.GetSection("Cms:Enquiries")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection("Cms:Email")).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<EnquiriesDbContext>((sp, options) => sp.GetRequiredService<TenantStore>().Use(
            options, sp.GetRequiredService<ITenantContext>().Tenant,
            sp.GetRequiredService<CmsDbContext>().Database.GetDbConnection(), EnquiriesDbContext.MigrationsTable));
        services.AddCmsStoreEnlistment<EnquiriesDbContext>();
        services.AddScoped<ITenantInitializer, EnquiriesInitializer>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISharedCounters, InProcessCounters>();
        services.AddDataProtection();
        services.AddAntiforgery();
        services.AddSingleton<FormStamp>();
        services.AddScoped<EnquiryGuards>();
        services.AddScoped<EnquiryFormData>();
        services.AddScoped<EnquiryPages>();
        services.AddScoped<ITemplatePartial, EnquiryFormPartial>();
        services.AddScoped<EnquirySubmissions>();
        services.AddScoped<EnquiryIntake>();
        services.TryAddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxTenants>();
        services.AddScoped<OutboxDispatcher>();
        services.AddHostedService<OutboxService>();
        return services;
    }

    /// <summary>Maps <c>POST /enquiries</c> and <c>GET /enquiries/token</c>.</summary>
    public static IEndpointRouteBuilder MapCmsEnquiries(this IEndpointRouteBuilder endpoints) => endpoints.MapEnquiryEndpoints();
}
