using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BananPark.Cms.Api.Services;

/// <summary>One problem of a request, with the JSON path (<c>$.Part.Field.Value</c>) or query parameter it is about.</summary>
/// <param name="Path">Where the problem is: a JSON path into the body, or <c>query.name</c> for a parameter.</param>
/// <param name="Message">What is wrong, for a developer.</param>
public sealed record ApiError(string Path, string Message);

/// <summary>RFC 7807 problem documents, the only error shape the API answers with.</summary>
public static class ApiProblems
{
    /// <summary>A problem document with <paramref name="status"/>, a title and, when given, each problem's path.</summary>
    public static IResult Problem(int status, string title, string? detail = null, IReadOnlyList<ApiError>? errors = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = TypeFor(status) };
        if (errors is { Count: > 0 })
        {
            problem.Extensions["errors"] = errors;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>400: the request itself is malformed (query or body).</summary>
    public static IResult BadRequest(string detail, params ApiError[] errors) => Problem(StatusCodes.Status400BadRequest, "The request is not valid.", detail, errors);

    /// <summary>422: the content does not meet the type's rules.</summary>
    public static IResult Invalid(IReadOnlyList<ApiError> errors)
        => Problem(StatusCodes.Status422UnprocessableEntity, "The content item is not valid.", string.Join(" ", errors.Select(e => e.Message)), errors);

    /// <summary>404 for an item that does not exist or that the caller may not know of.</summary>
    public static IResult NotFound(string what) => Problem(StatusCodes.Status404NotFound, "Not found.", $"No {what} here.");

    /// <summary>403: signed in, but the admin's rules do not allow this.</summary>
    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Not allowed.", detail);

    /// <summary>401: the call needs a signed-in user or a token.</summary>
    public static IResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, "Sign-in required.", detail);

    /// <summary>The JSON path of a content problem's dotted path (<c>Park.Area.Value</c> → <c>$.Park.Area.Value</c>).</summary>
    public static string JsonPath(string path) => string.IsNullOrEmpty(path) ? "$" : "$." + path;

    private static string TypeFor(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#name-401-unauthorized",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#name-403-forbidden",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#name-404-not-found",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#name-409-conflict",
        412 => "https://www.rfc-editor.org/rfc/rfc9110#name-412-precondition-failed",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#name-413-content-too-large",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#name-415-unsupported-media-type",
        422 => "https://www.rfc-editor.org/rfc/rfc9110#name-422-unprocessable-content",
        428 => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        _ => "about:blank",
    };
}
