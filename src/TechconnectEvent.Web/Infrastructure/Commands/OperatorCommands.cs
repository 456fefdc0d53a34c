using System.CommandLine;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Infrastructure.Commands;

/// <summary>
/// Commands an operator runs on the same executable: <c>migrate</c>, <c>user add</c>. Without a command the web
/// app starts.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] Names = ["migrate", "user", "--help", "-h", "-?"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0], StringComparer.Ordinal);

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = Build(services, output, error);
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return InvokeAsync(root, args, invocation, error);
    }

    // An operator gets one clear line and a non-zero exit code, not a stack trace.
    private static async Task<int> InvokeAsync(RootCommand root, string[] args, InvocationConfiguration invocation, TextWriter error)
    {
        try
        {
            return await root.Parse(args).InvokeAsync(invocation);
        }
        catch (Exception exception) when (exception is Microsoft.Data.Sqlite.SqliteException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException or IOException)
        {
            await error.WriteLineAsync($"Command failed: {exception.GetBaseException().Message}");
            return 2;
        }
    }

    private static RootCommand Build(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("TechconnectEvent — run without a command to start the web app.");

        var migrate = new Command("migrate", "Apply the database migrations and exit.");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            await DatabaseInitializer.MigrateAsync(services, cancellationToken);
            await output.WriteLineAsync("Database is up to date.");
            return 0;
        });
        root.Add(migrate);

        var user = new Command("user", "Manage user accounts.");
        var email = new Option<string>("--email") { Description = "E-mail address, also the sign-in name.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var password = new Option<string?>("--password") { Description = "At least 12 characters; generated and printed when omitted." };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var add = new Command("add", "Create a user with a role.") { email, role, password, name };
        add.SetAction(async (parse, cancellationToken) =>
        {
            await DatabaseInitializer.MigrateAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var admin = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
            var result = await admin.CreateAsync(parse.GetRequiredValue(email), parse.GetValue(name), [parse.GetRequiredValue(role)], parse.GetValue(password));
            if (!result.Succeeded)
            {
                await error.WriteLineAsync($"User not created: {string.Join(", ", result.ErrorCodes)}");
                return 1;
            }
            await output.WriteLineAsync($"User {parse.GetRequiredValue(email)} created with role {parse.GetRequiredValue(role)}.");
            if (result.GeneratedPassword is not null)
            {
                await output.WriteLineAsync($"Generated password (shown once): {result.GeneratedPassword}");
            }
            return 0;
        });
        user.Add(add);
        root.Add(user);
        return root;
    }
}
