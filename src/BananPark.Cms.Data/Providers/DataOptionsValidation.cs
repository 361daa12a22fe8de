using Microsoft.Extensions.Options;
using Npgsql;

namespace BananPark.Cms.Data.Providers;

/// <summary>The provider settings that belong together, checked on start (a wrong one stops the site with one line, exit 2).</summary>
internal sealed class DataOptionsValidation : IValidateOptions<DataOptions>
{
    public ValidateOptionsResult Validate(string? name, DataOptions options)
    {
        if (!SchemaNames.IsValidPrefix(options.SchemaPrefix))
        {
            return ValidateOptionsResult.Fail("Cms:SchemaPrefix must be lower-case letters, digits and _ (starting with a letter or _).");
        }

        if (options.DatabaseProvider != DatabaseProvider.PostgreSql)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Cms:ConnectionString is required when Cms:DatabaseProvider is PostgreSql (set Cms__ConnectionString, never in the repository).");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException e)
        {
            // The message names the bad keyword, never the value: the string holds a password.
            return ValidateOptionsResult.Fail($"Cms:ConnectionString is not an Npgsql connection string: {e.Message}");
        }

        return ValidateOptionsResult.Success;
    }
}
