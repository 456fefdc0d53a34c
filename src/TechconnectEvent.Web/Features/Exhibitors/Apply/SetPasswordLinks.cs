using Microsoft.AspNetCore.WebUtilities;

namespace TechconnectEvent.Web.Features.Exhibitors.Apply;

/// <summary>The set-password link: the token travels Base64Url-encoded, so no character of it needs escaping in a mail client.</summary>
public static class SetPasswordLinks
{
    public const string Path = "/Account/SetPassword";

    public static string For(string userId, string token) =>
        $"{Path}?userId={Uri.EscapeDataString(userId)}&code={WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token))}";

    /// <summary>The token back from the link; null when the code was damaged on the way.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }
        try
        {
            return System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
