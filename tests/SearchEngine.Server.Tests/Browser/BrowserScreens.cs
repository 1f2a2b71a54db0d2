using Microsoft.Playwright;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// The screens every page is shown and photographed on: desktop and phone, each light and dark, named the same way in
/// every screenshot file (<c>phone-390x844-dark-...</c>), so the pages' screenshots line up side by side.
/// </summary>
public static class BrowserScreens
{
    /// <summary>Gets each device (desktop, phone) in each colour scheme (light, dark).</summary>
    public static TheoryData<string, string> DevicesAndSchemes { get; } = new(
        from device in new[] { "desktop", "phone" }
        from scheme in new[] { "light", "dark" }
        select (device, scheme));

    /// <summary>Returns the start of a screenshot's name for <paramref name="device"/>: the device and its viewport.</summary>
    internal static string Name(string device) =>
        device == "phone" ? $"phone-{PageSession.PhoneWidth}x{PageSession.PhoneHeight}" : $"desktop-{PageSession.DesktopWidth}x{PageSession.DesktopHeight}";

    /// <summary>Opens a page of <paramref name="server"/> at the viewport of <paramref name="device"/> in <paramref name="scheme"/>.</summary>
    internal static Task<PageSession> OpenAsync(ChromiumFixture chromium, Uri server, string device, string scheme)
    {
        bool phone = device == "phone";
        return chromium.OpenAsync(
            server,
            phone ? PageSession.PhoneWidth : PageSession.DesktopWidth,
            phone ? PageSession.PhoneHeight : PageSession.DesktopHeight,
            colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
    }
}
