using System.Globalization;
using Xunit.Sdk;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// Seeded randomized runs of the writer over a simulated disk: after each of at least 1,000 crashes, and after
/// each of at least 1,000 injected I/O failures, the index opens, verifies and holds exactly the documents of the
/// last commit that returned (see <see cref="FaultScenario"/>). SEARCHENGINE_FAULT_SEED replays one seed.
/// </summary>
public sealed class CrashAndFailureTests(ITestOutputHelper output)
{
    private const int Required = 1000;
    private const long MaxSteps = 2_000_000;

    [Fact]
    public void AfterEveryCrashTheIndexHoldsExactlyTheLastSuccessfulCommit()
    {
        // Until both counts are reached: how many commits return before the armed crashes hit is up to the seed.
        using FaultScenario scenario = Run(new FaultScenario(Seed(), failureRate: 0, crashWindow: 400), s => s.Crashes >= Required && s.Commits >= Required / 2);

        Assert.True(scenario.Crashes >= Required, $"Seed {scenario.Seed}: only {scenario.Crashes} crashes");
        Assert.True(scenario.Commits >= Required / 2, $"Seed {scenario.Seed}: only {scenario.Commits} commits returned; the crashes hit too early to test much");
    }

    [Fact]
    public void AfterEveryInjectedFailureTheWriterCarriesOnOrReopensAndTheIndexHoldsTheLastSuccessfulCommit()
    {
        using FaultScenario scenario = Run(new FaultScenario(Seed(), failureRate: 0.01, crashWindow: 2000), s => s.InjectedFailures >= Required && s.Checks >= Required / 4);

        Assert.True(scenario.InjectedFailures >= Required, $"Seed {scenario.Seed}: only {scenario.InjectedFailures} failures");
        Assert.True(scenario.Checks >= Required / 4, $"Seed {scenario.Seed}: only {scenario.Checks} checks");
    }

    private static int Seed() =>
        Environment.GetEnvironmentVariable("SEARCHENGINE_FAULT_SEED") is { Length: > 0 } text
            ? int.Parse(text, CultureInfo.InvariantCulture)
            : Random.Shared.Next();

    private FaultScenario Run(FaultScenario scenario, Func<FaultScenario, bool> done)
    {
        output.WriteLine($"Seed {scenario.Seed} (replay with SEARCHENGINE_FAULT_SEED={scenario.Seed})");
        long steps = 0;
        try
        {
            // Bounded: a scenario that cannot reach its counts fails on them below instead of running forever.
            while (!done(scenario) && steps < MaxSteps)
            {
                scenario.Step();
                steps++;
            }
        }
        catch (Exception ex) when (ex is not XunitException)
        {
            throw new InvalidOperationException($"Seed {scenario.Seed} (replay with SEARCHENGINE_FAULT_SEED={scenario.Seed}) failed at step {steps}: {ex.Message}", ex);
        }

        output.WriteLine($"{steps} steps, {scenario.Commits} commits, {scenario.Crashes} crashes, {scenario.InjectedFailures} injected failures, {scenario.Checks} checks");
        return scenario;
    }
}
