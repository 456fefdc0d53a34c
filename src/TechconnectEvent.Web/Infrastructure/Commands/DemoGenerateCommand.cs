using System.CommandLine;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;

namespace TechconnectEvent.Web.Infrastructure.Commands;

/// <summary>
/// <c>demo generate --delegates N [--seed S] [--full]</c>: made-up registrations in the current edition, or with
/// <c>--full</c> a whole fair (then <c>--delegates</c> defaults to 10,000).
/// </summary>
internal static class DemoGenerateCommand
{
    public const int DefaultSeed = 2023;
    public const int MaxDelegates = 1_000_000;

    public static Command Build(Func<IServiceProvider> services, TextWriter output, TextWriter error)
    {
        var delegates = new Option<int>("--delegates") { Description = "How many registrations to add (required without --full; 10,000 with it)." };
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
        var full = new Option<bool>("--full") { Description = "A whole fair: 250 booths and exhibitors, 60 sessions, check-ins over the days, session attendance, 300 meetings and 20 MoUs (top-up)." };
        var generate = new Command("generate", "Add made-up registrations (Vietnamese and international) to the current edition.") { delegates, seed, full };
        generate.Validators.Add(result =>
        {
            if (result.GetResult(delegates) is null && !result.GetValue(full))
            {
                result.AddError("Option '--delegates' is required (or use --full, which adds 10,000 by default).");
            }
        });
        generate.SetAction(async (parse, cancellationToken) =>
        {
            var provider = services();
            if (parse.GetValue(full))
            {
                var count = parse.GetResult(delegates) is null ? FairOptions.DefaultDelegates : parse.GetValue(delegates);
                return await GenerateFairAsync(provider, new FairOptions(count, parse.GetValue(seed)), output, error, cancellationToken);
            }
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

    private static async Task<int> GenerateFairAsync(IServiceProvider provider, FairOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await DatabaseInitializer.MigrateAsync(provider, cancellationToken);
        await using var scope = provider.CreateAsyncScope();
        var generator = ActivatorUtilities.CreateInstance<FairGenerator>(scope.ServiceProvider,
            ActivatorUtilities.CreateInstance<DelegateGenerator>(scope.ServiceProvider));
        var result = await generator.GenerateAsync(options, stage => output.WriteLine($"  {stage.Name}: {stage.Summary} ({stage.Elapsed.TotalSeconds:0.0} s)"), cancellationToken);
        var refusal = result.Outcome switch
        {
            FairGenerationOutcome.NoEdition => Refusal(DelegateGenerationOutcome.NoEdition, result.EditionYear),
            FairGenerationOutcome.Archived => Refusal(DelegateGenerationOutcome.Archived, result.EditionYear),
            FairGenerationOutcome.NoCategories => Refusal(DelegateGenerationOutcome.NoCategories, result.EditionYear) + " Nothing was written.",
            _ => null,
        };
        if (refusal is not null || result.Totals is not { } totals)
        {
            await error.WriteLineAsync(refusal);
            return 1;
        }
        await output.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Generated a whole fair in edition {result.EditionYear} in {result.Elapsed.TotalSeconds:0.0} s: {totals.Booths:N0} booths ({totals.AllocatedBooths:N0} allocated to {totals.Exhibitors:N0} exhibitors, {totals.Technologies:N0} technologies), {totals.Sessions:N0} published sessions, {totals.Registrations:N0} registrations, {totals.GateCheckIns:N0} gate check-ins, {totals.SessionCheckIns:N0} session admissions, {totals.Meetings:N0} meetings, {totals.Mous:N0} MoUs."));
        return 0;
    }

    private static string? Refusal(DelegateGenerationResult result) => Refusal(result.Outcome, result.EditionYear);

    private static string? Refusal(DelegateGenerationOutcome outcome, int year) => outcome switch
    {
        DelegateGenerationOutcome.NoEdition => "No edition yet: start the app once (it seeds the demo edition) or create one.",
        DelegateGenerationOutcome.Archived => $"The current edition {year} is archived and read-only: make an open edition current first.",
        DelegateGenerationOutcome.NoCategories => $"The current edition {year} has no registration categories.",
        _ => null,
    };
}
