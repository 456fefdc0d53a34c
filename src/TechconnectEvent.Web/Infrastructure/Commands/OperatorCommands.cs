using System.CommandLine;
using System.Text.RegularExpressions;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Infrastructure.Commands;

/// <summary>
/// Commands an operator runs on the same executable: <c>migrate</c>, <c>user add</c>, <c>device add</c>, <c>demo generate</c>. The web app starts only
/// without arguments or with configuration-style ones (<c>--urls X</c>, <c>--Key=Value</c>, <c>--Key Value</c>):
/// anything else is a command, and a mistyped one must fail fast instead of quietly starting a server.
/// </summary>
public static partial class OperatorCommands
{
    private const int UsageError = 2;
    private static readonly string[] HelpNames = ["--help", "-h", "-?"];

    public static bool IsCommand(string[] args) => !IsConfigurationOnly(args);

    /// <summary>True for no arguments or only configuration overrides, the ones that start the web app.</summary>
    public static bool IsConfigurationOnly(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2 || HelpNames.Contains(arg, StringComparer.Ordinal))
            {
                return false;
            }
            if (arg.Contains('=', StringComparison.Ordinal))
            {
                continue;
            }
            if (i + 1 < args.Length && !args[i + 1].StartsWith('-'))
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /// <summary>
    /// Parses without any service: a misspelt command or a bad argument answers in one line, before the host
    /// (database, configuration, logging) is even built. Null when the arguments are fine.
    /// </summary>
    public static int? RejectInvalid(string[] args, TextWriter error)
    {
        var root = Build(() => throw new InvalidOperationException("Parsing only."), TextWriter.Null, error);
        return ReportParseErrors(root.Parse(args), error);
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = Build(() => services, output, error);
        var parse = root.Parse(args);
        if (ReportParseErrors(parse, error) is { } failed)
        {
            return Task.FromResult(failed);
        }
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return InvokeAsync(parse, invocation, error);
    }

    private static int? ReportParseErrors(ParseResult parse, TextWriter error)
    {
        if (parse.Errors.Count == 0)
        {
            return null;
        }
        var what = string.Join(" ", parse.Errors.Select(e => Whitespace().Replace(e.Message, " ").Trim()));
        error.WriteLine($"{what} Run with --help to see the commands.");
        return UsageError;
    }

    // An operator gets one clear line and a non-zero exit code, not a stack trace.
    private static async Task<int> InvokeAsync(ParseResult parse, InvocationConfiguration invocation, TextWriter error)
    {
        try
        {
            return await parse.InvokeAsync(invocation);
        }
        catch (Exception exception) when (exception is Microsoft.Data.Sqlite.SqliteException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException or IOException)
        {
            await error.WriteLineAsync($"Command failed: {exception.GetBaseException().Message}");
            return 2;
        }
    }

    private static RootCommand Build(Func<IServiceProvider> services, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("TechconnectEvent — run without a command to start the web app.");

        var migrate = new Command("migrate", "Apply the database migrations and exit.");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            await DatabaseInitializer.MigrateAsync(services(), cancellationToken);
            await output.WriteLineAsync("Database is up to date.");
            return 0;
        });
        root.Add(migrate);

        var user = new Command("user", "Manage user accounts.");
        user.Add(UserAddCommand.Build(services, output, error));
        root.Add(user);
        root.Add(DeviceAddCommand.Build(services, output, error));
        root.Add(DemoGenerateCommand.Build(services, output, error));
        return root;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
