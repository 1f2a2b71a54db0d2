using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// Watches a page's console for content security policy violations: chromium reports a refused script, style,
/// connection or base element there, not as a script error, so <see cref="PageSession"/> alone would not see one.
/// </summary>
internal sealed class PolicyViolations
{
    private readonly ConcurrentQueue<string> messages = new();

    private PolicyViolations()
    {
    }

    /// <summary>Starts watching <paramref name="page"/>; call before it loads anything.</summary>
    public static PolicyViolations Watch(IPage page)
    {
        var violations = new PolicyViolations();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.messages.Enqueue(message.Text);
            }
        };
        return violations;
    }

    /// <summary>Asserts that the page broke no rule of the policy.</summary>
    public void AssertNone() => Assert.True(messages.IsEmpty, "content security policy violations: " + string.Join(" | ", messages));
}
