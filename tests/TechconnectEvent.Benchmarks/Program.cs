using BenchmarkDotNet.Running;

namespace TechconnectEvent.Benchmarks;

// Run: dotnet run -c Release --project tests/TechconnectEvent.Benchmarks -- --filter '*'
public static class BenchmarkProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
