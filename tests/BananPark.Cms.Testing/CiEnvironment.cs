namespace BananPark.Cms.Testing;

/// <summary>
/// Whether the tests run in CI, where nothing may be skipped for a missing service and no test may
/// rewrite what it compares against. <c>.ci/run</c> sets <c>CI=true</c> and <c>CMS_REQUIRE_BROWSER=1</c>;
/// the others are what common CI services set.
/// </summary>
public static class CiEnvironment
{
    private static readonly string[] Variables = ["CI", "CMS_REQUIRE_BROWSER", "GITHUB_ACTIONS", "GITLAB_CI", "TF_BUILD", "JENKINS_URL", "TEAMCITY_VERSION", "BUILDKITE"];

    public static bool IsCi => Detect(Environment.GetEnvironmentVariable);

    /// <summary>True when any CI variable is set to something other than empty, <c>0</c> or <c>false</c>.</summary>
    public static bool Detect(Func<string, string?> variable)
        => Variables.Any(name => variable(name) is { Length: > 0 } value && value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase));
}
