using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Enquiries.Services;
using F = BananPark.Cms.Enquiries.Services.EnquiryInput.Fields;

namespace BananPark.Cms.Enquiries.Endpoints;

/// <summary>What a form template is given: the page it belongs to, the choices, what was typed and what is wrong.</summary>
public sealed record EnquiryFormState(
    ContentItemSnapshot Source,
    string Culture,
    IReadOnlyList<ContentItemSnapshot> Clusters,
    PrivacyNotice Notice,
    EnquiryInput? Input = null,
    IReadOnlyDictionary<string, string>? Errors = null,
    string? Problem = null,
    (string Field, string Token)? Antiforgery = null,
    string? Stamp = null);

/// <summary>
/// The <c>EnquiryForm</c> template's model. On a public page (output-cached, shared by every visitor) it carries no
/// token and no stamp: the theme's script fetches them (<see cref="EnquiryEndpoints.TokenPath"/>); a form shown again
/// by the endpoint carries both, so it works without script.
/// </summary>
public static class EnquiryFormModel
{
    public static Dictionary<string, object?> Build(EnquiryFormState state)
    {
        var input = state.Input;
        var errors = state.Errors ?? new Dictionary<string, string>();
        var language = input?.Language is { Length: > 0 } chosen ? chosen
            : state.Culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [F.Name] = input?.Name,
            [F.Organisation] = input?.Organisation,
            [F.Email] = input?.Email,
            [F.Phone] = input?.Phone,
            [F.Land] = input?.Land,
            [F.Investment] = input?.Investment,
            [F.Message] = input?.Message,
            [F.Consent] = input?.Consent ?? false,
        };
        return new Dictionary<string, object?>
        {
            ["Action"] = EnquiryEndpoints.Path,
            ["TokenUrl"] = EnquiryEndpoints.TokenPath,
            ["ItemId"] = state.Source.ContentItemId,
            ["ItemTitle"] = state.Source.DisplayText,
            ["Culture"] = state.Culture,
            ["Values"] = values,
            ["Errors"] = errors.ToDictionary(e => e.Key, e => (object?)e.Value, StringComparer.Ordinal),
            ["ErrorList"] = errors.Select(e => new Dictionary<string, object?> { ["Field"] = e.Key, ["Message"] = e.Value }).ToList(),
            ["Problem"] = state.Problem,
            ["TokenField"] = state.Antiforgery?.Field ?? EnquiryEndpoints.AntiforgeryField,
            ["Token"] = state.Antiforgery?.Token,
            ["Stamp"] = state.Stamp,
            ["Countries"] = Options(EnquiryChoices.Countries, input?.Country),
            ["Languages"] = Options(EnquiryChoices.Languages, language),
            ["Timelines"] = Options(EnquiryChoices.Timelines, input?.Timeline),
            ["LandUnits"] = Options(EnquiryChoices.LandUnits, input?.LandUnit is { Length: > 0 } unit ? unit : "mu"),
            ["Clusters"] = Options(state.Clusters.Select(c => (c.ContentItemId, c.DisplayText ?? c.ContentItemId)).ToList(),
                input?.Cluster is { Length: > 0 } cluster ? cluster : state.Source.ContentType == "Cluster" ? state.Source.ContentItemId : null),
            ["Notice"] = state.Notice.Paragraphs,
            ["NoticeVersion"] = state.Notice.Version,
        };
    }


    private static List<Dictionary<string, object?>> Options(IEnumerable<(string Code, string Name)> choices, string? selected)
        => choices.Select(c => new Dictionary<string, object?> { ["Value"] = c.Code, ["Name"] = c.Name, ["Selected"] = c.Code == selected }).ToList();
}
