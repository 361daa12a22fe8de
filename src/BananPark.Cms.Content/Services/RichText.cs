using System.Runtime.InteropServices;
using System.Security.Cryptography;
using BananPark.Cms.Core.ContentManagement;
using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// The one place rich text becomes safe HTML (<see cref="IRichText"/>): HtmlSanitizer with links limited to
/// <see cref="SafeLinks.AllowedSchemes"/>, no <c>style</c> attributes and no forms; Markdown through Markdig with
/// raw HTML dropped, then sanitized. A result depends on its input alone, so results are remembered, keyed by
/// a SHA-256 of the input, in a cache bounded by the characters it holds (the oldest are dropped first).
/// One instance for the host; safe to use from many threads.
/// </summary>
public sealed class RichText : IRichText, IDisposable
{
    /// <summary>Characters of results the memo holds at most (about 16 MB of strings).</summary>
    public const long MemoSize = 8_000_000;

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();
    private readonly MarkdownPipeline _markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly MemoryCache _memo = new(new MemoryCacheOptions { SizeLimit = MemoSize, CompactionPercentage = 0.25 });

    public string Sanitize(string? html)
        => string.IsNullOrWhiteSpace(html) ? "" : Remembered('h', html, source => _sanitizer.Sanitize(source));

    public string MarkdownToHtml(string? markdown)
        => string.IsNullOrWhiteSpace(markdown) ? "" : Remembered('m', markdown, source => _sanitizer.Sanitize(Markdown.ToHtml(source, _markdown)));

    public void Dispose() => _memo.Dispose();

    private string Remembered(char kind, string input, Func<string, string> render)
    {
        var key = Key(kind, input);
        if (_memo.TryGetValue(key, out string? known) && known is not null)
        {
            return known;
        }

        var result = render(input);
        // An entry costs its result and its key; a result larger than the whole memo is simply not kept.
        _memo.Set(key, result, new MemoryCacheEntryOptions { Size = result.Length + key.Length });
        return result;
    }

    private static string Key(char kind, string input)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(input.AsSpan()), hash);
        return kind + Convert.ToHexString(hash);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in SafeLinks.AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        return sanitizer;
    }
}
