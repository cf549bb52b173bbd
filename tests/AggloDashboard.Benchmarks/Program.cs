using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AggloDashboard.Benchmarks.EngineBenchmarks).Assembly).Run(args);
