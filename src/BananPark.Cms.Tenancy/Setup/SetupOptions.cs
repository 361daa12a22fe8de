using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Tenancy.Setup;

/// <summary>How a tenant with an empty database is set up on first start. Bound from <c>Cms:Setup</c>.</summary>
public sealed class SetupOptions
{
    /// <summary>Name of the recipe (in the recipes folder) that sets the site up.</summary>
    [Required]
    [Display(Name = "Cms:Setup:Recipe")]
    public string Recipe { get; set; } = "banan-park";

    /// <summary>Passed to the recipe as <c>parameters('SiteName')</c>; the recipe's own value wins when empty.</summary>
    public string? SiteName { get; set; }

    /// <summary>Passed to the recipe as <c>parameters('AdminUsername')</c>.</summary>
    [Required]
    [Display(Name = "Cms:Setup:AdminUserName")]
    public string AdminUserName { get; set; } = "admin";
}
