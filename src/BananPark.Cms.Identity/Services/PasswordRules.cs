using System.Reflection;
using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Password rules beyond Identity's own length check: a cap on length before hashing (so a
/// megabyte "password" cannot tie up the server), no common or trivially patterned passwords,
/// and not the user's own name. No composition rules: length beats symbols.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<CmsUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    private const string GeneratedAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static readonly HashSet<string> Common = LoadCommon();

    /// <summary>A random password from 56 letters and digits without look-alikes (about 5.8 bits each).</summary>
    public static string Generate(int length = 24) => System.Security.Cryptography.RandomNumberGenerator.GetString(GeneratedAlphabet, length);

    public Task<IdentityResult> ValidateAsync(UserManager<CmsUser> manager, CmsUser user, string? password)
        => Task.FromResult(Check(password, user.UserName));

    /// <summary>The verdict on <paramref name="password"/>; usable without a user manager.</summary>
    public static IdentityResult Check(string? password, string? userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return Fail("PasswordTooShort", $"Use at least {MinimumLength} characters. A few unrelated words make a good one.");
        }

        if (password.Length > MaximumLength)
        {
            return Fail("PasswordTooLong", $"Use at most {MaximumLength} characters.");
        }

        if (Common.Contains(password.ToLowerInvariant()) || password.Distinct().Count() <= 2)
        {
            return Fail("PasswordTooCommon", "This password is too common or too simple. Choose something others would not guess.");
        }

        if (!string.IsNullOrEmpty(userName) && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            return Fail("PasswordContainsUserName", "The password must not contain the user name.");
        }

        return IdentityResult.Success;
    }

    private static IdentityResult Fail(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
