using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BananPark.Cms.Web.Tests;

/// <summary>A server-rendered form's fields as the browser would post them, without its antiforgery token (Forms adds a fresh one).</summary>
internal static class FormFields
{
    public static async Task<Dictionary<string, string>> OfAsync(HttpClient client, string page, string handler)
    {
        var document = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken));
        var form = document.QuerySelectorAll("form").OfType<IHtmlFormElement>().Single(f => f.QuerySelector("input[name='_handler']")?.GetAttribute("value") == handler);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>().Where(i => i.Name is not ("_handler" or "__RequestVerificationToken")))
        {
            if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
            {
                fields[input.Name!] = input.Value;
            }
        }

        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
        {
            fields[select.Name!] = select.Value ?? "";
        }

        return fields;
    }
}
