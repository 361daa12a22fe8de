using Microsoft.Extensions.Options;

namespace BananPark.Cms.OpenId;

/// <summary>Refuses maintenance and key settings that would stop keys rotating safely or tokens being pruned.</summary>
internal sealed class OpenIdOptionsValidation : IValidateOptions<OpenIdOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenIdOptions options)
    {
        var problems = new List<string>();
        if (options.MaintenanceInterval < TimeSpan.FromMinutes(1) || options.MaintenanceInterval > TimeSpan.FromDays(1))
        {
            problems.Add("Cms:OpenId:MaintenanceInterval must be between 00:01:00 and 1.00:00:00.");
        }

        // Every node reloads the key set once per maintenance pass: a new key must be published for at least two
        // passes before it signs, or a node that has not loaded it yet refuses the tokens another node issued.
        if (options.KeyActivationDelay < 2 * options.MaintenanceInterval)
        {
            problems.Add("Cms:OpenId:KeyActivationDelay must be at least twice Cms:OpenId:MaintenanceInterval, so every node loads a new key before it is used.");
        }

        if (options.KeyRotationInterval <= options.KeyActivationDelay)
        {
            problems.Add("Cms:OpenId:KeyRotationInterval must be longer than Cms:OpenId:KeyActivationDelay.");
        }

        if (options.KeyRetention < TimeSpan.FromDays(1))
        {
            problems.Add("Cms:OpenId:KeyRetention must be at least 1.00:00:00 (longer than the tokens a retired key protected live).");
        }

        if (options.PruneMinimumAge < TimeSpan.Zero)
        {
            problems.Add("Cms:OpenId:PruneMinimumAge cannot be negative.");
        }

        if (options.PruneBatchSize is < 1 or > 100_000)
        {
            problems.Add("Cms:OpenId:PruneBatchSize must be between 1 and 100000.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
