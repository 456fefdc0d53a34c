namespace TechconnectEvent.Web.Infrastructure.Hosting;

/// <summary>
/// The one test for "may we send the browser back there": a path on this site, nothing a browser could read as
/// another host (<c>//x</c>, <c>/\x</c>, <c>https:</c>) and no control characters, which browsers strip before
/// resolving (so <c>/&#9;/x</c> becomes <c>//x</c>) and which make <c>LocalRedirect</c> throw.
/// </summary>
public static class LocalReturnUrl
{
    public const string Home = "/";

    public static bool IsSafe(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');

    /// <summary>The URL when it is safe, else home.</summary>
    public static string OrHome(string? url) => IsSafe(url) ? url! : Home;
}
