using TechconnectEvent.Web.Infrastructure.Commands;
using TechconnectEvent.Web.Infrastructure.Hosting;
using TechconnectEvent.Web.Infrastructure.Data;

if (OperatorCommands.IsCommand(args))
{
    if (OperatorCommands.RejectInvalid(args, Console.Error) is { } usageError)
    {
        return usageError;
    }
    // Operator commands share the web app's configuration and services but start no web server.
    var commandBuilder = WebApplication.CreateBuilder();
    if (DatabaseProviders.Problem(commandBuilder.Configuration) is { } commandDatabaseProblem)
    {
        Console.Error.WriteLine(commandDatabaseProblem);
        return 1;
    }
    commandBuilder.AddTechconnectServices();
    await using var commandHost = commandBuilder.Build();
    return await OperatorCommands.RunAsync(commandHost.Services, args);
}

var builder = WebApplication.CreateBuilder(args);
if (DatabaseProviders.Problem(builder.Configuration) is { } databaseProblem)
{
    // A setting the operator must fix: one line, not a stack trace from deep inside the first query.
    Console.Error.WriteLine(databaseProblem);
    return 1;
}
builder.AddTechconnectServices();

var app = builder.Build();
app.UseTechconnectPipeline();
await app.Services.InitializeDatabaseAsync(app.Configuration);
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that the integration tests' WebApplicationFactory can find it.</summary>
public partial class Program;
