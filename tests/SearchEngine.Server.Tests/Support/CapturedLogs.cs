using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SearchEngine.Server.Tests.Support;

/// <summary>
/// The log lines a running server writes from the moment this is attached (at the server's configured levels):
/// each formatted message, followed by its exception's full text.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    /// <summary>Gets every entry captured so far: the level, the message and the exception, if any.</summary>
    public IReadOnlyList<string> Entries => [.. lines];

    /// <summary>Adds a capture to <paramref name="server"/>'s logging; loggers it created already write to it too.</summary>
    public static CapturedLogs AttachTo(RunningServer server)
    {
        var logs = new CapturedLogs();
        server.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        return logs;
    }

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(lines);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}{(exception is null ? string.Empty : "\n" + exception)}");
    }
}
