using System.CommandLine;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;

namespace TechconnectEvent.Web.Infrastructure.Commands;

/// <summary><c>demo generate --delegates N [--seed S]</c>: made-up registrations in the current edition.</summary>
internal static class DemoGenerateCommand
{
    public const int DefaultSeed = 2023;
    public const int MaxDelegates = 1_000_000;

    public static Command Build(Func<IServiceProvider> services, TextWriter output, TextWriter error)
    {
        var delegates = new Option<int>("--delegates") { Description = "How many registrations to add.", Required = true };
        delegates.Validators.Add(result =>
        {
            // A token that is no number at all is reported by the parser itself; reading it here would throw.
            if (result.Tokens is [{ } token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var wanted)
                && wanted is < 1 or > MaxDelegates)
            {
                result.AddError($"--delegates must be a whole number from 1 to {MaxDelegates:N0}.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Same seed, same people (on the same database).", DefaultValueFactory = _ => DefaultSeed };
        var generate = new Command("generate", "Add made-up registrations (Vietnamese and international) to the current edition.") { delegates, seed };
        generate.SetAction(async (parse, cancellationToken) =>
        {
            var provider = services();
            await DatabaseInitializer.MigrateAsync(provider, cancellationToken);
            await using var scope = provider.CreateAsyncScope();
            var generator = ActivatorUtilities.CreateInstance<DelegateGenerator>(scope.ServiceProvider);
            var started = TimeProvider.System.GetTimestamp();
            var result = await generator.GenerateAsync(parse.GetRequiredValue(delegates), parse.GetRequiredValue(seed), cancellationToken);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            if (Refusal(result) is { } refusal)
            {
                await error.WriteLineAsync(refusal);
                return 1;
            }
            var statuses = string.Join(", ", result.ByStatus.OrderByDescending(s => s.Value).Select(s => $"{s.Value:N0} {s.Key}"));
            await output.WriteLineAsync(
                $"Added {result.Added:N0} registrations to edition {result.EditionYear} ({statuses}) in {elapsed.TotalSeconds:0.0} s; {result.TotalInEdition:N0} in the edition now.");
            return 0;
        });
        return new Command("demo", "Demo data for training and benchmarks.") { generate };
    }

    private static string? Refusal(DelegateGenerationResult result) => result.Outcome switch
    {
        DelegateGenerationOutcome.NoEdition => "No edition yet: start the app once (it seeds the demo edition) or create one.",
        DelegateGenerationOutcome.Archived => $"The current edition {result.EditionYear} is archived and read-only: make an open edition current first.",
        DelegateGenerationOutcome.NoCategories => $"The current edition {result.EditionYear} has no registration categories.",
        _ => null,
    };
}
