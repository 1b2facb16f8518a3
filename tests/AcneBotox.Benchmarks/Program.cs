using BenchmarkDotNet.Running;

// tests/bench/micro.sh runs this in Release: `dotnet run -c Release -- --filter '*'` (any BenchmarkDotNet switch works).
BenchmarkSwitcher.FromAssembly(typeof(AcneBotox.Benchmarks.SeedHandout).Assembly).Run(args);
