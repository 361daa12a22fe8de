using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Authorization;

/// <summary>Requires one permission, e.g. <c>[RequirePermission("ManageUsers")]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public const string PolicyPrefix = "Permission:";

    public RequirePermissionAttribute(string permission) : base(PolicyPrefix + permission) => Permission = permission;

    public string Permission { get; }
}

/// <summary>The requirement behind a <c>Permission:{Name}</c> policy.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Checks a <see cref="PermissionRequirement"/> through the <see cref="PermissionChecker"/>.</summary>
internal sealed class PermissionAuthorizationHandler(PermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && await checker.HasPermissionAsync(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Makes a policy for any <c>Permission:{Name}</c> on demand; other names go to the default provider.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
        => policyName.StartsWith(RequirePermissionAttribute.PolicyPrefix, StringComparison.Ordinal)
            ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[RequirePermissionAttribute.PolicyPrefix.Length..])).Build()
            : await base.GetPolicyAsync(policyName);
}
