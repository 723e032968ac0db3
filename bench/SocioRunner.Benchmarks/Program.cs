using BenchmarkDotNet.Running;

// Every benchmark class in this assembly is selectable, e.g. --filter '*TsneBenchmarks*' or --list flat.
BenchmarkSwitcher.FromAssembly(typeof(SocioRunner.Benchmarks.Tsne.TsneBenchmarks).Assembly).Run(args);
